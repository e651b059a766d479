using System.ComponentModel;
using System.Globalization;
using Minsheng.Benchmarks;
using Minsheng.Benchmarks.OrderList;
using Minsheng.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Minsheng.Cli.Commands;

internal sealed class BenchListSettings : BenchSettings
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

    protected override string? CheckLimits() =>
        Orders < 1 || Warmup < 1 || Iterations < 1 ? "--orders, --warmup and --iterations must be at least 1." : null;
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
