using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Open311;

/// <summary>Every error in the spec's format and with the spec's status: 400 bad input, 403 bad key, 404 unknown resource.</summary>
public sealed class Open311ErrorTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Get_UnknownThings_Are404_AndBadArguments_Are400(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new Open311Api(app.AnonymousClient());

        await api.GetErrorAsync("services/999999", HttpStatusCode.NotFound);
        await api.GetErrorAsync("requests/20260302-999999", HttpStatusCode.NotFound);
        await api.GetErrorAsync("tokens/20260302-999999", HttpStatusCode.NotFound);
        await api.GetErrorAsync("requests", HttpStatusCode.NotFound, "service_code=999999");
        foreach (var resource in new[] { "services", "services/030301", "requests", "requests/20260302-000001", "tokens/x", "servicerequestupdates" })
        {
            var errors = await api.GetErrorAsync(resource, HttpStatusCode.NotFound, "jurisdiction_id=elsewhere.example");
            Assert.Contains("jurisdiction_id", errors[0], StringComparison.Ordinal);
        }

        Assert.Contains("start_date", (await api.GetErrorAsync("requests", HttpStatusCode.BadRequest, "start_date=last-week"))[0], StringComparison.Ordinal);
        Assert.Contains("end_date", (await api.GetErrorAsync("requests", HttpStatusCode.BadRequest, "end_date=2026-13-01T00:00:00Z"))[0], StringComparison.Ordinal);
        Assert.Contains("status", (await api.GetErrorAsync("requests", HttpStatusCode.BadRequest, "status=pending"))[0], StringComparison.Ordinal);
        await api.GetErrorAsync("requests", HttpStatusCode.BadRequest, "start_date=2026-03-01T00:00:00Z&end_date=2026-02-01T00:00:00Z");
        Assert.Contains("90", (await api.GetErrorAsync("requests", HttpStatusCode.BadRequest,
            "start_date=2025-01-01T00:00:00%2B08:00&end_date=2026-01-01T00:00:00%2B08:00"))[0], StringComparison.Ordinal);
        await api.GetErrorAsync("requests", HttpStatusCode.BadRequest, "page=0");
        await api.GetErrorAsync("requests", HttpStatusCode.BadRequest, "page_size=5000");
        var several = await api.GetErrorAsync("requests", HttpStatusCode.BadRequest, "status=pending&page=x");
        Assert.Equal(2, several.Count);

        // W3C date-times in every accepted spelling; an unencoded '+' arrives as a space and is still understood.
        foreach (var date in new[] { "2026-03-01T00:00:00Z", "2026-03-01T08:00:00%2B08:00", "2026-03-01T08:00:00+08:00", "2026-03-01", "2026-03-01T08:00" })
        {
            Assert.NotNull(await api.GetJsonAsync("requests", "start_date=" + date, HttpStatusCode.OK));
        }

        // Paths and suffixes exactly: anything else is a 404 in the spec's format.
        var csv = await api.Client.GetAsync("/open311/v2/services.csv");
        await Open311Api.ReadXmlAsync(csv, HttpStatusCode.NotFound, "services.csv");
        await Open311Api.ReadXmlAsync(await api.Client.GetAsync("/open311/v2/services"), HttpStatusCode.NotFound, "services without suffix");
        await Open311Api.ReadJsonAsync(await api.Client.GetAsync("/open311/v2/nothing.json"), HttpStatusCode.NotFound, "nothing.json");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Post_WithoutAValidKey_Is403(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new Open311Api(app.AnonymousClient());
        var key = await Open311TestData.CreateKeyAsync(app, "operator01");
        var report = Open311TestData.NoiseReport(key);

        Assert.Contains("api_key", (await api.PostErrorAsync(report.Without("api_key"), HttpStatusCode.Forbidden))[0], StringComparison.Ordinal);
        await api.PostErrorAsync(report.Replace("api_key", string.Empty), HttpStatusCode.Forbidden);
        await api.PostErrorAsync(report.Replace("api_key", key[..^2] + (key[^2..] == "AA" ? "BB" : "AA")), HttpStatusCode.Forbidden);

        // Read-only staff may not file; a key scoped to something else may not either; scoped to open311, anyone's key may.
        var analyst = await Open311TestData.CreateKeyAsync(app, "analyst01");
        await api.PostErrorAsync(Open311TestData.NoiseReport(analyst), HttpStatusCode.Forbidden);
        var otherScope = await Open311TestData.CreateKeyAsync(app, "operator01", scopes: "reports");
        await api.PostErrorAsync(Open311TestData.NoiseReport(otherScope), HttpStatusCode.Forbidden);
        var scoped = await Open311TestData.CreateKeyAsync(app, "analyst01", scopes: "open311");
        await Open311TestData.SubmitAsync(api, Open311TestData.NoiseReport(scoped));

        // The key also works as a query parameter and as the X-Api-Key header.
        var viaQuery = await api.Client.PostAsync(api.Url("requests", "json", "api_key=" + Uri.EscapeDataString(key)),
            new FormUrlEncodedContent(report.Without("api_key")));
        await Open311Api.ReadJsonAsync(viaQuery, HttpStatusCode.OK, "api_key in the query");
        var header = app.AnonymousClient();
        header.DefaultRequestHeaders.Add("X-Api-Key", key);
        await Open311TestData.SubmitAsync(new Open311Api(header), report.Without("api_key"));

        // Revoked, expired, or its user deactivated: 403.
        var keyId = await app.WithDbAsync(db => db.ApiKeys.Where(k => k.Scopes == "reports").Select(k => k.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await app.Client().DeleteAsync($"/api/v1/api-keys/{keyId}")).StatusCode);
        var revoked = await app.WithDbAsync(async db =>
        {
            var k = await db.ApiKeys.SingleAsync(k => k.Scopes == "open311");
            k.RevokedAt = app.Clock.GetUtcNow().UtcDateTime;
            return await db.SaveChangesAsync();
        });
        Assert.Equal(1, revoked);
        await api.PostErrorAsync(Open311TestData.NoiseReport(scoped), HttpStatusCode.Forbidden);
        await app.WithDbAsync(async db =>
        {
            foreach (var k in await db.ApiKeys.Where(k => k.Scopes == null).ToListAsync())
            {
                k.ExpiresAt = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(1);
            }

            return await db.SaveChangesAsync();
        });
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await api.PostErrorAsync(report, HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Post_BadInput_Is400_UnknownServiceOrJurisdiction_Is404(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new Open311Api(app.AnonymousClient());
        var key = await Open311TestData.CreateKeyAsync(app, "operator01");
        var report = Open311TestData.NoiseReport(key);
        var before = await app.WithDbAsync(db => db.WorkOrders.CountAsync());

        async Task Expect400(IEnumerable<KeyValuePair<string, string>> form, string mentions)
        {
            var errors = await api.PostErrorAsync(form, HttpStatusCode.BadRequest);
            Assert.True(errors.Any(e => e.Contains(mentions, StringComparison.Ordinal)), $"no error mentions {mentions}: {string.Join(" | ", errors)}");
        }

        await Expect400(report.Without("service_code"), "service_code");
        await Expect400(report.Replace("service_code", string.Empty), "service_code");
        await Expect400(report.Without("lat").Without("long").Without("address_string"), "address_string");
        await Expect400(report.Without("long"), "long");
        await Expect400(report.Replace("lat", "north"), "lat");
        await Expect400(report.Replace("lat", "95"), "lat");
        await Expect400(report.Replace("description", new string('吵', 4001)), "description");
        await Expect400(report.With("phone", "call me"), "phone");
        await Expect400(report.With("media_url", "javascript:alert(1)"), "media_url");
        await Expect400(report.Without("attribute[period]"), "attribute[period]");
        await Expect400(report.Replace("attribute[period]", string.Empty), "attribute[period]");
        await Expect400(report.Replace("attribute[period]", "evening"), "attribute[period]");
        await Expect400(report.With("attribute[period]", "day"), "attribute[period]"); // two values for a single-value list
        await Expect400(report.With("attribute[source][]", "ktv").With("attribute[source][]", "birds"), "attribute[source]");
        var road = report.Replace("service_code", Open311TestData.Road).Without("attribute[period]");
        await Expect400(road.With("attribute[area]", "about 3"), "attribute[area]");
        var construction = report.Replace("service_code", Open311TestData.ConstructionNoise);
        await Expect400(construction.With("attribute[observed_at]", "yesterday"), "attribute[observed_at]");
        var several = await api.PostErrorAsync(report.Without("attribute[period]").With("phone", "x").Without("lat"), HttpStatusCode.BadRequest);
        Assert.Equal(3, several.Count);

        var unknown = await api.PostErrorAsync(report.Replace("service_code", "999999"), HttpStatusCode.NotFound);
        Assert.Contains("999999", unknown[0], StringComparison.Ordinal);
        await api.PostErrorAsync(report.Replace("service_code", "0303"), HttpStatusCode.NotFound);
        await api.PostErrorAsync(report.With("jurisdiction_id", "elsewhere.example"), HttpStatusCode.NotFound);

        // Not a form: 400, in the format asked for.
        var json = await api.Client.PostAsync(api.Url("requests", "json"), new StringContent("{\"service_code\":\"030301\"}", Encoding.UTF8, "application/json"));
        await Open311Api.ReadJsonAsync(json, HttpStatusCode.BadRequest, "a JSON body");

        // None of it registered anything.
        Assert.Equal(before, await app.WithDbAsync(db => db.WorkOrders.CountAsync()));

        // Empty optional fields are absent fields; valid answers to every datatype pass.
        await Open311TestData.SubmitAsync(api, report.With("jurisdiction_id", string.Empty).With("email", string.Empty).With("first_name", string.Empty)
            .With("attribute[source][]", string.Empty).With("media_url", string.Empty));
        await Open311TestData.SubmitAsync(api, road.With("attribute[area]", "3.5").With("attribute[danger_notice]", "ignored"));
        await Open311TestData.SubmitAsync(api, construction.With("attribute[observed_at]", "2026-03-01T23:30:00+08:00").With("jurisdiction_id", "minsheng.local"));
        await Open311TestData.SubmitAsync(api, report.Without("lat").Without("long").Without("address_string").With("address_id", "#NOTPINPOINTED#")
            .Without("description"));
        var stored = await app.WithDbAsync(db => db.WorkOrders.AsNoTracking().OrderBy(w => w.Id).Select(w => new { w.Title, w.Attributes }).ToListAsync());
        Assert.Equal(before + 4, stored.Count);
        Assert.Equal("3.5", stored[^3].Attributes!["area"]);
        Assert.False(stored[^3].Attributes!.ContainsKey("danger_notice"));
        Assert.Equal("2026-03-01T23:30:00+08:00", stored[^2].Attributes!["observed_at"]);
        Assert.Equal("噪音扰民", stored[^1].Title); // no description: the service's name
    }
}
