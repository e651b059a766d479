using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Minsheng.Server;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Cli.Infrastructure;

/// <summary>
/// The server's services without the web server: a generic host with AddMinshengServices, on the
/// configured database, migrated and seeded by the server's own DatabaseInitializer. No hosted
/// service other than that one is started, and Kestrel never is.
/// </summary>
internal static class CliHost
{
    /// <summary>The CLI's own settings file, beside the executable (not appsettings.json: the server's file of that name would shadow it).</summary>
    public const string SettingsFile = "appsettings.cli.json";

    public static IHost Build(GlobalSettings settings, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = typeof(CliHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // The server's sources, in the server's order: settings file, environment, then the command line's options.
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, SettingsFile), optional: true, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables();

        var values = new Dictionary<string, string?>(overrides ?? new Dictionary<string, string?>());
        if (settings.Provider is { } provider)
        {
            values["Database:Provider"] = provider;
        }

        if (settings.Connection is { } connection)
        {
            values[$"ConnectionStrings:{DatabaseSettings.ConnectionStringName}"] = connection;
        }

        builder.Configuration.AddInMemoryCollection(values);

        // Logs go to standard error: standard output may be carrying an export.
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddMinshengServices(builder.Configuration);
        return builder.Build();
    }

    /// <summary>Applies migrations and runs the seeders, as the server does before it listens.</summary>
    public static Task InitializeAsync(IHost host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.Services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single().StartAsync(cancellationToken);
    }

    /// <summary>
    /// Opens the configured database, migrated as the server would. One that does not exist yet (no file, no database, or
    /// no Minsheng schema in it) is created only when <see cref="GlobalSettings.CreateDatabase"/> asks: otherwise a wrong
    /// folder or connection string would quietly give an empty database, a new administrator and an export of nothing.
    /// </summary>
    public static async Task<IHost> StartAsync(GlobalSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var host = Build(settings);
        try
        {
            if (!settings.CreateDatabase && await FindMissingDatabaseAsync(host, cancellationToken) is { } missing)
            {
                throw new CliException($"There is no Minsheng database at {missing}. Start the server once (dotnet run --project src/Minsheng.Server) "
                    + "to create it, point --connection or Database:DataDirectory at an existing one, or pass --create-database to create an empty one here.");
            }

            await InitializeAsync(host, cancellationToken);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>Where the database was looked for, when it is not there; null when a migrated Minsheng database is.</summary>
    private static async Task<string?> FindMissingDatabaseAsync(IHost host, CancellationToken cancellationToken)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
        var connectionString = db.Database.GetConnectionString() ?? string.Empty;
        string where;
        if (db.Engine == DatabaseEngine.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            where = file is ":memory:" or "" ? "(in memory)" : Path.GetFullPath(file);
            if (file is not (":memory:" or "") && !File.Exists(file))
            {
                return where; // opening it would create the file
            }
        }
        else
        {
            var postgres = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            where = $"{postgres.Host}/{postgres.Database}";
        }

        return await db.Database.CanConnectAsync(cancellationToken) && (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any()
            ? null
            : where;
    }
}
