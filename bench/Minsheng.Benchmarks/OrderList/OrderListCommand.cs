using System.ComponentModel;
using Minsheng.Server.Infrastructure.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Minsheng.Benchmarks.OrderList;

internal sealed class OrderListSettings : BenchSettings
{
    [CommandOption("--orders <N>")]
    [Description("Orders in the database.")]
    [DefaultValue(100_000)]
    public int Orders { get; init; } = 100_000;

    [CommandOption("--batch <N>")]
    [Description("Orders per SaveChanges while seeding.")]
    [DefaultValue(1000)]
    public int Batch { get; init; } = 1000;

    [CommandOption("--warmup <N>")]
    [Description("Warm-up requests per case and surface, not measured.")]
    [DefaultValue(5)]
    public int Warmup { get; init; } = 5;

    [CommandOption("--iterations <N>")]
    [Description("Measured requests per case and surface.")]
    [DefaultValue(50)]
    public int Iterations { get; init; } = 50;

    [CommandOption("--keep")]
    [Description("Leave the databases behind and print their connection strings (to look at them, e.g. with EXPLAIN).")]
    public bool Keep { get; init; }

    public override ValidationResult Validate() =>
        Orders < 1 || Batch < 1 || Warmup < 1 || Iterations < 1
            ? ValidationResult.Error("--orders, --batch, --warmup and --iterations must be at least 1.")
            : base.Validate();
}

/// <summary><c>dotnet run -c Release --project bench/Minsheng.Benchmarks -- list --orders 100000</c>.</summary>
internal sealed class OrderListCommand(IAnsiConsole console) : AsyncCommand<OrderListSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, OrderListSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
#if DEBUG
        const string configuration = "Debug";
        console.MarkupLine("[yellow]Debug build: numbers are not representative; use -c Release.[/]");
#else
        const string configuration = "Release";
#endif
        var options = new OrderListOptions
        {
            Engines = settings.EngineList(),
            Orders = settings.Orders,
            BatchSize = settings.Batch,
            Warmup = settings.Warmup,
            Iterations = settings.Iterations,
            PostgresAdmin = settings.PostgresConnection,
            KeepDatabases = settings.Keep,
        };
        var machine = MachineInfo.Read();
        console.WriteLine(machine.ToString());
        var results = await new OrderListBenchmark(console).RunAsync(options, cancellationToken);
        foreach (var result in results)
        {
            console.Write(OrderListReport.ToTable(result));
        }

        var file = settings.NoResults ? null : settings.Results ?? BenchCommandLine.DefaultResultsFile();
        if (file is not null)
        {
            var command = BenchCommandLine.Command(configuration, context.Arguments, options.Engines.Contains(DatabaseEngine.Postgres));
            OrderListReport.WriteResults(file, results, machine, command, TimeProvider.System.GetLocalNow());
            console.MarkupLineInterpolated($"Wrote [bold]{file}[/]");
        }

        return 0;
    }
}
