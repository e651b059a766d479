using System.ComponentModel;
using System.Globalization;
using Minsheng.Benchmarks;
using Minsheng.Benchmarks.OrderList;
using Minsheng.Cli.Infrastructure;
using Minsheng.Server.Infrastructure.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Minsheng.Cli.Commands;

internal sealed class BenchListSettings : GlobalSettings
{
    [CommandOption("--orders <N>")]
    [Description("Orders in the database.")]
    [DefaultValue(100_000)]
    public int Orders { get; init; } = 100_000;

    [CommandOption("--warmup <N>")]
    [Description("Warm-up requests per case and surface, not measured.")]
    [DefaultValue(5)]
    public int Warmup { get; init; } = 5;

    [CommandOption("--iterations <N>")]
    [Description("Measured requests per case and surface.")]
    [DefaultValue(50)]
    public int Iterations { get; init; } = 50;

    [CommandOption("--results <FILE>")]
    [Description("Also write the numbers into this Markdown file (e.g. bench/RESULTS.md).")]
    public string? Results { get; init; }

    /// <summary>As for <c>bench intake</c>: never the configured database, a throw-away one per engine.</summary>
    public string? PostgresServer =>
        Connection ?? (Environment.GetEnvironmentVariable("MINSHENG_TEST_POSTGRES") is { Length: > 0 } env ? env : null);

    public IReadOnlyList<DatabaseEngine> Engines =>
        Provider is not null ? [new DatabaseSettings { Provider = Provider }.Engine]
        : PostgresServer is null ? [DatabaseEngine.Sqlite]
        : [DatabaseEngine.Sqlite, DatabaseEngine.Postgres];

    public override ValidationResult Validate()
    {
        if (Orders < 1 || Warmup < 1 || Iterations < 1)
        {
            return ValidationResult.Error("--orders, --warmup and --iterations must be at least 1.");
        }

        var result = base.Validate();
        return result.Successful && Engines.Contains(DatabaseEngine.Postgres) && PostgresServer is null
            ? ValidationResult.Error("postgres needs a server: --connection <connection string> or MINSHENG_TEST_POSTGRES.")
            : result;
    }
}

/// <summary>Runs the order-list benchmark of bench/Minsheng.Benchmarks (the one implementation).</summary>
internal sealed class BenchListCommand(CliConsoles consoles) : CliCommand<BenchListSettings>(consoles)
{
    protected override async Task<int> RunAsync(BenchListSettings settings, CancellationToken cancellationToken)
    {
        var options = new OrderListOptions
        {
            Engines = settings.Engines,
            Orders = settings.Orders,
            Warmup = settings.Warmup,
            Iterations = settings.Iterations,
            PostgresAdmin = settings.PostgresServer,
        };
        var machine = MachineInfo.Read();
        Consoles.Out.WriteLine(machine.ToString());
        var results = await new OrderListBenchmark(Consoles.Out).RunAsync(options, cancellationToken);
        foreach (var result in results)
        {
            Consoles.Out.Write(OrderListReport.ToTable(result));
        }

        if (settings.Results is { } file)
        {
            var command = string.Create(CultureInfo.InvariantCulture,
                    $"dotnet run --project src/Minsheng.Cli -- bench list --orders {settings.Orders} --warmup {settings.Warmup} --iterations {settings.Iterations}")
                + (settings.Provider is { } p ? $" --provider {p}" : string.Empty);
            OrderListReport.WriteResults(file, results, machine, command, TimeProvider.System.GetLocalNow());
            Consoles.Out.MarkupLineInterpolated($"Wrote [bold]{file}[/]");
        }

        return Success;
    }
}
