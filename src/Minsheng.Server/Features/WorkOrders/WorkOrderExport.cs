using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// The filtered order list as CSV (default) or Excel (<c>format=xlsx</c>), within the user's scope, with personal
/// data as the user may see it (masked, or hidden from a handling unit when the requester asked for confidentiality).
/// Both formats share the query, the rows and the audit entry; only the writer differs.
/// </summary>
internal static class WorkOrderExport
{
    public const int MaxRows = 100_000;
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    public static async Task<IResult> ExportAsync([AsParameters] WorkOrderFilter filter, string? format, HttpContext http, MinshengDbContext db,
        WorkOrderFilters filters, CurrentUser user, ReferenceData referenceData, CalendarProvider calendars, AuditLog audit,
        IStringLocalizer<WorkOrderExportRow> text, TimeProvider time, CancellationToken ct)
    {
        var resolvedFormat = string.IsNullOrWhiteSpace(format) ? Csv : format.Trim().ToLowerInvariant();
        if (resolvedFormat is not (Csv or Xlsx))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["导出格式应为 csv 或 xlsx。"] }, title: "查询条件有误");
        }

        var (orders, errors) = await filters.ApplyAsync(db.WorkOrders.AsNoTracking(), filter, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "查询条件有误");
        }

        var refs = await referenceData.GetAsync(ct);
        var offset = (await calendars.GetAsync(ct)).UtcOffset;
        await audit.WriteAsync("export", "work-orders",
            $"status={filter.Status};unit={filter.Unit};q-length={filter.Q?.Length ?? 0};format={resolvedFormat}", cancellationToken: ct);

        var rows = orders.Take(MaxRows).AsAsyncEnumerable().Select(order => WorkOrderExportRow.From(order, PersonalDataViews.For(user, order), refs, offset));
        var headers = WorkOrderExportRow.Columns.Select(c => text[c.Header].Value).ToArray();
        var stamp = (time.GetUtcNow() + offset).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"work-orders-{stamp}.{resolvedFormat}",
            FileNameStar = $"{text["工单导出"].Value}-{stamp}.{resolvedFormat}",
        }.ToString();
        if (resolvedFormat == Xlsx)
        {
            http.Response.ContentType = WorkOrderXlsxWriter.ContentType;
            await WorkOrderXlsxWriter.WriteAsync(http.Response.Body, headers, text["工单"].Value, rows, ct);
        }
        else
        {
            http.Response.ContentType = WorkOrderCsvWriter.ContentType;
            await WorkOrderCsvWriter.WriteAsync(http.Response.Body, headers, rows, ct);
        }

        return TypedResults.Empty;
    }
}
