using System.Net.Http.Json;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Reference;

public sealed class ReferenceApiTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task DemoCounty_HasTheTreesAndTheResponsibilityList(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var client = app.Client();

        var regions = (await client.GetFromJsonAsync<RegionDto[]>("/api/v1/regions", MinshengApp.Json))!;
        var units = (await client.GetFromJsonAsync<UnitDto[]>("/api/v1/units", MinshengApp.Json))!;
        var categories = (await client.GetFromJsonAsync<CategoryDto[]>("/api/v1/categories", MinshengApp.Json))!;
        var responsibilities = (await client.GetFromJsonAsync<ResponsibilityDto[]>("/api/v1/responsibilities", MinshengApp.Json))!;

        Assert.True(regions.Count(r => r.Level == "township") >= 5);
        Assert.True(regions.Count(r => r.Level == "village") >= 30);
        Assert.All(regions.Where(r => r.Level != "county"), r => Assert.Contains(regions, p => p.Code == r.ParentCode));
        Assert.True(units.Length >= 30);
        Assert.Contains(units, u => u.Kind == "hotline-centre");
        Assert.True(categories.Count(c => c.IsLeaf) >= 60);
        Assert.NotEmpty(responsibilities);

        var leaf = categories.First(c => c.IsLeaf);
        var village = regions.First(r => r.Level == "village");
        var resolved = await client.GetFromJsonAsync<ResponsibilityDto[]>(
            $"/api/v1/responsibilities?category={leaf.Code}&region={village.Code}", MinshengApp.Json);
        Assert.Single(resolved!);
        Assert.Contains(units, u => u.Code == resolved![0].UnitCode);
    }
}
