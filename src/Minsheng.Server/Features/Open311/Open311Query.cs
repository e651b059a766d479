namespace Minsheng.Server.Features.Open311;

/// <summary>
/// The time window and paging of GET requests and GET servicerequestupdates. The spec: a window "may not span
/// more than 90 days" and defaults to the most recent 90 days; at most 1000 requests per response. Paging
/// (<c>page</c>, <c>page_size</c>) is the extension most servers in the wild add.
/// </summary>
internal sealed record Open311Query(DateTime FromUtc, DateTime ToUtcExclusive, int Page, int PageSize)
{
    public const int MaxSpanDays = 90;
    public const int MaxResults = 1000;
    public const int MaxPage = 100_000;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>Reads start_date, end_date, page and page_size; adds a description per mistake to <paramref name="errors"/>.</summary>
    public static Open311Query? Read(IQueryCollection query, DateTime nowUtc, List<string> errors)
    {
        var span = TimeSpan.FromDays(MaxSpanDays);
        var start = Date(query, "start_date", errors);
        var end = Date(query, "end_date", errors);
        var page = Number(query, "page", 1, MaxPage, 1, errors);
        var pageSize = Number(query, "page_size", 1, MaxResults, MaxResults, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        var (from, to) = (start, end) switch
        {
            ({ } s, { } e) => (s, e),
            ({ } s, null) => (s, s + span),
            (null, { } e) => (e - span, e),
            _ => (nowUtc - span, nowUtc),
        };
        if (from > to)
        {
            errors.Add("start_date 不能晚于 end_date。");
        }
        else if (to - from > span)
        {
            errors.Add($"start_date 与 end_date 的跨度不能超过 {MaxSpanDays} 天。");
        }

        // end_date counts to the end of its second: what a client read as requested_datetime is inside.
        return errors.Count > 0 ? null : new Open311Query(from, to.AddSeconds(1), page, pageSize);
    }

    private static DateTime? Date(IQueryCollection query, string name, List<string> errors)
    {
        var text = Open311Input.Single(query[name]);
        if (text is null)
        {
            return null;
        }

        if (Open311Dates.TryParse(text, out var utc))
        {
            return utc;
        }

        errors.Add($"{name} 格式有误：应为 W3C 日期时间，如 2026-03-01T00:00:00+08:00 或 2026-03-01T00:00:00Z。");
        return null;
    }

    private static int Number(IQueryCollection query, string name, int min, int max, int fallback, List<string> errors)
    {
        var text = Open311Input.Single(query[name]);
        if (text is null)
        {
            return fallback;
        }

        if (Open311Input.TryInt(text, min, max, out var value))
        {
            return value;
        }

        errors.Add($"{name} 应为 {min} 到 {max} 之间的整数。");
        return fallback;
    }
}
