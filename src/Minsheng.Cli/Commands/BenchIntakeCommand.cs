using System.ComponentModel;
using Minsheng.Benchmarks;
using Minsheng.Benchmarks.Intake;
using Minsheng.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Minsheng.Cli.Commands;

internal sealed class BenchIntakeSettings : BenchSettings
{
    [CommandOption("--orders <N>")]
    [Description("Orders to register after the warm-up.")]
    [DefaultValue(5000)]
    public int Orders { get; init; } = 5000;

    [CommandOption("--concurrency <C>")]
    [Description("Concurrent HTTP clients.")]
    [DefaultValue(16)]
    public int Concurrency { get; init; } = 16;

    [CommandOption("--warmup <N>")]
    [Description("Warm-up orders, not measured.")]
    [DefaultValue(200)]
    public int Warmup { get; init; } = 200;

    protected override string? CheckLimits() =>
        Orders < 1 || Concurrency < 1 || Warmup < 0 ? "--orders and --concurrency must be at least 1, --warmup at least 0." : null;
}

/// <summary>Runs the intake benchmark of bench/Minsheng.Benchmarks (the one implementation).</summary>
internal sealed class BenchIntakeCommand(CliConsoles consoles) : CliCommand<BenchIntakeSettings>(consoles)
{
    protected override async Task<int> RunAsync(BenchIntakeSettings settings, CancellationToken cancellationToken)
    {
        var options = new IntakeBenchmarkOptions
        {
            Engines = settings.Engines,
            Orders = settings.Orders,
            Concurrency = settings.Concurrency,
            Warmup = settings.Warmup,
            PostgresAdmin = settings.PostgresServer,
        };
        var machine = MachineInfo.Read();
        Consoles.Out.WriteLine(machine.ToString());
        var results = await new IntakeBenchmark(Consoles.Out).RunAsync(options, cancellationToken);
        Consoles.Out.Write(IntakeReport.ToTable(results));
        if (settings.Results is { } file)
        {
            var command = $"dotnet run --project src/Minsheng.Cli -- bench intake --orders {settings.Orders} --concurrency {settings.Concurrency} --warmup {settings.Warmup}"
                + (settings.Provider is { } p ? $" --provider {p}" : string.Empty);
            IntakeReport.WriteResults(file, results, machine, command, TimeProvider.System.GetLocalNow());
            Consoles.Out.MarkupLineInterpolated($"Wrote [bold]{file}[/]");
        }

        return results.Any(r => r.Http.Errors > 0) ? 2 : Success;
    }
}
