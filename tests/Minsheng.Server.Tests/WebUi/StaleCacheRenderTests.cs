using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WebUi;

public sealed class StaleCacheRenderTests
{
    private static readonly string[] Pages =
    [
        "/intake", "/orders", "/workbench", "/admin/users", "/admin/units", "/admin/regions", "/admin/categories",
        "/admin/responsibilities", "/admin/calendar", "/admin/time-limits",
    ];

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_page_renders_while_the_cached_reference_data_reloads(string engine)
    {
        // A static-SSR page renders once while its first await is pending; with the caches expired that await is real,
        // and a page whose fields are still null would fail with a 500.
        await using var app = await MinshengApp.StartAsync(engine);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        var login = await browser.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = MinshengApp.AdminPassword });
        Assert.True(login.IsSuccessStatusCode, await WorkOrderApi.Describe(login));

        foreach (var page in Pages)
        {
            app.Clock.Advance(TimeSpan.FromHours(1));
            var response = await browser.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {await WorkOrderApi.Describe(response)}");
        }
    }
}
