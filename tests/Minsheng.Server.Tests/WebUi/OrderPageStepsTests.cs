using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WebUi;

/// <summary>The order page as rendered: the next step open on top, the rest folded, destructive ones apart, no 版本.</summary>
public sealed partial class OrderPageStepsTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_handler_sees_the_next_step_first_and_the_destructive_ones_folded_and_distinct(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        using var handler = app.ClientAs("handler_town1");
        var me = await handler.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/auth/me", UriKind.Relative));
        var admin = new WorkOrderApi(app.Client());
        var order = await admin.RegisterAsync(WorkOrderApi.Complaint());
        await admin.ActAsync(order.Id, "dispatch", new { unitCode = me.GetProperty("unitCodes")[0].GetString() });

        var page = await handler.GetStringAsync(new Uri($"/orders/{order.Id}", UriKind.Relative));

        var steps = Step().Matches(page).Select(m => (Id: m.Groups["id"].Value, Css: m.Groups["css"].Value, Open: m.Groups["open"].Success)).ToArray();
        Assert.Equal(("accept", "step next", true), steps[0]);
        Assert.Contains(("return", "step destructive", false), steps);
        Assert.All(steps.Skip(1), s => Assert.False(s.Open));
        Assert.Equal(steps.Where(s => s.Css.Contains("destructive", StringComparison.Ordinal)), steps.TakeLast(steps.Count(s => s.Css.Contains("destructive", StringComparison.Ordinal))));
        Assert.Contains("class=\"danger\" id=\"submit-return\">确认退单</button>", page, StringComparison.Ordinal);
        Assert.Contains("class=\"badge status status-dispatched\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("版本", page, StringComparison.Ordinal);
        Assert.Contains("name=\"a.Version\"", page, StringComparison.Ordinal); // the form still sends the version it saw
    }

    [GeneratedRegex("<details class=\"(?<css>[^\"]*)\" id=\"step-(?<id>[a-z-]+)\"(?<open> open)?")]
    private static partial Regex Step();
}
