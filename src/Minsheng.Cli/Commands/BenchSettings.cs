using System.ComponentModel;
using Minsheng.Cli.Infrastructure;
using Minsheng.Server.Infrastructure.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Minsheng.Cli.Commands;

/// <summary>What every <c>bench</c> command shares: where the numbers go and which throw-away databases it uses.</summary>
internal abstract class BenchSettings : GlobalSettings
{
    [CommandOption("--results <FILE>")]
    [Description("Also write the numbers into this Markdown file (e.g. bench/RESULTS.md).")]
    public string? Results { get; init; }

    /// <summary>
    /// A benchmark never touches the configured database: SQLite runs on a temporary file, PostgreSQL
    /// on a fresh database created (and dropped) on the server of --connection or MINSHENG_TEST_POSTGRES.
    /// </summary>
    public string? PostgresServer =>
        Connection ?? (Environment.GetEnvironmentVariable("MINSHENG_TEST_POSTGRES") is { Length: > 0 } env ? env : null);

    public IReadOnlyList<DatabaseEngine> Engines =>
        Provider is not null ? [new DatabaseSettings { Provider = Provider }.Engine]
        : PostgresServer is null ? [DatabaseEngine.Sqlite]
        : [DatabaseEngine.Sqlite, DatabaseEngine.Postgres];

    /// <summary>The command's own limits; null when they hold.</summary>
    protected abstract string? CheckLimits();

    public override ValidationResult Validate()
    {
        if (CheckLimits() is { } error)
        {
            return ValidationResult.Error(error);
        }

        var result = base.Validate();
        return result.Successful && Engines.Contains(DatabaseEngine.Postgres) && PostgresServer is null
            ? ValidationResult.Error("postgres needs a server: --connection <connection string> or MINSHENG_TEST_POSTGRES.")
            : result;
    }
}
