using Minsheng.Cli.Tests.Infrastructure;
using Minsheng.Server.Infrastructure.Data;
using Npgsql;

namespace Minsheng.Cli.Tests;

/// <summary>
/// The CLI opens the server's database and creates one only when asked: a wrong folder or connection string must not
/// quietly give an empty database with a new administrator and an export of 0 orders.
/// </summary>
public sealed class DatabaseCreationTests : IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Export_WithoutADatabase_RefusesWithAPlainMessage_AndCreatesNothing(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine); // SQLite: no file yet; PostgreSQL: empty, no schema

        var run = await CliRunner.RunAsync(CliRunner.On(database, "export", "--out", _files.File("orders.jsonl")));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("There is no Minsheng database at", run.Error, StringComparison.Ordinal);
        Assert.Contains("--create-database", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("administrator", run.Out + run.Error, StringComparison.Ordinal);
        Assert.False(await HasSchemaAsync(database), "the refused run must not have created the schema");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Import_WithoutADatabase_Refuses_AndWithCreateDatabase_CreatesItAndImports(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var file = _files.Write("one.jsonl", """{"kind":"complaint","title":"路灯不亮","content":"和平路口的路灯晚上不亮。"}""" + "\n");

        var refused = await CliRunner.RunAsync(CliRunner.On(database, "import", file));
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("There is no Minsheng database at", refused.Error, StringComparison.Ordinal);

        var created = await CliRunner.RunAsync(CliRunner.On(database, "import", file, "--create-database"));
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("Imported 1 orders", created.Out, StringComparison.Ordinal);

        // From now on the database exists: no flag needed.
        var exported = await CliRunner.RunAsync(CliRunner.On(database, "export", "--format", "csv"));
        Assert.True(exported.ExitCode == 0, exported.ToString());
        Assert.Contains("路灯不亮", exported.StandardOutputText, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultDataFolder_IsTheRepositorysDataFolder_WhereverTheProgramRunsFrom()
    {
        var repository = RepositoryRoot();
        var server = Path.Combine(repository, "src", "Minsheng.Server", "bin", "Debug", "net10.0");
        var cli = Path.Combine(repository, "src", "Minsheng.Cli", "bin", "Debug", "net10.0");

        Assert.Equal(Path.Combine(repository, "data"), DatabaseSettings.DefaultDataDirectory(server));
        Assert.Equal(Path.Combine(repository, "data"), DatabaseSettings.DefaultDataDirectory(cli));
        Assert.Equal(Path.Combine(repository, "data"), new DatabaseSettings().ResolvedDataDirectory); // this test's own binaries
        Assert.Equal(Path.Combine(repository, "data", "elsewhere"), new DatabaseSettings { DataDirectory = Path.Combine(repository, "data", "elsewhere") }.ResolvedDataDirectory);

        // A published copy, outside any checkout: beside the program.
        var published = _files.File("app");
        Assert.Equal(Path.Combine(published, "data"), DatabaseSettings.DefaultDataDirectory(published));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Minsheng.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Minsheng.slnx not found above " + AppContext.BaseDirectory);
    }

    private static async Task<bool> HasSchemaAsync(TestDatabase database)
    {
        if (database.Engine == Engines.Sqlite)
        {
            return File.Exists(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
