using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Server.Features.WorkOrders;

namespace Minsheng.Server.Tests.Infrastructure;

/// <summary>Intent-named calls to the work-order API, as a client would make them.</summary>
public sealed class WorkOrderApi(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static object Complaint(string title = "小区楼下烧烤店油烟扰民",
        string content = "幸福小区3栋楼下烧烤店每晚油烟很大，十一点后还很吵，希望有关部门处理。",
        string? categoryCode = null, string? regionCode = null) => new
    {
        kind = "complaint",
        channel = "phone",
        urgency = "normal",
        title,
        content,
        requester = new { name = "王女士", phone = "13812345678" },
        location = new { address = "城关镇幸福小区3栋", regionCode },
        categoryCode,
    };

    public async Task<WorkOrderDto> RegisterAsync(object body, string? idempotencyKey = null)
    {
        var response = await PostRegisterAsync(body, idempotencyKey);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await Describe(response));
        return (await response.Content.ReadFromJsonAsync<WorkOrderDto>(MinshengApp.Json))!;
    }

    public Task<HttpResponseMessage> PostRegisterAsync(object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/work-orders") { Content = JsonContent.Create(body, options: MinshengApp.Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostActionAsync(long id, string action, object body) =>
        Client.PostAsJsonAsync($"/api/v1/work-orders/{id}/{action}", body, MinshengApp.Json);

    /// <summary>Performs an action that must succeed, and returns the order after it.</summary>
    public async Task<WorkOrderDto> ActAsync(long id, string action, object body)
    {
        var response = await PostActionAsync(id, action, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {await Describe(response)}");
        return (await response.Content.ReadFromJsonAsync<WorkOrderDto>(MinshengApp.Json))!;
    }

    public async Task<WorkOrderDto> GetAsync(long id)
    {
        var response = await Client.GetAsync($"/api/v1/work-orders/{id}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Describe(response));
        return (await response.Content.ReadFromJsonAsync<WorkOrderDto>(MinshengApp.Json))!;
    }

    public async Task<PageDto<WorkOrderSummaryDto>> ListAsync(string query)
    {
        var response = await Client.GetAsync($"/api/v1/work-orders?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Describe(response));
        return (await response.Content.ReadFromJsonAsync<PageDto<WorkOrderSummaryDto>>(MinshengApp.Json))!;
    }

    public static async Task<string> Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {response.StatusCode}: {await response.Content.ReadAsStringAsync()}";

    /// <summary>The field names of a 400 ValidationProblem.</summary>
    public static async Task<IReadOnlyList<string>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().Select(p => p.Name).ToArray()
            : [];
    }
}
