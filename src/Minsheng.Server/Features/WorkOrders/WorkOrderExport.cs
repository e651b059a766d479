using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// The filtered order list as CSV (UTF-8 with BOM, so Excel reads the Chinese), within the user's scope,
/// with personal data masked. Every export is audited.
/// </summary>
internal static class WorkOrderExport
{
    public const int MaxRows = 100_000;

    public static async Task<IResult> ExportAsync([AsParameters] WorkOrderFilter filter, HttpContext http, MinshengDbContext db,
        WorkOrderFilters filters, CurrentUser user, ReferenceData referenceData, AuditLog audit, CancellationToken ct)
    {
        var (orders, errors) = await filters.ApplyAsync(db.WorkOrders.AsNoTracking(), filter, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "查询条件有误");
        }

        var refs = await referenceData.GetAsync(ct);
        var offset = TimeSpan.FromHours(8);
        await audit.WriteAsync("export", "work-orders", $"status={filter.Status};unit={filter.Unit};q-length={filter.Q?.Length ?? 0}",
            cancellationToken: ct);

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"work-orders.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteLineAsync("编号,类型,紧急程度,状态,标题,分类,区域,主办单位,诉求人,电话,受理时间,签收时限,办结时限");
        await foreach (var order in orders.Take(MaxRows).AsAsyncEnumerable().WithCancellation(ct))
        {
            var view = PersonalDataViews.For(user, order);
            var requester = WorkOrderMapping.Requester(order.Requester, view);
            await writer.WriteLineAsync(string.Join(',',
                Csv(order.Number),
                Csv(WorkOrderNames.Of(order.Kind)),
                Csv(order.Urgency.ToString()),
                Csv(WorkOrderNames.Of(order.Status)),
                Csv(WorkOrderMapping.Text(order.Title, view)),
                Csv(refs.Category(order.CategoryId)?.Name),
                Csv(refs.Region(order.RegionId)?.Name),
                Csv(refs.Unit(order.LeadUnitId)?.Name),
                Csv(requester.Name),
                Csv(requester.Phone),
                Csv(Local(order.RegisteredAt, offset)),
                Csv(Local(order.AcceptBy, offset)),
                Csv(Local(order.ReplyBy, offset))));
        }

        await writer.FlushAsync(ct);
        return TypedResults.Empty;
    }

    private static string? Local(DateTime? utc, TimeSpan offset) =>
        utc is { } value ? (value + offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null;

    /// <summary>RFC 4180 quoting; a leading = + - @ is neutralised so a cell is never run as a formula.</summary>
    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
