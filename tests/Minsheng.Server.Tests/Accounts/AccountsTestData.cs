using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Accounts;

/// <summary>Look-ups the account and privacy tests share: the demo county's units, the audit log, sign-in.</summary>
internal static class AccountsTestData
{
    /// <summary>The demo townships in code order: demo user handler_town1 belongs to the first, handler_town2 to the second.</summary>
    public static async Task<UnitDto[]> TownshipsAsync(MinshengApp app)
    {
        var units = (await app.Client().GetFromJsonAsync<UnitDto[]>("/api/v1/units", MinshengApp.Json))!;
        return units.Where(u => u.Kind == "township").OrderBy(u => u.Code, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The audit log as the administrator searches it.</summary>
    public static async Task<JsonElement[]> AuditAsync(MinshengApp app, string query)
    {
        var response = await app.Client().GetAsync("/api/v1/audit?" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(response));
        return (await response.Content.ReadFromJsonAsync<JsonElement[]>())!;
    }

    public static Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, string userName, string password, string? twoFactorCode = null) =>
        client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, twoFactorCode });

    /// <summary>A client with a fresh bearer token for <paramref name="userName"/> (no cache: for users the test creates or changes).</summary>
    public static async Task<HttpClient> SignedInClientAsync(MinshengApp app, string userName, string password)
    {
        var response = await RequestTokenAsync(app.AnonymousClient(), userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"sign-in as {userName}: {await WorkOrderApi.Describe(response)}");
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Asserts a ProblemDetails body with <paramref name="status"/> and returns it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(response.StatusCode == status, $"expected {(int)status}: {await WorkOrderApi.Describe(response)}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }
}
