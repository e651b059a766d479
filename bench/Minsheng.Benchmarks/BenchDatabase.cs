using System.Globalization;
using Microsoft.Data.Sqlite;
using Minsheng.Server.Infrastructure.Data;
using Npgsql;

namespace Minsheng.Benchmarks;

/// <summary>A fresh, empty database for one measurement: a temporary SQLite file, or a new PostgreSQL database, dropped afterwards.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFolder;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private BenchDatabase(DatabaseEngine engine, string connectionString, string? sqliteFolder, string? postgresAdmin, string? postgresName)
    {
        Engine = engine;
        ConnectionString = connectionString;
        _sqliteFolder = sqliteFolder;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public DatabaseEngine Engine { get; }

    public string ConnectionString { get; }

    /// <summary>Leave the database behind on dispose (to look at it afterwards, e.g. with EXPLAIN).</summary>
    public bool Keep { get; set; }

    /// <summary>The value for <c>Database:Provider</c>.</summary>
    public string Provider => Engine == DatabaseEngine.Sqlite ? "sqlite" : "postgres";

    /// <param name="postgresAdmin">For PostgreSQL: a connection string to a server where this user may create databases.</param>
    public static async Task<BenchDatabase> CreateAsync(DatabaseEngine engine, string? postgresAdmin, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N")[..16];
        if (engine == DatabaseEngine.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "minsheng-bench", id);
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, "minsheng.db");
            return new BenchDatabase(engine, new SqliteConnectionStringBuilder { DataSource = file }.ToString(), folder, null, null);
        }

        if (string.IsNullOrWhiteSpace(postgresAdmin))
        {
            throw new InvalidOperationException("PostgreSQL needs a connection string (--postgres, or MINSHENG_TEST_POSTGRES).");
        }

        var name = "minsheng_bench_" + id;
        await using (var connection = new NpgsqlConnection(postgresAdmin))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(string.Create(CultureInfo.InvariantCulture, $"CREATE DATABASE {name}"), connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = name };
        return new BenchDatabase(engine, builder.ConnectionString, null, postgresAdmin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (Keep)
        {
            return;
        }

        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // Still open somewhere: the temp folder is the OS's to clean.
            }
        }

        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(string.Create(CultureInfo.InvariantCulture, $"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)"), connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
