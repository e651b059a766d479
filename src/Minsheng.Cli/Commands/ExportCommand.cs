using System.ComponentModel;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Minsheng.Cli.Export;
using Minsheng.Cli.Infrastructure;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Web;
using Spectre.Console;
using Spectre.Console.Cli;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Minsheng.Cli.Commands;

internal sealed class ExportSettings : GlobalSettings
{
    public const string JsonLines = "jsonl";
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    [CommandOption("-o|--out <FILE>")]
    [Description("File to write. Default: standard output.")]
    public string? Out { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("jsonl (each order with its events, as the API returns it), csv (summary columns) or xlsx (the web export's Excel workbook: Chinese columns, local times). Default: by the --out extension (.csv, .xlsx), else jsonl.")]
    public string? Format { get; init; }

    [CommandOption("--status <LIST>")]
    [Description("Only these statuses, comma separated: registered, dispatched, returned, accepted, replied, awaiting-callback, reopened, closed, merged, withdrawn.")]
    public string? Status { get; init; }

    [CommandOption("--from <DATE>")]
    [Description("Registered on or after this day (yyyy-MM-dd, hotline local time).")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Registered on or before this day (yyyy-MM-dd, hotline local time).")]
    public string? To { get; init; }

    [CommandOption("--personal-data")]
    [Description("Requesters' names and phones, and numbers in the text, as registered. Default: masked, as the API shows them. Either way the export is written to the audit log.")]
    public bool PersonalData { get; init; }

    public string ResolvedFormat =>
        Format?.Trim().ToLowerInvariant()
        ?? (Out is not null && Out.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? Csv
            : Out is not null && Out.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? Xlsx
            : JsonLines);

    public IReadOnlyList<WorkOrderStatus> Statuses =>
        string.IsNullOrWhiteSpace(Status)
            ? []
            : Status.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => JsonNames.TryParse<WorkOrderStatus>(s, out var value) ? value : throw new CliException($"Unknown status {s}."))
                .Distinct()
                .ToArray();

    public DateOnly? FromDate => ParseDate(From);

    public DateOnly? ToDate => ParseDate(To);

