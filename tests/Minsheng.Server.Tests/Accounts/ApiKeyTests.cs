using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Accounts;

/// <summary>API keys: issued by an administrator for a user, act as that user, stored only as a hash, revocable.</summary>
public sealed class ApiKeyTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task ApiKey_ActsAsItsUser_IsStoredHashed_AndCanBeRevoked(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var admin = app.Client();
        var operatorId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "operator01").Select(u => u.Id).SingleAsync());
        var order = await new WorkOrderApi(admin).RegisterAsync(WorkOrderApi.Complaint());

        var created = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "工单同步脚本", userId = operatorId });

        Assert.True(created.StatusCode == HttpStatusCode.Created, await WorkOrderApi.Describe(created));
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var secret = body.GetProperty("secret").GetString()!;
        var keyId = body.GetProperty("key").GetProperty("id").GetInt64();
        Assert.True(secret.Length >= 32, secret);
        Assert.Equal(operatorId, body.GetProperty("key").GetProperty("userId").GetInt64());
        Assert.StartsWith(body.GetProperty("key").GetProperty("prefix").GetString()!, secret, StringComparison.Ordinal);

        var machine = app.AnonymousClient();
        machine.DefaultRequestHeaders.Add("X-Api-Key", secret);
        var me = await machine.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal("operator01", me.GetProperty("userName").GetString());
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync("/api/v1/work-orders")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync($"/api/v1/work-orders/{order.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await machine.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await machine.GetAsync("/api/v1/api-keys")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await machine.PostAsJsonAsync("/api/v1/api-keys", new { name = "自己再发一把" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await machine.GetAsync("/api/v1/audit")).StatusCode);

        // The other way to send it.
        var viaAuthorization = app.AnonymousClient();
        viaAuthorization.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "ApiKey " + secret);
        Assert.Equal(HttpStatusCode.OK, (await viaAuthorization.GetAsync("/api/v1/work-orders")).StatusCode);

        // A wrong key is no key.
        var guessed = app.AnonymousClient();
        guessed.DefaultRequestHeaders.Add("X-Api-Key", secret[..^2] + (secret[^2..] == "AA" ? "BB" : "AA"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await guessed.GetAsync("/api/v1/work-orders")).StatusCode);

        // Stored as its SHA-256 only: no column of any key row holds the secret.
        var rows = await app.WithDbAsync(db => db.ApiKeys.AsNoTracking().ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), row.KeyHash);
        foreach (var value in new[] { row.Name, row.Prefix, row.KeyHash })
        {
            Assert.DoesNotContain(secret, value, StringComparison.Ordinal);
        }

        Assert.True(row.Prefix.Length < secret.Length / 2, $"prefix {row.Prefix} gives away too much of the key");
        Assert.NotNull(row.LastUsedAt);
        var listed = await admin.GetStringAsync("/api/v1/api-keys");
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.Single(await AccountsTestData.AuditAsync(app, "action=api-key-created"));

        var revoked = await admin.DeleteAsync($"/api/v1/api-keys/{keyId}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/v1/work-orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Single(await AccountsTestData.AuditAsync(app, "action=api-key-revoked"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("/api/v1/api-keys/999999")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task ApiKey_StopsWorking_WhenItExpiresOrItsUserIsDeactivated(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var admin = app.Client();
        var handlerId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "handler_town1").Select(u => u.Id).SingleAsync());

        var expiring = await CreateAsync(admin, new { name = "临时", userId = handlerId, expiresAt = app.Clock.GetUtcNow().AddDays(1) });
        var lasting = await CreateAsync(admin, new { name = "长期", userId = handlerId });
        Assert.Equal(HttpStatusCode.OK, (await WithKey(app, expiring).GetAsync("/api/v1/work-orders")).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithKey(app, expiring).GetAsync("/api/v1/work-orders")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithKey(app, lasting).GetAsync("/api/v1/work-orders")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/users/{handlerId}", new { active = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithKey(app, lasting).GetAsync("/api/v1/work-orders")).StatusCode);

        var past = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "过去", expiresAt = app.Clock.GetUtcNow().AddMinutes(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
    }

    private static async Task<string> CreateAsync(HttpClient admin, object body)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/api-keys", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await WorkOrderApi.Describe(response));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
    }

    private static HttpClient WithKey(MinshengApp app, string secret)
    {
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        return client;
    }
}
