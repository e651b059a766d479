using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minsheng.Server.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AssistingUnitIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // 协办 scope: "orders these units assist" is the array overlap assisting_unit_ids && units, which a GIN
            // index answers, so the data scope's OR becomes a BitmapOr instead of a scan of every order.
            migrationBuilder.Sql("CREATE INDEX ix_work_orders_assisting_unit_ids ON work_orders USING GIN (assisting_unit_ids);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_work_orders_assisting_unit_ids;");
        }
    }
}
