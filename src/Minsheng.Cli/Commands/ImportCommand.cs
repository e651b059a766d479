using System.ComponentModel;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Minsheng.Cli.Infrastructure;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.WorkOrders;
using Minsheng.Server.Infrastructure.Data;
using Spectre.Console;
using Spectre.Console.Cli;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Minsheng.Cli.Commands;

internal sealed class ImportSettings : GlobalSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("JSON Lines file: each line is the body of POST /api/v1/work-orders (kind \"complaint\", channel \"walk-in\", ...).")]
    public string File { get; init; } = string.Empty;

    [CommandOption("--batch-size <N>")]
    [Description("Orders registered per transaction.")]
    [DefaultValue(100)]
    public int BatchSize { get; init; } = 100;

    [CommandOption("--actor <NAME>")]
    [Description("Who the orders' register events name as the actor.")]
    [DefaultValue("import")]
    public string Actor { get; init; } = "import";

    public override ValidationResult Validate()
    {
        if (BatchSize is < 1 or > 10_000)
        {
            return ValidationResult.Error("--batch-size must be between 1 and 10000.");
        }

        return string.IsNullOrWhiteSpace(Actor) || Actor.Length > 100
            ? ValidationResult.Error("--actor must be 1 to 100 characters.")
            : base.Validate();
    }
}

/// <summary>
/// Registers each line through the server's Intake use case: the same validation, numbering,
/// deadlines and search text as an order taken over the API. Bad lines are reported and skipped.
/// Exit code 0 when every line was imported, 2 when some were rejected, 1 on a fatal error.
/// </summary>
internal sealed class ImportCommand(CliConsoles consoles) : CliCommand<ImportSettings>(consoles)
{
    public const int SomeRejected = 2;

    protected override async Task<int> RunAsync(ImportSettings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            throw new CliException($"File not found: {settings.File}");
        }

        using var host = await CliHost.StartAsync(settings, cancellationToken);
        CliIdentity.ActAs(host.Services, settings.Actor, Roles.Operator);
        var actor = CliIdentity.Actor(settings.Actor, Roles.Operator);
        var json = host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var report = new ImportReport();

        await using var stream = new FileStream(settings.File, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        // Strict UTF-8: a GBK file would otherwise import as replacement characters without a word.
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            await Consoles.Error.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"Importing {Path.GetFileName(settings.File)}", maxValue: Math.Max(1, stream.Length));
                    var lineNumber = 0;
                    while (true)
                    {
                        // Read and check a batch first, so the write transaction stays short.
                        var batch = new List<ParsedLine>(settings.BatchSize);
                        string? line = null;
                        while (batch.Count < settings.BatchSize && (line = await ReadLineAsync(reader, lineNumber, cancellationToken)) is not null)
                        {
                            lineNumber++;
                            if (string.IsNullOrWhiteSpace(line))
                            {
                                report.Blank++;
                                continue;
                            }

                            var parsed = ImportLine.Parse(lineNumber, line, json);
                            if (parsed.Request is null)
                            {
                                report.Reject(parsed.Number, parsed.Errors);
                            }

                            batch.Add(parsed);
                        }

                        await RegisterAsync(host.Services, actor, batch.Where(p => p.Request is not null).ToList(), report, cancellationToken);
                        task.Value = stream.Position;
                        if (line is null)
                        {
                            break;
                        }
                    }

                    task.Value = task.MaxValue;
                });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Summarize(report);
            if (report.BatchFirstLine > 0)
            {
                Consoles.Out.MarkupLineInterpolated($"[red]Stopped in the batch that starts at line {report.BatchFirstLine}[/]: that batch was rolled back.");
            }

            throw;
        }

        Summarize(report);
        return report.Rejected.Count > 0 ? SomeRejected : Success;
    }

    private static async Task<string?> ReadLineAsync(StreamReader reader, int linesRead, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadLineAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture,
                $"The file is not UTF-8 (near line {linesRead + 1}). Save it as UTF-8, e.g. iconv -f GBK -t UTF-8 in.jsonl > out.jsonl."));
        }
    }

    /// <summary>One transaction per batch, one scope per batch; a rejection by Intake leaves the transaction untouched.</summary>
    private static async Task RegisterAsync(IServiceProvider services, Actor actor, List<ParsedLine> batch, ImportReport report, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        report.BatchFirstLine = batch[0].Number;
        await using var scope = services.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<Intake>();
        var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var imported = 0;
        foreach (var line in batch)
        {
            var result = await intake.RegisterAsync(actor, line.Request!, idempotencyKey: null, cancellationToken);
            if (result is WorkOrderResult.Invalid invalid)
            {
                // Refused before anything is added to the context, so the batch goes on.
                report.Reject(line.Number, invalid.Errors.SelectMany(e => e.Value.Select(m => (e.Key, m))).ToList());
            }
            else if (result is WorkOrderResult.Done)
            {
                imported++;
            }
            else
            {
                throw new CliException($"The import's actor may not register orders ({result.GetType().Name}).");
            }
        }

        await transaction.CommitAsync(cancellationToken);
        report.Imported += imported;
        report.BatchFirstLine = 0;
    }

    private void Summarize(ImportReport report)
    {
        foreach (var (line, errors) in report.Rejected.OrderBy(r => r.Line))
        {
            var reasons = string.Join("; ", errors.Select(e => e.Field.Length > 0 ? $"{e.Field}: {e.Message}" : e.Message));
            Consoles.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"line {line}: {reasons}"));
        }

        var color = report.Rejected.Count > 0 ? "yellow" : "green";
        Consoles.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[{color}]Imported {report.Imported} orders; rejected {report.Rejected.Count} lines; skipped {report.Blank} blank lines.[/]"));
    }

    private sealed class ImportReport
    {
        public int Imported { get; set; }

        public int Blank { get; set; }

        public int BatchFirstLine { get; set; }

        public List<(int Line, IReadOnlyList<(string Field, string Message)> Errors)> Rejected { get; } = [];

        public void Reject(int line, IReadOnlyList<(string Field, string Message)> errors) => Rejected.Add((line, errors));
    }
}
