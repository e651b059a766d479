using System.Globalization;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// Turns a <see cref="WorkOrderFilter"/> into a query: the user's data scope first (what they may read, including the
/// orders their units assist, unless only the ones they handle are asked for), then every filter, then the sort.
/// </summary>
internal sealed class WorkOrderFilters(
    ReferenceData referenceData, CalendarProvider calendars, WorkOrderTextSearch search, CurrentUser user, TimeProvider time)
{
    public async Task<(IQueryable<WorkOrder> Orders, Dictionary<string, string[]> Errors)> ApplyAsync(
        IQueryable<WorkOrder> orders, WorkOrderFilter filter, CancellationToken ct, bool handledOnly = false)
    {
        var refs = await referenceData.GetAsync(ct);
        var errors = new Dictionary<string, string[]>();
        var scope = await user.GetScopeAsync(ct);
        orders = handledOnly ? scope.Apply(orders) : scope.ApplyForReading(orders);

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            var statuses = ParseList<WorkOrderStatus>(filter.Status, "status", "状态", errors);
            orders = orders.Where(w => statuses.Contains(w.Status));
        }

        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            var kinds = ParseList<RequestKind>(filter.Kind, "kind", "诉求类型", errors);
            orders = orders.Where(w => kinds.Contains(w.Kind));
        }

        if (!string.IsNullOrWhiteSpace(filter.Unit))
        {
            if (refs.UnitByCode(filter.Unit) is { } u)
            {
                // A unit's list includes the orders of the units below it (a township and its villages).
                var ids = refs.UnitSubtree(u.Id);
                orders = orders.Where(w => w.LeadUnitId != null && ids.Contains(w.LeadUnitId.Value));
            }
            else
            {
                errors["unit"] = [$"未知的承办单位代码 {filter.Unit}。"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            if (refs.CategoryByCode(filter.Category) is { } c)
            {
                var ids = refs.CategorySubtree(c.Id);
                orders = orders.Where(w => w.CategoryId != null && ids.Contains(w.CategoryId.Value));
            }
            else
            {
                errors["category"] = [$"未知的诉求分类代码 {filter.Category}。"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            if (refs.RegionByCode(filter.Region) is { } r)
            {
                var ids = refs.RegionSubtree(r.Id);
                orders = orders.Where(w => w.RegionId != null && ids.Contains(w.RegionId.Value));
            }
            else
            {
                errors["region"] = [$"未知的行政区划代码 {filter.Region}。"];
            }
        }

        var offset = (await calendars.GetAsync(ct)).UtcOffset;
        if (ParseDate(filter.From, "from", errors, offset) is { } fromUtc)
        {
            orders = orders.Where(w => w.RegisteredAt >= fromUtc);
        }

        if (ParseDate(filter.To, "to", errors, offset, endOfDay: true) is { } toUtc)
        {
            orders = orders.Where(w => w.RegisteredAt < toUtc);
        }

        if (!string.IsNullOrWhiteSpace(filter.Deadline))
        {
            var clock = await calendars.NowAsync(time, ct);
            switch (filter.Deadline.Trim())
            {
                case "overdue":
                    orders = orders.Where(DeadlineRule.Overdue(clock.Now));
                    break;
                case "due-soon":
                    orders = orders.Where(DeadlineRule.DueSoon(clock));
                    break;
                default:
                    errors["deadline"] = [$"不支持的时限筛选 {filter.Deadline}。可选：overdue, due-soon。"];
                    break;
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            if (filter.Q.Length > 200)
            {
                errors["q"] = ["搜索词不能超过 200 字。"];
            }
            else
            {
                orders = search.Filter(orders, filter.Q, searchPhones: user.CanSeePersonalData);
            }
        }

        switch (filter.Sort ?? "-registeredAt")
        {
            case "registeredAt":
                orders = orders.OrderBy(w => w.RegisteredAt).ThenBy(w => w.Id);
                break;
            case "-registeredAt":
                orders = orders.OrderByDescending(w => w.RegisteredAt).ThenByDescending(w => w.Id);
                break;
            case "replyBy":
                orders = orders.OrderBy(w => w.ReplyBy == null).ThenBy(w => w.ReplyBy).ThenBy(w => w.Id);
                break;
            case "-replyBy":
                orders = orders.OrderByDescending(w => w.ReplyBy).ThenByDescending(w => w.Id);
                break;
            case "number":
                orders = orders.OrderBy(w => w.Number);
                break;
            case "-number":
                orders = orders.OrderByDescending(w => w.Number);
                break;
            default:
                errors["sort"] = [$"不支持的排序方式 {filter.Sort}。可选：registeredAt, -registeredAt, replyBy, -replyBy, number, -number。"];
                break;
        }

        return (orders, errors);
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
}
