using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

/// <summary>The order list's search box finds a 受理编号 by all or its end, and a requester by the end of their phone
/// for the staff who may see personal data only.</summary>
public sealed class SearchByNumberAndPhoneTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Search_ByOrderNumber_FindsTheOrder_WholeOrByItsEnd(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var first = await api.RegisterAsync(Order("自来水停水三天", "和平路片区已经停水，没有任何通知。", "13900000001"));
        var second = await api.RegisterAsync(Order("路灯不亮", "和平路口的路灯晚上不亮，行人看不清。", "13900000002"));
        await api.RegisterAsync(Order("噪音扰民", "工地夜间施工，吵得睡不着。", "13900000003"));
        Assert.Equal("20260302-000002", second.Number); // what the entries below are spelled from

        foreach (var entry in new[] { "20260302-000002", " 20260302-000002 ", "20260302000002", "000002", "2", "0302-2", "302-000002", "２０２６０３０２－０００００２" })
        {
            var found = (await api.ListAsync("q=" + Uri.EscapeDataString(entry))).Items.Select(o => o.Number).ToArray();
            Assert.True(found.SequenceEqual([second.Number]), $"「{entry}」 found [{string.Join(", ", found)}], not {second.Number} alone");
        }

        Assert.Equal([first.Id], (await api.ListAsync("q=1")).Items.Select(o => o.Id));
        Assert.Empty((await api.ListAsync("q=20260303-000002")).Items); // another day's counter 2
        Assert.Empty((await api.ListAsync("q=000009")).Items);
        // Words still work as before, and a number does not stop other filters from applying.
        Assert.Equal([second.Id], (await api.ListAsync("q=路灯")).Items.Select(o => o.Id));
        Assert.Empty((await api.ListAsync("q=000002&status=dispatched")).Items);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Search_ByPhoneEnd_FindsTheRequestersOrders_ForStaffWhoMaySeePersonalData(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var mobile = await api.RegisterAsync(Order("小区楼下烧烤店油烟扰民", "每晚油烟很大。", "13812345678"));
        var landline = await api.RegisterAsync(Order("自来水停水三天", "和平路片区已经停水。", "0571-8888 5678"));
        await api.RegisterAsync(Order("路灯不亮", "和平路口的路灯不亮。", "13900001234"));

        var operatorApi = new WorkOrderApi(app.ClientAs("operator01"));
        Assert.Equal([landline.Id, mobile.Id], (await operatorApi.ListAsync("q=5678")).Items.Select(o => o.Id));
        Assert.Equal([mobile.Id], (await operatorApi.ListAsync("q=12345678")).Items.Select(o => o.Id));
        // Whole numbers are found too (NumberSearchTermsTests), but a whole number in a URL would reach the request log.
        Assert.Equal([landline.Id], (await operatorApi.ListAsync("q=" + Uri.EscapeDataString("8888-5678"))).Items.Select(o => o.Id));
        Assert.Empty((await operatorApi.ListAsync("q=678")).Items); // fewer than four digits is no phone (and no order's counter)
        Assert.Equal([landline.Id, mobile.Id], (await new WorkOrderApi(app.ClientAs("supervisor01")).ListAsync("q=5678")).Items.Select(o => o.Id));

        // The analyst reads every order but may not see personal data: no phone can be probed through the search.
        var analystApi = new WorkOrderApi(app.ClientAs("analyst01"));
        Assert.Equal(3, (await analystApi.ListAsync("")).Total);
        Assert.Empty((await analystApi.ListAsync("q=5678")).Items);
        Assert.Empty((await analystApi.ListAsync("q=12345678")).Items);
        Assert.Equal([mobile.Id], (await analystApi.ListAsync("q=000001")).Items.Select(o => o.Id)); // numbers they may search
    }

    private static object Order(string title, string content, string phone) => new
    {
        kind = "complaint",
        channel = "phone",
        urgency = "normal",
        title,
        content,
        requester = new { name = "王女士", phone },
    };
}
