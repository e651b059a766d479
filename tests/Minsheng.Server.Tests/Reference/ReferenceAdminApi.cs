using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Reference;

/// <summary>Intent-named calls to the reference-data admin API.</summary>
internal sealed class ReferenceAdminApi(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public async Task<T> CreateAsync<T>(string collection, object body)
    {
        var response = await Client.PostAsJsonAsync($"/api/v1/{collection}", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"create in {collection}: {await WorkOrderApi.Describe(response)}");
        var created = (await response.Content.ReadFromJsonAsync<T>(MinshengApp.Json))!;
        Assert.StartsWith($"/api/v1/{collection}/", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        return created;
    }

    public async Task<T> UpdateAsync<T>(string collection, long id, object body)
    {
        var response = await Client.PutAsJsonAsync($"/api/v1/{collection}/{id}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"update {collection}/{id}: {await WorkOrderApi.Describe(response)}");
        return (await response.Content.ReadFromJsonAsync<T>(MinshengApp.Json))!;
    }

    public async Task<UnitDto[]> UnitsAsync() => (await Client.GetFromJsonAsync<UnitDto[]>("/api/v1/units", MinshengApp.Json))!;

    public async Task<RegionDto[]> RegionsAsync() => (await Client.GetFromJsonAsync<RegionDto[]>("/api/v1/regions", MinshengApp.Json))!;

    public async Task<CategoryDto[]> CategoriesAsync() => (await Client.GetFromJsonAsync<CategoryDto[]>("/api/v1/categories", MinshengApp.Json))!;

    public async Task<ResponsibilityDto[]> ResponsibilitiesAsync(string query = "") =>
        (await Client.GetFromJsonAsync<ResponsibilityDto[]>("/api/v1/responsibilities" + query, MinshengApp.Json))!;

    /// <summary>The messages of a 400 by field, asserting each is written in Chinese.</summary>
    public static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await WorkOrderApi.Describe(response));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray(), StringComparer.Ordinal);
        Assert.All(errors.Values.SelectMany(m => m), m => Assert.True(m.Any(c => c is >= '\u4e00' and <= '\u9fff'), m));
        return errors;
    }
}
