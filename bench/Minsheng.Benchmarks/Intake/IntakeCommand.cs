using System.ComponentModel;
using Minsheng.Server.Infrastructure.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Minsheng.Benchmarks.Intake;

internal sealed class IntakeSettings : CommandSettings
{
    [CommandOption("--engines <LIST>")]
    [Description("Engines to measure, comma separated: sqlite, postgres. Default: sqlite, and postgres when a connection string is given.")]
    public string? Engines { get; init; }

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
        if (Orders < 1 || Concurrency < 1 || Warmup < 0)
        {
            return ValidationResult.Error("--orders and --concurrency must be at least 1, --warmup at least 0.");
        }

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

        var file = settings.NoResults ? null : settings.Results ?? DefaultResultsFile();
        if (file is not null)
        {
            var command = Command(configuration, context.Arguments, options.Engines.Contains(DatabaseEngine.Postgres));
            IntakeReport.WriteResults(file, results, machine, command, TimeProvider.System.GetLocalNow());
            console.MarkupLineInterpolated($"Wrote [bold]{file}[/]");
        }

        return results.Any(r => r.Http.Errors > 0) ? 2 : 0;
    }

    /// <summary>The command that reproduces the run; a connection string given on the command line is not repeated.</summary>
    private static string Command(string configuration, IReadOnlyList<string> arguments, bool postgres)
    {
        var shown = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            shown.Add(arguments[i]);
            if (arguments[i] == "--postgres" && i + 1 < arguments.Count)
            {
                shown.Add("\"$MINSHENG_TEST_POSTGRES\"");
                i++;
            }
        }

        var command = $"dotnet run -c {configuration} --project bench/Minsheng.Benchmarks -- {string.Join(' ', shown)}".TrimEnd();
        return postgres && !arguments.Contains("--postgres")
            ? $"MINSHENG_TEST_POSTGRES=<server> {command}"
            : command;
    }

    /// <summary>bench/RESULTS.md in the repository that holds the current directory, if any.</summary>
    private static string? DefaultResultsFile()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Minsheng.slnx")))
            {
                return Path.Combine(dir.FullName, "bench", "RESULTS.md");
            }
        }

        return null;
    }
}
