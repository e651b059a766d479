using System.ComponentModel;
using Minsheng.Server.Infrastructure.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Minsheng.Benchmarks;

/// <summary>Options every benchmark takes: the engines, the PostgreSQL server, and where the numbers are written.</summary>
internal class BenchSettings : CommandSettings
{
    [CommandOption("--engines <LIST>")]
    [Description("Engines to measure, comma separated: sqlite, postgres. Default: sqlite, and postgres when a connection string is given.")]
    public string? Engines { get; init; }

    [CommandOption("--postgres <CONNECTION>")]
    [Description("PostgreSQL server where a fresh database is created and dropped. Default: env MINSHENG_TEST_POSTGRES.")]
    public string? Postgres { get; init; }

    [CommandOption("--results <FILE>")]
    [Description("Markdown file whose sections are replaced with the numbers. Default: bench/RESULTS.md of the repository around the current directory.")]
    public string? Results { get; init; }

    [CommandOption("--no-results")]
    [Description("Print the table only.")]
    public bool NoResults { get; init; }

    public string? PostgresConnection =>
        !string.IsNullOrWhiteSpace(Postgres) ? Postgres
        : Environment.GetEnvironmentVariable("MINSHENG_TEST_POSTGRES") is { Length: > 0 } env ? env : null;

    public IReadOnlyList<DatabaseEngine> EngineList()
    {
        if (string.IsNullOrWhiteSpace(Engines))
        {
            return PostgresConnection is null ? [DatabaseEngine.Sqlite] : [DatabaseEngine.Sqlite, DatabaseEngine.Postgres];
        }

        return Engines.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => new DatabaseSettings { Provider = e }.Engine)
            .Distinct()
            .ToArray();
    }

    public override ValidationResult Validate()
    {
        IReadOnlyList<DatabaseEngine> engines;
        try
        {
            engines = EngineList();
        }
        catch (InvalidOperationException e)
        {
            return ValidationResult.Error(e.Message);
        }

        return engines.Contains(DatabaseEngine.Postgres) && PostgresConnection is null
            ? ValidationResult.Error("postgres needs --postgres <connection string> or MINSHENG_TEST_POSTGRES.")
            : ValidationResult.Success();
    }
}
