using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WebUi;

/// <summary>
/// What the intake page's script asks while the operator types: the matches of a region or category box (the rule the
/// form's post resolves with) and the caller's earlier orders as the panel's HTML; only the page's users may ask.
/// </summary>
public sealed class IntakePageEndpointTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_boxes_are_offered_what_the_typed_text_matches(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        using var operatorClient = app.ClientAs("operator01");

        var category = await SuggestAsync(operatorClient, "category", "ldbl");
        Assert.Equal(["020202"], category.Select(c => c.GetProperty("code").GetString()));
        Assert.Equal("城市管理 › 市政设施 › 路灯不亮", category[0].GetProperty("label").GetString());
        Assert.Equal("ldbl · 020202", category[0].GetProperty("hint").GetString());

        var village = await SuggestAsync(operatorClient, "region", "nmsq"); // 南门社区 by its initials
        Assert.Equal(["溪城街道 › 南门社区"], village.Select(r => r.GetProperty("label").GetString()));

        var several = await SuggestAsync(operatorClient, "region", "白沙");
        Assert.True(several.Length > 1);
        Assert.Equal("白沙镇", several[0].GetProperty("label").GetString()); // its own name starts with the text: first

        Assert.Empty(await SuggestAsync(operatorClient, "region", "qqqq"));
        Assert.Empty(await SuggestAsync(operatorClient, "category", ""));

        var badField = await operatorClient.GetAsync(new Uri("/intake/suggestions?field=unit&q=a", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, badField.StatusCode);
        Assert.Equal(["field"], await WorkOrderApi.ErrorFieldsAsync(badField));

        using var handler = app.ClientAs("handler_town1"); // a unit's handler does not take calls
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.GetAsync(new Uri("/intake/suggestions?field=region&q=b", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_caller_lookup_renders_the_numbers_earlier_orders(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var order = await new WorkOrderApi(app.Client()).RegisterAsync(WorkOrderApi.Complaint()); // phone 13812345678
        using var operatorClient = app.ClientAs("operator01");

        var panel = await CallerHistoryAsync(operatorClient, "13812345678");
        Assert.StartsWith("<div id=\"caller-history\"", panel.Trim(), StringComparison.Ordinal);
        Assert.Contains($"href=\"orders/{order.Id}\"", panel, StringComparison.Ordinal);
        Assert.Contains("该号码共有 1 张工单", panel, StringComparison.Ordinal);

        var unknown = await CallerHistoryAsync(operatorClient, "13000000000");
        Assert.Contains("id=\"history-empty\"", unknown, StringComparison.Ordinal);
        var blank = await CallerHistoryAsync(operatorClient, "");
        Assert.Contains("请先输入联系电话。", blank, StringComparison.Ordinal);

        using var handler = app.ClientAs("handler_town1");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await SendCallerHistoryAsync(handler, "13812345678")).StatusCode);
    }

    private static async Task<string> CallerHistoryAsync(HttpClient client, string phone)
    {
        var response = await SendCallerHistoryAsync(client, phone);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<HttpResponseMessage> SendCallerHistoryAsync(HttpClient client, string phone)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/intake/caller-history", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("X-Caller-Phone", phone);
        return client.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_timeline_names_each_actor_by_display_name(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var order = await new WorkOrderApi(app.ClientAs("operator01")).RegisterAsync(WorkOrderApi.Complaint());

        var read = await new WorkOrderApi(app.ClientAs("dispatcher01")).GetAsync(order.Id);

        var registered = Assert.Single(read.Events!);
        Assert.Equal("operator01", registered.Actor);
        Assert.Equal("话务员 小陈", registered.ActorName);
    }

    private static async Task<JsonElement[]> SuggestAsync(HttpClient client, string field, string typed)
    {
        var body = await client.GetFromJsonAsync<JsonElement>(
            new Uri($"/intake/suggestions?field={field}&q={Uri.EscapeDataString(typed)}", UriKind.Relative));
        return body.GetProperty("items").EnumerateArray().ToArray();
    }
}
