using Microsoft.EntityFrameworkCore;

namespace Minsheng.Server.Infrastructure.Data;

/// <summary>The embedded engine: one file, WAL; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteMinshengDbContext(DbContextOptions<SqliteMinshengDbContext> options) : MinshengDbContext(options)
{
    public override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}
