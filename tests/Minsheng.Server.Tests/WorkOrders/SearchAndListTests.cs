using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

public sealed class SearchAndListTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Search_ChineseWordInContent_FindsTheOrder(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var bbq = await api.RegisterAsync(WorkOrderApi.Complaint());
        var water = await api.RegisterAsync(WorkOrderApi.Complaint("自来水停水三天", "和平路片区已经停水三天，没有任何通知，老人做饭都成问题。"));

        Assert.Equal([bbq.Id], (await api.ListAsync("q=油烟")).Items.Select(o => o.Id));
        Assert.Equal([water.Id], (await api.ListAsync("q=停水")).Items.Select(o => o.Id));
        Assert.Equal([bbq.Id], (await api.ListAsync("q=烧烤店 扰民")).Items.Select(o => o.Id));
        Assert.Equal([water.Id], (await api.ListAsync("q=" + Uri.EscapeDataString("老人做饭"))).Items.Select(o => o.Id));
        Assert.Empty((await api.ListAsync("q=噪音施工")).Items);
        // Query syntax of either engine is not interpreted: this is just words that match nothing.
        Assert.Empty((await api.ListAsync("q=" + Uri.EscapeDataString("\"*) OR 1=1 -- '&|!"))).Items);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task List_FiltersByStatusKindUnitAndDate_AndPages(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var unit = await WorkOrderLifecycleTests.FirstDepartmentCodeAsync(api);
        for (var i = 0; i < 5; i++)
        {
            await api.RegisterAsync(WorkOrderApi.Complaint());
        }

        var help = await api.RegisterAsync(new { kind = "help", title = "独居老人需要帮助", content = "邻居独居老人行动不便，希望社区上门看看。" });
        await api.ActAsync(help.Id, "dispatch", new { unitCode = unit });
        app.Clock.Advance(TimeSpan.FromDays(2));
        await api.RegisterAsync(WorkOrderApi.Complaint());

        Assert.Equal(7, (await api.ListAsync("")).Total);
        Assert.Equal([help.Id], (await api.ListAsync("status=dispatched")).Items.Select(o => o.Id));
        Assert.Equal(6, (await api.ListAsync("status=registered,dispatched&kind=complaint")).Total);
        Assert.Equal([help.Id], (await api.ListAsync($"unit={unit}")).Items.Select(o => o.Id));
        Assert.Equal(6, (await api.ListAsync("from=2026-03-01&to=2026-03-02")).Total);
        Assert.Equal(1, (await api.ListAsync("from=2026-03-04")).Total);

        var page1 = await api.ListAsync("pageSize=3&page=1&sort=registeredAt");
        var page3 = await api.ListAsync("pageSize=3&page=3&sort=registeredAt");
        Assert.Equal(3, page1.Items.Count);
        Assert.Single(page3.Items);
        Assert.True(page1.Items[0].RegisteredAt <= page3.Items[0].RegisteredAt);
    }
}
