using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Minsheng.Core.Calendar;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Platform;

/// <summary>Several nodes on one database behind a load balancer: they start together, and any may take the next request.</summary>
public sealed class SeveralNodesTests
{
    [Fact]
    public async Task Two_nodes_starting_at_once_on_an_empty_database_both_start_and_seed_it_once()
    {
        // PostgreSQL is the engine several nodes share; SQLite is one process's embedded database.
        var (first, second) = await MinshengApp.StartTwoNodesAsync(Engines.Postgres);
        await using var owner = first;
        await using var other = second;

        Assert.Equal("Healthy", await first.AnonymousClient().GetStringAsync("/health"));
        Assert.Equal("Healthy", await second.AnonymousClient().GetStringAsync("/health"));
        Assert.Equal(ChinaHolidays.All.Count(), await first.WithDbAsync(db => db.CalendarDays.CountAsync()));
        Assert.Equal(1, await first.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == "admin")));
        var unitCodes = await first.WithDbAsync(db => db.Units.Select(u => u.Code).ToListAsync());
        Assert.Equal(unitCodes.Count, unitCodes.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_token_and_a_cookie_issued_by_one_node_work_on_another_node_of_the_same_database(string engine)
    {
        await using var first = await MinshengApp.StartAsync(engine);
        var tokenResponse = await first.AnonymousClient().PostAsJsonAsync("/api/v1/auth/token",
            new { userName = "operator01", password = MinshengApp.DemoPassword });
        Assert.True(tokenResponse.IsSuccessStatusCode, await WorkOrderApi.Describe(tokenResponse));
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var browser = first.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        var login = await browser.PostAsJsonAsync("/api/v1/auth/login", new { userName = "operator01", password = MinshengApp.DemoPassword });
        Assert.True(login.IsSuccessStatusCode, await WorkOrderApi.Describe(login));
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        // The key ring lives in the database, not in a folder of one machine.
        Assert.NotEqual(0, await first.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));

        await using var second = first.AnotherNode();
        var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var byToken = await second.AnonymousClient().SendAsync(me);
        Assert.True(byToken.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(byToken));
        Assert.Equal("operator01", (await byToken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userName").GetString());

        var page = new HttpRequestMessage(HttpMethod.Get, "/orders");
        page.Headers.Add("Cookie", cookie);
        var byCookie = await second.AnonymousClient().SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, byCookie.StatusCode); // not a redirect to /login
    }
}
