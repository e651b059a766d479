using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Accounts;

public sealed class ApiKeyScopeTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Open311OnlyKey_IsRefusedByTheRestApi_AndUnknownScopesAre400(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var admin = app.Client();

        var bad = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "portal", scopes = new[] { "everything" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var created = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "FixMyStreet 同步", scopes = new[] { "open311" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("open311", body.GetProperty("key").GetProperty("scopes")[0].GetString());
        var secret = body.GetProperty("secret").GetString()!;

        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/work-orders")).StatusCode);

        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/v1/api-keys");
        Assert.Contains(listed.EnumerateArray(), k => k.GetProperty("name").GetString() == "FixMyStreet 同步");
    }
}