    public override ValidationResult Validate()
    {
        if (ResolvedFormat is not (JsonLines or Csv or Xlsx))
        {
            return ValidationResult.Error($"Unknown --format {Format}: use jsonl, csv or xlsx.");
        }

        var unknown = (Status ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => !JsonNames.TryParse<WorkOrderStatus>(s, out _))
            .ToArray();
        if (unknown.Length > 0)
        {
            return ValidationResult.Error(
                $"Unknown --status {string.Join(", ", unknown)}: use {string.Join(", ", Enum.GetValues<WorkOrderStatus>().Select(s => JsonNames.Of(s)))}.");
        }

        foreach (var (name, text) in new[] { ("--from", From), ("--to", To) })
        {
            if (text is not null && ParseDate(text) is null)
            {
                return ValidationResult.Error($"{name} {text} is not a date: use yyyy-MM-dd.");
            }
        }

        return FromDate > ToDate ? ValidationResult.Error("--from is after --to.") : base.Validate();
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

/// <summary>
/// Streams orders out in pages of <see cref="PageSize"/> by id (bounded memory, no long-held read),
/// with the API's filters and date semantics.
/// </summary>
internal sealed class ExportCommand(CliConsoles consoles) : CliCommand<ExportSettings>(consoles)
{
    private const int PageSize = 1000;

    protected override async Task<int> RunAsync(ExportSettings settings, CancellationToken cancellationToken)
    {
        var toStandardOutput = settings.Out is null;
        var messages = toStandardOutput ? Consoles.Error : Consoles.Out;

        using var host = toStandardOutput
            ? await StartQuietlyAsync(settings, cancellationToken)
            : await CliHost.StartAsync(settings, cancellationToken);
        CliIdentity.ActAs(host.Services, CliIdentity.OperatingSystemUser, Roles.Admin);
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<MinshengDbContext>();
        var refs = await services.GetRequiredService<ReferenceData>().GetAsync(cancellationToken);
        var offset = (await services.GetRequiredService<CalendarProvider>().GetAsync(cancellationToken)).UtcOffset;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var view = settings.PersonalData ? PersonalDataView.Full : PersonalDataView.Masked;
        var orders = Filter(db.WorkOrders.AsNoTracking(), settings, offset);
        var total = await orders.CountAsync(cancellationToken);
        await services.GetRequiredService<AuditLog>().WriteAsync("export", "work-orders", string.Create(CultureInfo.InvariantCulture,
            $"cli; format={settings.ResolvedFormat}; status={settings.Status}; from={settings.From}; to={settings.To}; personal-data={settings.PersonalData}; rows={total}"),
            cancellationToken: cancellationToken);

        // A file is written beside its destination and moved into place only when complete.
        var partial = toStandardOutput ? null : settings.Out + ".partial";
        var output = partial is null
            ? Consoles.OpenStandardOutput()
            : new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        var written = 0;
        var complete = false;
        try
        {
            var jsonLines = settings.ResolvedFormat == ExportSettings.JsonLines;
            OrderWriter writer = settings.ResolvedFormat switch
            {
                ExportSettings.JsonLines => new JsonLinesOrderWriter(output, host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions, view),
                ExportSettings.Xlsx => new XlsxOrderWriter(output, view, offset),
                _ => new CsvOrderWriter(output, view),
            };
            await writer.WriteHeaderAsync(cancellationToken);
            await Consoles.Error.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Exporting", maxValue: Math.Max(1, total));
                    var lastId = 0L;
                    while (true)
                    {
                        var page = orders.Where(w => w.Id > lastId).OrderBy(w => w.Id).Take(PageSize);
                        var items = jsonLines ? await page.Include(w => w.Events).ToListAsync(cancellationToken) : await page.ToListAsync(cancellationToken);
                        if (items.Count == 0)
                        {
                            break;
                        }

                        var mergedInto = await MergedIntoNumbersAsync(db, items, cancellationToken);
                        foreach (var order in items)
                        {
                            await writer.WriteAsync(order, order.MergedIntoId is { } target ? mergedInto.GetValueOrDefault(target) : null, refs, now, cancellationToken);
                        }

                        await writer.FlushAsync(cancellationToken);
                        written += items.Count;
                        lastId = items[^1].Id;
                        task.Value = written;
                    }

                    await writer.CompleteAsync(cancellationToken);
                    task.Value = task.MaxValue;
                });
            complete = true;
        }
        finally
        {
            if (partial is null)
            {
                await output.FlushAsync(CancellationToken.None);
            }
            else
            {
                await output.DisposeAsync();
                if (complete)
                {
                    File.Move(partial, settings.Out!, overwrite: true);
                }
                else
                {
                    File.Delete(partial);
                }
            }
        }

        messages.MarkupLineInterpolated($"[green]Exported {written} orders[/] ({settings.ResolvedFormat}) to {settings.Out ?? "standard output"}.");
        return Success;
    }

    /// <summary>
    /// Starts the host with anything its seeders print (a first start prints the generated administrator
    /// password) sent to standard error, which standard output is carrying the export.
    /// </summary>
    private static async Task<IHost> StartQuietlyAsync(ExportSettings settings, CancellationToken cancellationToken)
    {
        var original = Console.Out;
        Console.SetOut(Console.Error);
        try
        {
            return await CliHost.StartAsync(settings, cancellationToken);
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    /// <summary>The list API's filters: statuses, and registration days in the hotline's local time (to is inclusive).</summary>
    private static IQueryable<WorkOrder> Filter(IQueryable<WorkOrder> orders, ExportSettings settings, TimeSpan offset)
    {
        var statuses = settings.Statuses;
        if (statuses.Count > 0)
        {
            orders = orders.Where(w => statuses.Contains(w.Status));
        }

        if (settings.FromDate is { } from)
        {
            var fromUtc = DateTime.SpecifyKind(from.ToDateTime(TimeOnly.MinValue) - offset, DateTimeKind.Utc);
            orders = orders.Where(w => w.RegisteredAt >= fromUtc);
        }

        if (settings.ToDate is { } to)
        {
            var toUtc = DateTime.SpecifyKind(to.AddDays(1).ToDateTime(TimeOnly.MinValue) - offset, DateTimeKind.Utc);
            orders = orders.Where(w => w.RegisteredAt < toUtc);
        }

        return orders;
    }

    private static async Task<Dictionary<long, string>> MergedIntoNumbersAsync(MinshengDbContext db, List<WorkOrder> orders, CancellationToken cancellationToken)
    {
        var targets = orders.Where(o => o.MergedIntoId is not null).Select(o => o.MergedIntoId!.Value).Distinct().ToArray();
        return targets.Length == 0
            ? []
            : await db.WorkOrders.Where(w => targets.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Number, cancellationToken);
    }
}
