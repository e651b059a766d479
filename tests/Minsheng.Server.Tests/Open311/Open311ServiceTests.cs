using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Open311;

/// <summary>What a client reads before it files a request: discovery, the service list, service definitions.</summary>
public sealed class Open311ServiceTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Discovery_ListsTheEndpoint_InBothFormats(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new Open311Api(app.AnonymousClient());

        var discovery = await api.GetAsync("discovery", "discovery", schema: null);

        foreach (var field in new[] { "changeset", "contact", "key_service" })
        {
            Assert.False(string.IsNullOrWhiteSpace(discovery[field]?.GetValue<string>()), field);
        }

        var endpoint = Assert.Single(discovery["endpoints"]!.AsArray())!;
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint["specification"]!.GetValue<string>());
        Assert.EndsWith("/open311/v2", endpoint["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(Uri.IsWellFormedUriString(endpoint["url"]!.GetValue<string>(), UriKind.Absolute));
        Assert.Contains(endpoint["type"]!.GetValue<string>(), new[] { "production", "test" });
        Assert.Equal(["text/xml", "application/json"], endpoint["formats"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Services_AreTheActiveLeafCategories_WithGroupKeywordsAndMetadata(string engine)
    {
        Open311Schemas.Require();
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new Open311Api(app.AnonymousClient());

        var services = (await api.GetAsync("services", "services", Open311Schemas.Services)).AsArray().Select(s => s!.AsObject()).ToArray();

        var codes = services.Select(s => s["service_code"]!.GetValue<string>()).ToArray();
        Assert.True(codes.Length > 40, $"only {codes.Length} services");
        Assert.All(codes, c => Assert.Equal(6, c.Length)); // leaves only: no group (01) or subgroup (0101)
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.All(services, s => Assert.Equal("realtime", s["type"]!.GetValue<string>()));

        var noise = services.Single(s => s["service_code"]!.GetValue<string>() == Open311TestData.Noise);
        Assert.Equal("噪音扰民", noise["service_name"]!.GetValue<string>());
        Assert.Equal("生态环境", noise["group"]!.GetValue<string>());
        Assert.Contains("广场舞", noise["keywords"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("生态环境 / 噪声污染 / 噪音扰民", noise["description"]!.GetValue<string>());
        Assert.True(noise["metadata"]!.GetValue<bool>());
        var withMetadata = services.Where(s => s["metadata"]!.GetValue<bool>()).Select(s => s["service_code"]!.GetValue<string>());
        Assert.Equal([Open311TestData.ConstructionNoise, Open311TestData.Road, Open311TestData.Noise], withMetadata);

        // Empty and matching jurisdiction_id change nothing.
        var same = await api.GetAsync("services", "services", Open311Schemas.Services, "jurisdiction_id=");
        Assert.Equal(codes, same.AsArray().Select(s => s!["service_code"]!.GetValue<string>()));
        await api.GetAsync("services", "services", Open311Schemas.Services, "jurisdiction_id=minsheng.local");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task ServiceDefinitions_DescribeTheExtraQuestions(string engine)
    {
        Open311Schemas.Require();
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new Open311Api(app.AnonymousClient());

        var noise = await api.GetAsync($"services/{Open311TestData.Noise}", "service_definition", Open311Schemas.ServiceDefinition);
        Assert.Equal(Open311TestData.Noise, noise["service_code"]!.GetValue<string>());
        var attributes = noise["attributes"]!.AsArray().Select(a => a!.AsObject()).ToArray();
        Assert.Equal(["period", "source"], attributes.Select(a => a["code"]!.GetValue<string>()));
        Assert.Equal([1, 2], attributes.Select(a => a["order"]!.GetValue<int>()));
        var period = attributes[0];
        Assert.Equal("singlevaluelist", period["datatype"]!.GetValue<string>());
        Assert.True(period["required"]!.GetValue<bool>());
        Assert.True(period["variable"]!.GetValue<bool>());
        Assert.StartsWith("时段", period["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["day", "night"], period["values"]!.AsArray().Select(v => v!["key"]!.GetValue<string>()));
        Assert.StartsWith("夜间", period["values"]![1]!["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("multivaluelist", attributes[1]["datatype"]!.GetValue<string>());
        Assert.False(attributes[1]["required"]!.GetValue<bool>());

        var road = await api.GetAsync($"services/{Open311TestData.Road}", "service_definition", Open311Schemas.ServiceDefinition);
        var area = road["attributes"]![0]!;
        Assert.Equal("number", area["datatype"]!.GetValue<string>());
        Assert.Equal("平方米，填数字", area["datatype_description"]!.GetValue<string>());
        Assert.Null(area.AsObject()["values"]);
        Assert.False(road["attributes"]![1]!["variable"]!.GetValue<bool>());

        var construction = await api.GetAsync($"services/{Open311TestData.ConstructionNoise}", "service_definition", Open311Schemas.ServiceDefinition,
            "jurisdiction_id=&unknown=1");
        Assert.Equal("datetime", construction["attributes"]![1]!["datatype"]!.GetValue<string>());

        // No questions: an empty definition, not an error.
        var plain = await api.GetAsync($"services/{Open311TestData.Property}", "service_definition", Open311Schemas.ServiceDefinition);
        Assert.Empty(plain["attributes"]!.AsArray());

        // A group is not a service; neither is a code nobody knows.
        await api.GetErrorAsync("services/0303", HttpStatusCode.NotFound);
        await api.GetErrorAsync("services/999999", HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task InactiveCategory_IsNoLongerAService(string engine)
    {
        Open311Schemas.Require();
        await using var app = await MinshengApp.StartAsync(engine);
        await app.WithDbAsync(async db =>
        {
            var group = db.Categories.Single(c => c.Code == "0202");
            group.IsActive = false;
            return await db.SaveChangesAsync();
        });
        app.Services.GetRequiredService<Minsheng.Server.Features.Reference.ReferenceData>().Invalidate();
        var api = new Open311Api(app.AnonymousClient());

        var services = await api.GetAsync("services", "services", Open311Schemas.Services);

        Assert.DoesNotContain(services.AsArray(), s => s!["service_code"]!.GetValue<string>().StartsWith("0202", StringComparison.Ordinal));
        await api.GetErrorAsync($"services/{Open311TestData.Road}", HttpStatusCode.NotFound);
    }
}
