using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

/// <summary>The order list's sort and paging, and the /orders page itself.</summary>
public sealed class OrderListTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task SortByDeadline_EarliestFirst_OrdersWithoutOneLast_AndPagesFollowTheSameOrder(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var unit = await WorkOrderLifecycleTests.FirstDepartmentCodeAsync(api);
        var ids = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            var order = await api.RegisterAsync(WorkOrderApi.Complaint());
            ids.Add(order.Id);
            if (i % 2 == 0)
            {
                // Dispatched orders get a deadline; registered ones have none yet.
                await api.ActAsync(order.Id, "dispatch", new { unitCode = unit });
            }

            app.Clock.Advance(TimeSpan.FromHours(i % 3 == 0 ? 30 : 2));
        }

        var all = (await api.ListAsync("sort=replyBy&pageSize=50")).Items;
        var paged = new List<long>();
        for (var page = 1; page <= 3; page++)
        {
            paged.AddRange((await api.ListAsync($"sort=replyBy&pageSize=3&page={page}")).Items.Select(o => o.Id));
        }

        Assert.Equal(all.Select(o => o.Id), paged);
        var withDeadline = all.TakeWhile(o => o.ReplyBy is not null).ToArray();
        Assert.Equal(4, withDeadline.Length);
        Assert.Equal(withDeadline.OrderBy(o => o.ReplyBy).ThenBy(o => o.Id).Select(o => o.Id), withDeadline.Select(o => o.Id));
        Assert.Equal(ids.Where((_, i) => i % 2 == 1), all.Skip(4).Select(o => o.Id));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task NewestFirst_PagesAreContiguous(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await api.RegisterAsync(WorkOrderApi.Complaint())).Id);
            app.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        var paged = new List<long>();
        for (var page = 1; page <= 3; page++)
        {
            paged.AddRange((await api.ListAsync($"pageSize=2&page={page}")).Items.Select(o => o.Id));
        }

        Assert.Equal(Enumerable.Reverse(ids), paged);
        Assert.Empty((await api.ListAsync("pageSize=2&page=4")).Items);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task OrdersPage_RendersWhenTheReferenceDataMustBeReloaded(string engine)
    {
        // The reference data is cached for a minute; reloading it awaits the database, and the page used to
        // render once with nothing loaded and fail (500) on PostgreSQL.
        await using var app = await MinshengApp.StartAsync(engine);
        var order = await new WorkOrderApi(app.Client()).RegisterAsync(WorkOrderApi.Complaint());
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var login = await browser.PostAsJsonAsync("/api/v1/auth/login", new { userName = "operator01", password = MinshengApp.DemoPassword });
        Assert.True(login.IsSuccessStatusCode, await WorkOrderApi.Describe(login));

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var response = await browser.GetAsync("/orders");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong id=\"total\">1</strong>", html, StringComparison.Ordinal);
        Assert.Contains(order.Number, html, StringComparison.Ordinal);
    }
}
