using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minsheng.Server.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The app segments Chinese text into space-separated words (search_text); FTS5 indexes them.
            // External-content table kept in step with work_orders by triggers.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE work_order_fts USING fts5(
                    search_text, content='work_orders', content_rowid='id', tokenize='unicode61');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER work_orders_fts_insert AFTER INSERT ON work_orders BEGIN
                    INSERT INTO work_order_fts(rowid, search_text) VALUES (new.id, new.search_text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER work_orders_fts_delete AFTER DELETE ON work_orders BEGIN
                    INSERT INTO work_order_fts(work_order_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER work_orders_fts_update AFTER UPDATE OF search_text ON work_orders BEGIN
                    INSERT INTO work_order_fts(work_order_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
                    INSERT INTO work_order_fts(rowid, search_text) VALUES (new.id, new.search_text);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO work_order_fts(work_order_fts) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS work_orders_fts_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS work_orders_fts_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS work_orders_fts_insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS work_order_fts;");
        }
    }
}
