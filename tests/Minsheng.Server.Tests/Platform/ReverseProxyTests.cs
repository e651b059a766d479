using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Server.Tests.Accounts;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Platform;

public sealed class ReverseProxyTests
{
    [Fact]
    public async Task Behind_a_known_proxy_the_client_address_is_the_forwarded_one_and_nobody_else_can_claim_one()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite, settings: new Dictionary<string, string>
        {
            ["ReverseProxy:KnownProxies:0"] = "10.0.0.5",
        });

        await FailSignInAsync(app, from: "10.0.0.5", forwardedFor: "203.0.113.7", user: "via-proxy");
        await FailSignInAsync(app, from: "198.51.100.9", forwardedFor: "203.0.113.8", user: "direct");

        Assert.Equal("203.0.113.7", IpOf(Assert.Single(await AccountsTestData.AuditAsync(app, "action=sign-in-failed&actor=via-proxy"))));
        Assert.Equal("198.51.100.9", IpOf(Assert.Single(await AccountsTestData.AuditAsync(app, "action=sign-in-failed&actor=direct"))));
    }

    [Fact]
    public async Task Without_proxies_configured_the_header_is_ignored()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);

        await FailSignInAsync(app, from: "10.0.0.5", forwardedFor: "203.0.113.7", user: "claims-an-address");

        Assert.Equal("10.0.0.5", IpOf(Assert.Single(await AccountsTestData.AuditAsync(app, "action=sign-in-failed&actor=claims-an-address"))));
    }

    /// <summary>A failed sign-in (audited with the client's address) arriving from <paramref name="from"/>.</summary>
    private static async Task FailSignInAsync(MinshengApp app, string from, string forwardedFor, string user)
    {
        using var client = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ConnectionFrom(from))))
            .CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/token")
        {
            Content = JsonContent.Create(new { userName = user, password = "wrong-password-1" }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, await WorkOrderApi.Describe(response));
    }

    /// <summary>The test server has no network connection: this gives each request the address it would come from.</summary>
    private sealed class ConnectionFrom(string address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return following(context);
            });
            next(app);
        };
    }

    private static string? IpOf(System.Text.Json.JsonElement entry) => entry.GetProperty("ipAddress").GetString();
}
