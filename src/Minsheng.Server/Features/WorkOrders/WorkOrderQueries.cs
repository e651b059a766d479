using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>The order page (detail with timeline) and the order list (filters, full text, paging).</summary>
internal static class WorkOrderQueries
{
    public const int MaxPageSize = 200;

    public static async Task<IResult> GetAsync(long id, HttpContext http, MinshengDbContext db, ReferenceData referenceData, TimeProvider time, CancellationToken ct)
    {
        var order = await db.WorkOrders.AsNoTracking().Include(w => w.Events).FirstOrDefaultAsync(w => w.Id == id, ct);
        if (order is null)
        {
            return WorkOrderResults.NotFound(id);
        }

        var mergedInto = order.MergedIntoId is { } target
            ? await db.WorkOrders.Where(w => w.Id == target).Select(w => w.Number).FirstOrDefaultAsync(ct)
            : null;
        var refs = await referenceData.GetAsync(ct);
        http.Response.Headers.ETag = WorkOrderResults.ETag(order.Version);
        return TypedResults.Ok(order.ToDto(refs, time.GetUtcNow().UtcDateTime, mergedInto, includeEvents: true));
    }

    public static async Task<Results<Ok<PageDto<WorkOrderSummaryDto>>, ValidationProblem>> ListAsync(
        string? status, string? unit, string? category, string? region, string? kind, string? from, string? to,
        string? q, string? page, string? pageSize, string? sort,
        MinshengDbContext db, ReferenceData referenceData, CalendarProvider calendars, WorkOrderTextSearch search, TimeProvider time,
        CancellationToken ct)
    {
        var refs = await referenceData.GetAsync(ct);
        var errors = new Dictionary<string, string[]>();
        IQueryable<WorkOrder> orders = db.WorkOrders.AsNoTracking();

        if (!string.IsNullOrWhiteSpace(status))
        {
            var statuses = ParseList<WorkOrderStatus>(status, "status", "状态", errors);
            orders = orders.Where(w => statuses.Contains(w.Status));
        }

        if (!string.IsNullOrWhiteSpace(kind))
        {
            var kinds = ParseList<RequestKind>(kind, "kind", "诉求类型", errors);
            orders = orders.Where(w => kinds.Contains(w.Kind));
        }

        if (!string.IsNullOrWhiteSpace(unit))
        {
            if (refs.UnitByCode(unit) is { } u)
            {
                // A unit's list includes the orders of the units below it (a township and its villages).
                var ids = refs.UnitSubtree(u.Id);
                orders = orders.Where(w => w.LeadUnitId != null && ids.Contains(w.LeadUnitId.Value));
            }
            else
            {
                errors["unit"] = [$"未知的承办单位代码 {unit}。"];
            }
        }

        if (!string.IsNullOrWhiteSpace(category))
        {
            if (refs.CategoryByCode(category) is { } c)
            {
                var ids = refs.CategorySubtree(c.Id);
                orders = orders.Where(w => w.CategoryId != null && ids.Contains(w.CategoryId.Value));
            }
            else
            {
                errors["category"] = [$"未知的诉求分类代码 {category}。"];
            }
        }

        if (!string.IsNullOrWhiteSpace(region))
        {
            if (refs.RegionByCode(region) is { } r)
            {
                var ids = refs.RegionSubtree(r.Id);
                orders = orders.Where(w => w.RegionId != null && ids.Contains(w.RegionId.Value));
            }
            else
            {
                errors["region"] = [$"未知的行政区划代码 {region}。"];
            }
        }

        var calendar = (await calendars.GetAsync(ct)).UtcOffset;
        if (ParseDate(from, "from", errors, calendar) is { } fromUtc)
        {
            orders = orders.Where(w => w.RegisteredAt >= fromUtc);
        }

        if (ParseDate(to, "to", errors, calendar, endOfDay: true) is { } toUtc)
        {
            orders = orders.Where(w => w.RegisteredAt < toUtc);
        }

        var pageNumber = ParseInt(page, "page", 1, 1, int.MaxValue, errors);
        var size = ParseInt(pageSize, "pageSize", 20, 1, MaxPageSize, errors);

        if (!string.IsNullOrWhiteSpace(q))
        {
            if (q.Length > 200)
            {
                errors["q"] = ["搜索词不能超过 200 字。"];
            }
            else
            {
                orders = search.Filter(orders, q);
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "查询条件有误");
        }

        orders = (sort ?? "-registeredAt") switch
        {
            "registeredAt" => orders.OrderBy(w => w.RegisteredAt).ThenBy(w => w.Id),
            "replyBy" => orders.OrderBy(w => w.ReplyBy == null).ThenBy(w => w.ReplyBy).ThenBy(w => w.Id),
            "-replyBy" => orders.OrderByDescending(w => w.ReplyBy).ThenByDescending(w => w.Id),
            "number" => orders.OrderBy(w => w.Number),
            "-number" => orders.OrderByDescending(w => w.Number),
            "-registeredAt" => orders.OrderByDescending(w => w.RegisteredAt).ThenByDescending(w => w.Id),
            _ => throw new DomainRuleException("sort", $"不支持的排序方式 {sort}。"),
        };

        var total = await orders.CountAsync(ct);
        var items = await orders.Skip((pageNumber - 1) * size).Take(size).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new PageDto<WorkOrderSummaryDto>(items.Select(w => w.ToSummary(refs, now)).ToArray(), pageNumber, size, total));
    }

    private static TEnum[] ParseList<TEnum>(string text, string field, string label, Dictionary<string, string[]> errors)
        where TEnum : struct, Enum
    {
        var values = new List<TEnum>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (JsonNames.TryParse<TEnum>(part, out var value))
            {
                values.Add(value);
            }
            else
            {
                errors[field] = [$"未知的{label} {part}。可选值：{string.Join(", ", Enum.GetValues<TEnum>().Select(v => JsonNames.Of(v)))}。"];
            }
        }

        return values.ToArray();
    }

    private static DateTime? ParseDate(string? text, string field, Dictionary<string, string[]> errors, TimeSpan offset, bool endOfDay = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var local = date.ToDateTime(TimeOnly.MinValue);
            if (endOfDay)
            {
                local = local.AddDays(1);
            }

            return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        }

        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant.UtcDateTime;
        }

        errors[field] = ["日期格式应为 yyyy-MM-dd 或 ISO 8601 时间。"];
        return null;
    }

    private static int ParseInt(string? text, string field, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[field] = [string.Create(CultureInfo.InvariantCulture, $"{field} 应为 {min} 到 {max} 之间的整数。")];
        return fallback;
    }
}
