using System.ComponentModel;
using Minsheng.Server.Infrastructure.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Minsheng.Benchmarks.Intake;

internal sealed class IntakeSettings : BenchSettings
{
    [CommandOption("--orders <N>")]
    [Description("Orders to register (after the warm-up).")]
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

    public override ValidationResult Validate() =>
        Orders < 1 || Concurrency < 1 || Warmup < 0
            ? ValidationResult.Error("--orders and --concurrency must be at least 1, --warmup at least 0.")
            : base.Validate();
}

/// <summary><c>dotnet run -c Release --project bench/Minsheng.Benchmarks -- [intake] --orders 5000 --concurrency 16</c>.</summary>
internal sealed class IntakeCommand(IAnsiConsole console) : AsyncCommand<IntakeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, IntakeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
#if DEBUG
        const string configuration = "Debug";
        console.MarkupLine("[yellow]Debug build: numbers are not representative; use -c Release.[/]");
#else
        const string configuration = "Release";
#endif
        var options = new IntakeBenchmarkOptions
        {
            Engines = settings.EngineList(),
            Orders = settings.Orders,
            Concurrency = settings.Concurrency,
            Warmup = settings.Warmup,
            PostgresAdmin = settings.PostgresConnection,
        };
        var machine = MachineInfo.Read();
        console.WriteLine(machine.ToString());
        var results = await new IntakeBenchmark(console).RunAsync(options, cancellationToken);
        console.Write(IntakeReport.ToTable(results));

        var file = settings.NoResults ? null : settings.Results ?? BenchCommandLine.DefaultResultsFile();
        if (file is not null)
        {
            var command = BenchCommandLine.Command(configuration, context.Arguments, options.Engines.Contains(DatabaseEngine.Postgres));
            IntakeReport.WriteResults(file, results, machine, command, TimeProvider.System.GetLocalNow());
            console.MarkupLineInterpolated($"Wrote [bold]{file}[/]");
        }

        return results.Any(r => r.Http.Errors > 0) ? 2 : 0;
    }
}
