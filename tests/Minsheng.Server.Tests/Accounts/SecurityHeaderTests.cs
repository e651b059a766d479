using System.Net;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Accounts;

/// <summary>Every response carries the browser protections: CSP with frame-ancestors 'none', nosniff, a referrer policy.</summary>
public sealed class SecurityHeaderTests
{
    public static TheoryData<string, string, HttpStatusCode> Responses => new()
    {
        { "api", "/api/v1/units", HttpStatusCode.OK },
        { "anonymous-api", "/api/v1/units", HttpStatusCode.Unauthorized },
        { "not-found", "/api/v1/no-such-thing", HttpStatusCode.NotFound },
        { "health", "/health", HttpStatusCode.OK },
        { "root", "/api", HttpStatusCode.OK },
        { "ui-redirect", "/", HttpStatusCode.Redirect },
        { "public", "/api/v1/public/work-orders/20991231-000001?phone=1234", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Response_CarriesTheSecurityHeaders(string kind, string path, HttpStatusCode expected)
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        var client = kind == "api" ? app.ClientAs("operator01") : app.AnonymousClient();

        var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        var csp = Single(response, "Content-Security-Policy");
        var directives = csp.Split(';').Select(d => d.Trim()).ToArray();
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Contains(directives, d => d.StartsWith("default-src ", StringComparison.Ordinal));
        Assert.DoesNotContain(directives, d => d.Contains("'unsafe-eval'", StringComparison.Ordinal));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Contains(Single(response, "Referrer-Policy"), new[] { "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin" });
    }

    [Fact]
    public async Task RejectedAndFailedRequests_CarryThemToo()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite, settings: new Dictionary<string, string> { ["Accounts:PublicPerMinute"] = "1" });
        var anonymous = app.AnonymousClient();
        await anonymous.GetAsync("/api/v1/public/work-orders/20991231-000001?phone=1234");
        var limited = await anonymous.GetAsync("/api/v1/public/work-orders/20991231-000001?phone=1234");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("frame-ancestors 'none'", Single(limited, "Content-Security-Policy"), StringComparison.Ordinal);

        var badJson = await app.ClientAs("operator01").PostAsync("/api/v1/work-orders",
            new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Equal("nosniff", Single(badJson, "X-Content-Type-Options"));
    }

    private static string Single(HttpResponseMessage response, string header)
    {
        var found = response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values);
        Assert.True(found, $"{header} missing on {(int)response.StatusCode} {response.RequestMessage?.RequestUri}");
        return Assert.Single(values!);
    }
}
