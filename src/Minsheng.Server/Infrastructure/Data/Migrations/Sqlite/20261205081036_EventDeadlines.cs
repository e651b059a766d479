using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minsheng.Server.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "accept_by",
                table: "work_order_events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "on_time",
                table: "work_order_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "reply_by",
                table: "work_order_events",
                type: "TEXT",
                nullable: true);

            // Backfill what the old free-text outcome held: a reply's onTime, an approved extension's new reply-by
            // (JSON "2026-03-10T09:30:00Z" to EF's SQLite form "2026-03-10 09:30:00").
            migrationBuilder.Sql("""
                UPDATE work_order_events SET on_time = json_extract(outcome, '$.onTime')
                WHERE action = 'Reply' AND json_valid(outcome) AND json_type(outcome, '$.onTime') IN ('true', 'false');
                """);
            migrationBuilder.Sql("""
                UPDATE work_order_events SET reply_by = replace(replace(json_extract(outcome, '$.until'), 'T', ' '), 'Z', '')
                WHERE action = 'ExtensionDecision' AND json_valid(outcome)
                  AND json_type(outcome, '$.approved') = 'true' AND json_type(outcome, '$.until') = 'text';
                """);

            // The rest is the same on both engines: what the order's own columns still show. The last event that set
            // a deadline, with nothing after it that moved it, set the one the order holds; the last accept with no
            // deadline change after it was judged against the order's accept-by. Earlier events' deadlines are not
            // derivable (the time-limit table and calendar of that day may have changed since), so they stay null.
            migrationBuilder.Sql("""
                UPDATE work_order_events AS e
                SET accept_by = (SELECT w.accept_by FROM work_orders AS w WHERE w.id = e.work_order_id)
                WHERE e.accept_by IS NULL
                  AND (e.action IN ('Dispatch', 'Redispatch', 'Reopen') OR (e.action = 'Callback' AND e.to_status = 'Reopened'))
                  AND NOT EXISTS (
                      SELECT 1 FROM work_order_events AS l
                      WHERE l.work_order_id = e.work_order_id AND l.sequence > e.sequence
                        AND (l.action IN ('Dispatch', 'Redispatch', 'Reopen', 'Return') OR (l.action = 'Callback' AND l.to_status = 'Reopened')));
                """);
            migrationBuilder.Sql("""
                UPDATE work_order_events AS e
                SET reply_by = (SELECT w.reply_by FROM work_orders AS w WHERE w.id = e.work_order_id)
                WHERE e.reply_by IS NULL
                  AND (e.action IN ('Dispatch', 'Reopen') OR (e.action = 'Callback' AND e.to_status = 'Reopened'))
                  AND NOT EXISTS (
                      SELECT 1 FROM work_order_events AS l
                      WHERE l.work_order_id = e.work_order_id AND l.sequence > e.sequence
                        AND (l.action IN ('Dispatch', 'Reopen', 'Return') OR (l.action = 'Callback' AND l.to_status = 'Reopened')
                             OR (l.action = 'ExtensionDecision' AND l.reply_by IS NOT NULL)));
                """);
            migrationBuilder.Sql("""
                UPDATE work_order_events AS e
                SET on_time = (SELECT e.occurred_at <= w.accept_by FROM work_orders AS w WHERE w.id = e.work_order_id)
                WHERE e.action = 'Accept' AND e.on_time IS NULL
                  AND EXISTS (SELECT 1 FROM work_orders AS w WHERE w.id = e.work_order_id AND w.accept_by IS NOT NULL)
                  AND NOT EXISTS (
                      SELECT 1 FROM work_order_events AS l
                      WHERE l.work_order_id = e.work_order_id AND l.sequence > e.sequence
                        AND (l.action IN ('Dispatch', 'Redispatch', 'Reopen', 'Return') OR (l.action = 'Callback' AND l.to_status = 'Reopened')));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "accept_by",
                table: "work_order_events");

            migrationBuilder.DropColumn(
                name: "on_time",
                table: "work_order_events");

            migrationBuilder.DropColumn(
                name: "reply_by",
                table: "work_order_events");
        }
    }
}
