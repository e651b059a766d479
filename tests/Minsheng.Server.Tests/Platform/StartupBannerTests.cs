using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Platform;

public sealed class StartupBannerTests
{
    [Fact]
    public async Task Banner_AfterAFirstStartWithoutAConfiguredPassword_ShowsTheGeneratedAdminPasswordThatSignsIn()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite, settings: new Dictionary<string, string> { ["Bootstrap:AdminPassword"] = "" });

        var banner = Banner(app);

        var password = app.Services.GetRequiredService<GeneratedAdminPassword>().Value;
        Assert.False(string.IsNullOrEmpty(password), "a first start without Bootstrap:AdminPassword generates one");
        Assert.Contains($"admin / {password}", banner, StringComparison.Ordinal);
        Assert.Contains("Database: sqlite, ", banner, StringComparison.Ordinal);
        var signIn = await app.AnonymousClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task Banner_WithAConfiguredPassword_ShowsNoPassword()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);

        var banner = Banner(app);

        Assert.Null(app.Services.GetRequiredService<GeneratedAdminPassword>().Value);
        Assert.DoesNotContain(MinshengApp.AdminPassword, banner, StringComparison.Ordinal);
        Assert.Contains("Bootstrap:AdminPassword", banner, StringComparison.Ordinal);
    }

    private static string Banner(MinshengApp app)
    {
        using var output = new StringWriter();
        StartupBanner.Write(output, app.Services, ["http://127.0.0.1:5080"]);
        return output.ToString();
    }
}
