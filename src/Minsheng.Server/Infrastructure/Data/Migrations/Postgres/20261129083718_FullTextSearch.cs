using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minsheng.Server.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The app segments Chinese text into space-separated words (search_text); the "simple"
            // configuration keeps them as they are, and a GIN index over the expression serves @@ queries.
            migrationBuilder.Sql("""
                CREATE INDEX ix_work_orders_search_text_fts ON work_orders
                USING GIN (to_tsvector('simple'::regconfig, search_text));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_work_orders_search_text_fts;");
        }
    }
}
