using Minsheng.Cli.Commands;
using Spectre.Console.Cli;

namespace Minsheng.Cli;

/// <summary>The command line: <c>dotnet run --project src/Minsheng.Cli -- --help</c>.</summary>
internal static class CliApp
{
    public const string Name = "Minsheng.Cli";

    public static CommandApp Create(CliConsoles consoles)
    {
        ArgumentNullException.ThrowIfNull(consoles);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName(Name);
            config.ConfigureConsole(consoles.Out);
            config.Settings.Registrar.RegisterInstance(consoles);

            config.AddCommand<SeedCommand>("seed")
                .WithDescription("Migrate the database and seed the demo county (reference data and N demo orders) into an empty database.")
                .WithExample("seed", "--orders", "1000");
            config.AddCommand<ImportCommand>("import")
                .WithDescription("Register work orders from a JSON Lines file (one POST /api/v1/work-orders body per line) through intake. "
                    + "Bad lines are reported with their line number and skipped. Exit code 0: all imported; 2: some lines rejected; 1: a fatal error.")
                .WithExample("import", "orders.jsonl")
                .WithExample("import", "orders.jsonl", "--provider", "postgres", "--connection", "\"Host=localhost;Database=minsheng\"");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Export work orders as JSON Lines (with their events) or CSV (summary columns, UTF-8 with BOM for Excel).")
                .WithExample("export", "--out", "orders.jsonl")
                .WithExample("export", "--format", "csv", "--status", "registered,dispatched", "--from", "2026-03-01", "--to", "2026-03-31", "--out", "march.csv");
            config.AddBranch("bench", bench =>
            {
                bench.SetDescription("Benchmarks (the programs of bench/Minsheng.Benchmarks).");
                bench.AddCommand<BenchIntakeCommand>("intake")
                    .WithDescription("Intake over real HTTP on a fresh database per engine: orders/s and latency, then the raw EF Core insert rate. "
                        + "Never touches the configured database: --provider picks one engine (default: SQLite, and PostgreSQL when a server is known); "
                        + "--connection (or MINSHENG_TEST_POSTGRES) is the PostgreSQL server where a throw-away database is created.")
                    .WithExample("bench", "intake", "--orders", "5000", "--concurrency", "16");
                bench.AddCommand<BenchListCommand>("list")
                    .WithDescription("The order list on a fresh database of N demo orders per engine: server time of the first page of /orders "
                        + "and GET /api/v1/work-orders for several filters (p50/p95/p99/max). Never touches the configured database; "
                        + "--provider and --connection (or MINSHENG_TEST_POSTGRES) as for bench intake.")
                    .WithExample("bench", "list", "--orders", "100000");
            });
        });
        return app;
    }

    public static Task<int> RunAsync(string[] args, CliConsoles consoles, CancellationToken cancellationToken) =>
        Create(consoles).RunAsync(args, cancellationToken);
}
