using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Minsheng.Server.Infrastructure.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MinshengDbContext"/> on the configured engine. SQLite is the default, in the file
    /// minsheng.db of the data folder (<see cref="DatabaseSettings.ResolvedDataDirectory"/>) unless
    /// <c>ConnectionStrings:Minsheng</c> names another; PostgreSQL needs <c>ConnectionStrings:Minsheng</c>.
    /// </summary>
    public static IServiceCollection AddMinshengData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration.GetSection(DatabaseSettings.Section).Get<DatabaseSettings>() ?? new DatabaseSettings();
        var connectionString = configuration.GetConnectionString(DatabaseSettings.ConnectionStringName);
        services.AddSingleton(settings);
        services.AddSingleton<WriteGate>();

        switch (settings.Engine)
        {
            case DatabaseEngine.Sqlite:
                connectionString = PrepareSqlite(string.IsNullOrWhiteSpace(connectionString)
                    ? settings.DefaultSqliteConnectionString
                    : connectionString);
                services.AddDbContext<MinshengDbContext, SqliteMinshengDbContext>(options => options
                    .UseSqlite(connectionString)
                    .UseSnakeCaseNamingConvention()
                    .AddInterceptors(new SqlitePragmaInterceptor()));
                break;
            case DatabaseEngine.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is 'postgres' but ConnectionStrings:Minsheng is empty; set ConnectionStrings__Minsheng.");
                }

                services.AddDbContext<MinshengDbContext, PostgresMinshengDbContext>(options => options
                    .UseNpgsql(connectionString)
                    .UseSnakeCaseNamingConvention());
                break;
        }

        return services;
    }

    /// <summary>Creates the folder of the database file, so the default works on a fresh clone.</summary>
    private static string PrepareSqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        // Microsoft.Data.Sqlite retries a busy database until the command timeout.
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }
}
