using Microsoft.EntityFrameworkCore;

namespace Minsheng.Server.Infrastructure.Data;

/// <summary>The production engine; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresMinshengDbContext(DbContextOptions<PostgresMinshengDbContext> options) : MinshengDbContext(options)
{
    public override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
