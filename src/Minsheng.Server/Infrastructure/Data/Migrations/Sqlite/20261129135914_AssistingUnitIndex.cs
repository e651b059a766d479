using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minsheng.Server.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AssistingUnitIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // 协办 scope: "orders these units assist". A JSON column cannot be indexed by its elements, so each
            // (order, assisting unit) pair is kept in a table of its own, in step with work_orders by triggers.
            migrationBuilder.Sql("""
                CREATE TABLE work_order_assisting_units (
                    work_order_id INTEGER NOT NULL,
                    unit_id INTEGER NOT NULL,
                    PRIMARY KEY (work_order_id, unit_id)
                ) WITHOUT ROWID;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_work_order_assisting_units_unit_id ON work_order_assisting_units (unit_id, work_order_id);");
            migrationBuilder.Sql("""
                CREATE TRIGGER work_orders_assisting_insert AFTER INSERT ON work_orders BEGIN
                    INSERT OR IGNORE INTO work_order_assisting_units (work_order_id, unit_id)
                        SELECT new.id, value FROM json_each(new.assisting_unit_ids);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER work_orders_assisting_update AFTER UPDATE OF assisting_unit_ids ON work_orders BEGIN
                    DELETE FROM work_order_assisting_units WHERE work_order_id = old.id;
                    INSERT OR IGNORE INTO work_order_assisting_units (work_order_id, unit_id)
                        SELECT new.id, value FROM json_each(new.assisting_unit_ids);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER work_orders_assisting_delete AFTER DELETE ON work_orders BEGIN
                    DELETE FROM work_order_assisting_units WHERE work_order_id = old.id;
                END;
                """);
            migrationBuilder.Sql("""
                INSERT OR IGNORE INTO work_order_assisting_units (work_order_id, unit_id)
                    SELECT w.id, a.value FROM work_orders AS w, json_each(w.assisting_unit_ids) AS a;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS work_orders_assisting_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS work_orders_assisting_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS work_orders_assisting_insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS work_order_assisting_units;");
        }
    }
}
