using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Tests.Accounts;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

/// <summary>
/// 协办: an order dispatched to township 1 with township 2 assisting. Township 2 reads it everywhere orders are read
/// and gives its opinion to the lead unit, but cannot handle it; a unit not named sees nothing.
/// </summary>
public sealed class AssistingUnitTests
{
    private const string Opinion = "我镇已派员到交界处核查，积水源头在我镇一侧的排水沟，已安排清淤。";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_assisting_unit_reads_the_order_and_gives_its_opinion_but_cannot_handle_it(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var (lead, assisting) = await TwoTownshipsAsync(app);
        var admin = new WorkOrderApi(app.Client());
        var leadHandler = new WorkOrderApi(app.ClientAs("handler_town1"));
        var assistingHandler = new WorkOrderApi(app.ClientAs("handler_town2"));
        var order = await admin.RegisterAsync(WorkOrderApi.Complaint("两镇交界路口积水", "两镇交界的路口下雨后积水严重，行人无法通行。"));
        var dispatched = await admin.ActAsync(order.Id, "dispatch", new { unitCode = lead.Code, assistingUnitCodes = new[] { assisting.Code } });
        Assert.Equal([assisting.Code], dispatched.AssistingUnits.Select(u => u.Code));

        // Read: the order itself, the list, full-text search and the export.
        Assert.Equal(order.Id, (await assistingHandler.GetAsync(order.Id)).Id);
        Assert.Contains(order.Id, (await assistingHandler.ListAsync("pageSize=100")).Items.Select(o => o.Id));
        Assert.Contains(order.Id, (await assistingHandler.ListAsync("q=" + Uri.EscapeDataString("交界"))).Items.Select(o => o.Id));
        Assert.Contains(order.Number, await assistingHandler.Client.GetStringAsync("/api/v1/work-orders/export"), StringComparison.Ordinal);

        // Handling is the lead unit's: to the assisting unit the order is not there to accept.
        Assert.Equal(HttpStatusCode.NotFound, (await assistingHandler.PostActionAsync(order.Id, "accept", new { })).StatusCode);
        var accepted = await leadHandler.ActAsync(order.Id, "accept", new { });
        Assert.Equal(HttpStatusCode.NotFound, (await assistingHandler.PostActionAsync(order.Id, "reply", new { answer = "已处理。" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await assistingHandler.PostActionAsync(order.Id, "return", new { reason = "不归我镇。" })).StatusCode);

        var after = await assistingHandler.ActAsync(order.Id, "assist-opinion", new { opinion = Opinion, version = accepted.Version });

        Assert.Equal("accepted", after.Status);
        Assert.Equal(accepted.Version + 1, after.Version);
        var e = after.Events![^1];
        Assert.Equal("assist-opinion", e.Action);
        Assert.Equal("协办意见", e.ActionName);
        Assert.Equal(assisting.Code, e.FromUnit!.Code);
        Assert.Equal(lead.Code, e.ToUnit!.Code);
        Assert.Equal(Opinion, e.Comment);
        Assert.Equal("handler_town2", e.Actor);
        Assert.Equal(lead.Code, after.LeadUnit!.Code);
        Assert.Equal(accepted.Deadlines.ReplyBy, after.Deadlines.ReplyBy);

        // The lead unit replies to the citizen; it is not an assisting unit of its own order.
        var notAssisting = await leadHandler.PostActionAsync(order.Id, "assist-opinion", new { opinion = "补充意见" });
        Assert.Equal(HttpStatusCode.BadRequest, notAssisting.StatusCode);
        Assert.Equal(["unitCode"], await WorkOrderApi.ErrorFieldsAsync(notAssisting));
        var blank = await assistingHandler.PostActionAsync(order.Id, "assist-opinion", new { opinion = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        // Annotation errors carry the C# property name (a known ASP.NET Core validation limitation: dotnet/aspnetcore#61764).
        Assert.Equal("opinion", Assert.Single(await WorkOrderApi.ErrorFieldsAsync(blank)), ignoreCase: true);
        var stale = await assistingHandler.PostActionAsync(order.Id, "assist-opinion", new { opinion = "再补充", version = accepted.Version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // A unit not named sees nothing; the hotline's roles do not give opinions for a unit.
        var department = new WorkOrderApi(app.ClientAs("handler01"));
        Assert.Equal(HttpStatusCode.NotFound, (await department.Client.GetAsync($"/api/v1/work-orders/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await department.PostActionAsync(order.Id, "assist-opinion", new { opinion = "意见" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await new WorkOrderApi(app.ClientAs("dispatcher01")).PostActionAsync(order.Id, "assist-opinion", new { opinion = "意见" })).StatusCode);

        // Once answered, the opinion is closed; nothing changes.
        var replied = await leadHandler.ActAsync(order.Id, "reply", new { answer = "已会同白沙镇完成清淤，路口积水已消除。" });
        Assert.Equal(HttpStatusCode.Conflict, (await assistingHandler.PostActionAsync(order.Id, "assist-opinion", new { opinion = "意见" })).StatusCode);
        Assert.Equal(replied.Version, (await admin.GetAsync(order.Id)).Version);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_redispatch_that_drops_the_assisting_unit_takes_the_order_out_of_its_sight(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var (lead, assisting) = await TwoTownshipsAsync(app);
        var admin = new WorkOrderApi(app.Client());
        var order = await admin.RegisterAsync(WorkOrderApi.Complaint());
        await admin.ActAsync(order.Id, "dispatch", new { unitCode = assisting.Code, assistingUnitCodes = new[] { lead.Code } });
        var leadHandler = new WorkOrderApi(app.ClientAs("handler_town1"));
        Assert.Equal(order.Id, (await leadHandler.GetAsync(order.Id)).Id);

        await admin.ActAsync(order.Id, "dispatch", new
        {
            unitCode = (await AccountsTestData.TownshipsAsync(app))[2].Code,
            assistingUnitCodes = Array.Empty<string>(),
        });

        Assert.Equal(HttpStatusCode.NotFound, (await leadHandler.Client.GetAsync($"/api/v1/work-orders/{order.Id}")).StatusCode);
        Assert.DoesNotContain(order.Id, (await leadHandler.ListAsync("pageSize=100")).Items.Select(o => o.Id));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Handing_the_order_down_keeps_the_assisting_units_unless_the_dispatch_names_others(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var (lead, assisting) = await TwoTownshipsAsync(app);
        var units = (await app.Client().GetFromJsonAsync<UnitDto[]>("/api/v1/units", MinshengApp.Json))!;
        var village = units.Where(u => u.ParentCode == lead.Code).OrderBy(u => u.Code, StringComparer.Ordinal).First();
        var admin = new WorkOrderApi(app.Client());
        var order = await admin.RegisterAsync(WorkOrderApi.Complaint());
        await admin.ActAsync(order.Id, "dispatch", new { unitCode = lead.Code, assistingUnitCodes = new[] { assisting.Code } });

        // The township hands it to its village (转派 without a word on 协办): township 2 still assists.
        var down = await new WorkOrderApi(app.ClientAs("handler_town1")).ActAsync(order.Id, "dispatch", new { unitCode = village.Code });
        Assert.Equal(village.Code, down.LeadUnit!.Code);
        Assert.Equal([assisting.Code], down.AssistingUnits.Select(u => u.Code));
        Assert.Equal(order.Id, (await new WorkOrderApi(app.ClientAs("handler_town2")).GetAsync(order.Id)).Id);

        // The hotline's 转派 with an empty list clears them.
        var cleared = await admin.ActAsync(order.Id, "dispatch", new { unitCode = lead.Code, assistingUnitCodes = Array.Empty<string>() });
        Assert.Empty(cleared.AssistingUnits);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_assisting_units_workbench_and_order_page_offer_the_opinion_and_nothing_else(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var (lead, assisting) = await TwoTownshipsAsync(app);
        var admin = new WorkOrderApi(app.Client());
        var order = await admin.RegisterAsync(WorkOrderApi.Complaint("两镇交界路灯不亮", "两镇交界处的路灯连续一周不亮。"));
        await admin.ActAsync(order.Id, "dispatch", new { unitCode = lead.Code, assistingUnitCodes = new[] { assisting.Code } });
        var browser = await SignedInBrowserAsync(app, "handler_town2");

        var assistingQueue = await browser.GetStringAsync("/workbench?queue=assisting");
        Assert.Contains($"id=\"assist-{order.Id}\"", assistingQueue, StringComparison.Ordinal);
        Assert.Contains(order.Number, assistingQueue, StringComparison.Ordinal);
        var toAccept = await browser.GetStringAsync("/workbench?queue=to-accept");
        Assert.DoesNotContain(order.Number, toAccept, StringComparison.Ordinal);

        var page = await browser.GetStringAsync($"/orders/{order.Id}");
        Assert.Contains("id=\"form-assist-opinion\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"form-accept\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"form-return\"", page, StringComparison.Ordinal);

        var leadPage = await (await SignedInBrowserAsync(app, "handler_town1")).GetStringAsync($"/orders/{order.Id}");
        Assert.Contains("id=\"form-accept\"", leadPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"form-assist-opinion\"", leadPage, StringComparison.Ordinal);
    }

    /// <summary>The first two demo townships: handler_town1 belongs to the first, handler_town2 to the second.</summary>
    private static async Task<(UnitDto Lead, UnitDto Assisting)> TwoTownshipsAsync(MinshengApp app)
    {
        var townships = await AccountsTestData.TownshipsAsync(app);
        return (townships[0], townships[1]);
    }

    private static async Task<HttpClient> SignedInBrowserAsync(MinshengApp app, string userName)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var login = await browser.PostAsJsonAsync("/api/v1/auth/login", new { userName, password = MinshengApp.DemoPassword });
        Assert.True(login.IsSuccessStatusCode, await WorkOrderApi.Describe(login));
        return browser;
    }
}
