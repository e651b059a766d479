using Npgsql;

namespace Minsheng.Server.Tests.Infrastructure;

/// <summary>A fresh, empty database for one test: a temporary SQLite file, or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFolder;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(string engine, string connectionString, string? sqliteFolder, string? postgresAdmin, string? postgresName)
    {
        Engine = engine;
        ConnectionString = connectionString;
        _sqliteFolder = sqliteFolder;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public string Engine { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string engine)
    {
        if (engine == Engines.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "minsheng-tests", RandomLetters(20));
            Directory.CreateDirectory(folder);
            return new TestDatabase(engine, $"Data Source={Path.Combine(folder, "minsheng.db")}", folder, null, null);
        }

        var admin = TestEnvironment.PostgresConnectionString;
        TestEnvironment.Require(admin is not null, "PostgreSQL (MINSHENG_TEST_POSTGRES)");
        var name = "minsheng_t_" + RandomLetters(16);
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(engine, builder.ConnectionString, null, admin, name);
    }

    /// <summary>Letters only: random digit runs in paths and names would look like phone numbers to the log-privacy test.</summary>
    private static string RandomLetters(int length) =>
        new(System.Security.Cryptography.RandomNumberGenerator.GetItems<char>("abcdefghijklmnopqrstuvwxyz", length));

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine: the temp folder is cleaned up by the OS.
            }
        }

        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
