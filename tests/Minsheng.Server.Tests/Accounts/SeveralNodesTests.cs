using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Accounts;

/// <summary>Behind a load balancer any node may receive the next request: sign-ins must hold on every node.</summary>
public sealed class SeveralNodesTests
{
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
