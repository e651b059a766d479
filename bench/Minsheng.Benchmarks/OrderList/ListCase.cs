using System.Globalization;

namespace Minsheng.Benchmarks.OrderList;

/// <summary>One way of opening the first page of the order list: who asks, and with which query string.</summary>
/// <param name="Name">As shown in the results.</param>
/// <param name="UserName">The demo user signed in.</param>
/// <param name="Query">The query string both the page and the API take (the same names), without the '?'.</param>
internal sealed record ListCase(string Name, string UserName, string Query)
{
    /// <summary>Sees the whole jurisdiction.</summary>
    public const string Operator = "operator01";

    public string PageUrl => Query.Length == 0 ? "/orders" : "/orders?" + Query;

    public string ApiUrl => Query.Length == 0 ? "/api/v1/work-orders" : "/api/v1/work-orders?" + Query;

    /// <param name="today">The local date of the run: the demo orders lie in the 60 days before it.</param>
    public static IReadOnlyList<ListCase> All(DateOnly today)
    {
        var from = today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = today.AddDays(-24).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return
        [
            new("no filter, newest first", Operator, string.Empty),
            new("status = accepted", Operator, "status=accepted"),
            new("full text 物业", Operator, "q=" + Uri.EscapeDataString("物业")),
            new("handler01 (one department)", "handler01", string.Empty),
            new("handler_town1 (township + villages)", "handler_town1", string.Empty),
            new("sort by deadline (replyBy)", Operator, "sort=replyBy"),
            new(string.Create(CultureInfo.InvariantCulture, $"registered {from} to {to}"), Operator, $"from={from}&to={to}"),
        ];
    }
}
