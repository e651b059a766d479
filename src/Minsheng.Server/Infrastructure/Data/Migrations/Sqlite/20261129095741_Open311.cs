using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minsheng.Server.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Open311 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "attributes",
                table: "work_orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "scopes",
                table: "api_keys",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "service_attributes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    category_id = table.Column<long>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    datatype = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    required = table.Column<bool>(type: "INTEGER", nullable: false),
                    variable = table.Column<bool>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    datatype_description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    list_values = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_attributes", x => x.id);
                    table.ForeignKey(
                        name: "fk_service_attributes_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_service_attributes_category_id_code",
                table: "service_attributes",
                columns: new[] { "category_id", "code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "service_attributes");

            migrationBuilder.DropColumn(
                name: "attributes",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "scopes",
                table: "api_keys");
        }
    }
}
