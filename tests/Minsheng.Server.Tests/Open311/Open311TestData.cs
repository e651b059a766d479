using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Open311;

/// <summary>What the Open311 tests share: API keys, valid submissions, the ids in a response.</summary>
internal static class Open311TestData
{
    /// <summary>噪音扰民: required singlevaluelist <c>period</c>, optional multivaluelist <c>source</c>.</summary>
    public const string Noise = "030301";

    /// <summary>噪声施工: required <c>period</c>, optional datetime <c>observed_at</c>.</summary>
    public const string ConstructionNoise = "010201";

    /// <summary>道路破损: optional number <c>area</c>, informational <c>danger_notice</c>.</summary>
    public const string Road = "020201";

    /// <summary>物业服务: no attributes.</summary>
    public const string Property = "010101";

    /// <summary>A new API key for a demo user, created by the administrator; returns the secret.</summary>
    public static async Task<string> CreateKeyAsync(MinshengApp app, string userName, string? scopes = null)
    {
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
        var response = await app.Client().PostAsJsonAsync("/api/v1/api-keys", new { name = $"Open311 {userName}", userId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await WorkOrderApi.Describe(response));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (scopes is not null)
        {
            var id = body.GetProperty("key").GetProperty("id").GetInt64();
            await app.WithDbAsync(async db =>
            {
                var key = await db.ApiKeys.SingleAsync(k => k.Id == id);
                key.Scopes = scopes;
                return await db.SaveChangesAsync();
            });
        }

        return body.GetProperty("secret").GetString()!;
    }

    /// <summary>A complete, valid noise report.</summary>
    public static List<KeyValuePair<string, string>> NoiseReport(string apiKey, string description = "幸福小区南门广场每晚广场舞音响很吵，十点以后还不停。") =>
    [
        new("api_key", apiKey),
        new("service_code", Noise),
        new("lat", "28.8634"),
        new("long", "118.4612"),
        new("address_string", "城关镇幸福小区南门广场"),
        new("description", description),
        new("attribute[period]", "night"),
    ];

    public static List<KeyValuePair<string, string>> With(this IEnumerable<KeyValuePair<string, string>> form, string name, string value) =>
        [.. form, new(name, value)];

    public static List<KeyValuePair<string, string>> Without(this IEnumerable<KeyValuePair<string, string>> form, string name) =>
        form.Where(p => p.Key != name).ToList();

    public static List<KeyValuePair<string, string>> Replace(this IEnumerable<KeyValuePair<string, string>> form, string name, string value) =>
        form.Without(name).With(name, value);

    /// <summary>POSTs a report that must succeed; returns its service_request_id.</summary>
    public static async Task<string> SubmitAsync(Open311Api api, IEnumerable<KeyValuePair<string, string>> form)
    {
        var json = await Open311Api.ReadJsonAsync(await api.PostAsync("json", form), HttpStatusCode.OK, "POST requests.json");
        var created = Assert.Single(Assert.IsType<JsonArray>(json, exactMatch: false));
        return created!["service_request_id"]!.GetValue<string>();
    }

    public static string[] Ids(JsonNode requests) =>
        requests.AsArray().Select(r => r!["service_request_id"]!.GetValue<string>()).ToArray();

    public static JsonObject Single(JsonNode requests, string id) =>
        requests.AsArray().Select(r => r!.AsObject()).Single(r => r["service_request_id"]!.GetValue<string>() == id);
}
