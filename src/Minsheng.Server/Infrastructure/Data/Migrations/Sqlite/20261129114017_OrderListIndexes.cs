using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minsheng.Server.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_work_orders_citizen_user_id",
                table: "work_orders",
                column: "citizen_user_id");

            // The sort by deadline: ORDER BY reply_by IS NULL, reply_by, id (orders without a deadline last, on both
            // engines). An index on the same expressions lets the first page be read in order instead of sorting every
            // order. EF Core cannot model an index on an expression, hence SQL.
            migrationBuilder.Sql("CREATE INDEX ix_work_orders_reply_by_nulls_last ON work_orders ((reply_by IS NULL), reply_by, id);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_work_orders_reply_by_nulls_last;");

            migrationBuilder.DropIndex(
                name: "ix_work_orders_citizen_user_id",
                table: "work_orders");
        }
    }
}
