using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Minsheng.Server.Infrastructure.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build each engine's context without starting the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMinshengDbContext>
{
    public SqliteMinshengDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMinshengDbContext>()
            .UseSqlite(DatabaseSettings.DesignTimeSqliteConnectionString)
            .UseSnakeCaseNamingConvention()
            .Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMinshengDbContext>
{
    public PostgresMinshengDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMinshengDbContext>()
            .UseNpgsql("Host=localhost;Database=minsheng_design")
            .UseSnakeCaseNamingConvention()
            .Options);
}
