using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minsheng.Server.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "calendar_days",
                columns: table => new
                {
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    is_off_day = table.Column<bool>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_days", x => x.date);
                });

            migrationBuilder.CreateTable(
                name: "categories",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    parent_id = table.Column<long>(type: "INTEGER", nullable: true),
                    keywords = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_categories", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "number_sequences",
                columns: table => new
                {
                    day = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    last_value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_number_sequences", x => x.day);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    parent_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "time_limits",
                columns: table => new
                {
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    accept = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reply = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    callback_required = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_time_limits", x => new { x.kind, x.urgency });
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    parent_id = table.Column<long>(type: "INTEGER", nullable: true),
                    region_id = table.Column<long>(type: "INTEGER", nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_units", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "work_orders",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    region_id = table.Column<long>(type: "INTEGER", nullable: true),
                    category_id = table.Column<long>(type: "INTEGER", nullable: true),
                    lead_unit_id = table.Column<long>(type: "INTEGER", nullable: true),
                    assisting_unit_ids = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    registered_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    dispatched_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    accept_by = table.Column<DateTime>(type: "TEXT", nullable: true),
                    accepted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reply_by = table.Column<DateTime>(type: "TEXT", nullable: true),
                    replied_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    answer = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    callback_required = table.Column<bool>(type: "INTEGER", nullable: false),
                    pending_extension_until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    pending_extension_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    return_count = table.Column<int>(type: "INTEGER", nullable: false),
                    reopen_count = table.Column<int>(type: "INTEGER", nullable: false),
                    solved = table.Column<bool>(type: "INTEGER", nullable: true),
                    satisfaction = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    merged_into_id = table.Column<long>(type: "INTEGER", nullable: true),
                    search_text = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    location_address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    location_latitude = table.Column<double>(type: "REAL", nullable: true),
                    location_longitude = table.Column<double>(type: "REAL", nullable: true),
                    requester_is_anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    requester_is_confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    requester_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    requester_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    requester_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "responsibilities",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    category_id = table.Column<long>(type: "INTEGER", nullable: false),
                    region_id = table.Column<long>(type: "INTEGER", nullable: true),
                    unit_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_responsibilities", x => x.id);
                    table.ForeignKey(
                        name: "fk_responsibilities_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_responsibilities_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_responsibilities_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    work_order_id = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_keys", x => x.key);
                    table.ForeignKey(
                        name: "fk_idempotency_keys_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_order_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    work_order_id = table.Column<long>(type: "INTEGER", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    from_status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    to_status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    from_unit_id = table.Column<long>(type: "INTEGER", nullable: true),
                    to_unit_id = table.Column<long>(type: "INTEGER", nullable: true),
                    comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_work_order_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_work_order_events_work_orders_work_order_id",
                        column: x => x.work_order_id,
                        principalTable: "work_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_categories_code",
                table: "categories",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_categories_parent_id",
                table: "categories",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_created_at",
                table: "idempotency_keys",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_keys_work_order_id",
                table: "idempotency_keys",
                column: "work_order_id");

            migrationBuilder.CreateIndex(
                name: "ix_regions_code",
                table: "regions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regions_parent_id",
                table: "regions",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_responsibilities_category_id_region_id",
                table: "responsibilities",
                columns: new[] { "category_id", "region_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_responsibilities_region_id",
                table: "responsibilities",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_responsibilities_unit_id",
                table: "responsibilities",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_units_code",
                table: "units",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_units_parent_id",
                table: "units",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_order_events_action_occurred_at",
                table: "work_order_events",
                columns: new[] { "action", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_work_order_events_work_order_id_sequence",
                table: "work_order_events",
                columns: new[] { "work_order_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_category_id",
                table: "work_orders",
                column: "category_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_lead_unit_id_status",
                table: "work_orders",
                columns: new[] { "lead_unit_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_number",
                table: "work_orders",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_region_id",
                table: "work_orders",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_registered_at",
                table: "work_orders",
                column: "registered_at");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_reply_by",
                table: "work_orders",
                column: "reply_by");

            migrationBuilder.CreateIndex(
                name: "ix_work_orders_status_registered_at",
                table: "work_orders",
                columns: new[] { "status", "registered_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_days");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "number_sequences");

            migrationBuilder.DropTable(
                name: "responsibilities");

            migrationBuilder.DropTable(
                name: "time_limits");

            migrationBuilder.DropTable(
                name: "work_order_events");

            migrationBuilder.DropTable(
                name: "categories");

            migrationBuilder.DropTable(
                name: "regions");

            migrationBuilder.DropTable(
                name: "units");

            migrationBuilder.DropTable(
                name: "work_orders");
        }
    }
}
