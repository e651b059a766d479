using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minsheng.Server.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RequesterPhoneIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The same SQL on both engines. EF Core cannot index a column of a complex type (the requester) nor an
            // expression, hence SQL. WorkOrderTextSearch spells the two expressions exactly as here, or the indexes
            // would not be used.
            // The caller lookup at intake: earlier orders of the same phone.
            migrationBuilder.Sql("CREATE INDEX ix_work_orders_requester_phone ON work_orders (requester_phone);");

            // The search box: a phone by its last four digits (staff who may see personal data).
            migrationBuilder.Sql("CREATE INDEX ix_work_orders_requester_phone_tail ON work_orders ((substr(requester_phone, length(requester_phone) - 3)));");

            // The search box: a 受理编号 (20261129-000123) by its day counter, the last six characters.
            migrationBuilder.Sql("CREATE INDEX ix_work_orders_number_counter ON work_orders ((substr(number, length(number) - 5)));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_work_orders_number_counter;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_work_orders_requester_phone_tail;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_work_orders_requester_phone;");
        }
    }
}
