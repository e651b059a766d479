using System.Net;
using System.Net.Http.Json;
using System.Text;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

/// <summary>Every kind of bad input is a 4xx with a ProblemDetails body naming the field; nothing is stored.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "not JSON at all", "this is not json", "body" },
        { "truncated JSON", "{\"kind\": \"complaint\", \"title\": ", "title" },
        { "wrong type for title", """{"kind":"complaint","title":123,"content":"内容"}""", "title" },
        { "unknown kind", """{"kind":"rumour","title":"标题","content":"内容"}""", "kind" },
        { "integer for kind", """{"kind":2,"title":"标题","content":"内容"}""", "kind" },
        { "missing kind", """{"title":"标题","content":"内容"}""", "Kind" },
        { "empty title", """{"kind":"complaint","title":"  ","content":"内容"}""", "title" },
        { "missing content", """{"kind":"complaint","title":"标题"}""", "Content" },
        { "content too long", "{\"kind\":\"complaint\",\"title\":\"标题\",\"content\":\"" + new string('长', 5001) + "\"}", "Content" },
        { "unknown category", """{"kind":"complaint","title":"标题","content":"内容","categoryCode":"NOPE"}""", "categoryCode" },
        { "unknown region", """{"kind":"complaint","title":"标题","content":"内容","location":{"regionCode":"000"}}""", "location.regionCode" },
        { "latitude out of range", """{"kind":"complaint","title":"标题","content":"内容","location":{"latitude":123,"longitude":120}}""", "Location.Latitude" },
        { "phone with letters", """{"kind":"complaint","title":"标题","content":"内容","requester":{"phone":"call me"}}""", "Requester.Phone" },
        { "array instead of object", "[1,2,3]", "body" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Register_BadBody_Is400WithTheField(string because, string body, string field)
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        var client = app.Client();

        var response = await client.PostAsync("/api/v1/work-orders", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{because}: {await WorkOrderApi.Describe(response)}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var fields = await WorkOrderApi.ErrorFieldsAsync(response);
        Assert.Contains(fields, f => string.Equals(f, field, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, (await new WorkOrderApi(client).ListAsync("")).Total);
    }

    [Fact]
    public async Task Register_HugeBody_Is413()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        var body = "{\"kind\":\"complaint\",\"title\":\"t\",\"content\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var response = await app.Client().PostAsync("/api/v1/work-orders", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Register_NotJson_Is415()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);

        var response = await app.Client().PostAsync("/api/v1/work-orders", new StringContent("kind=complaint", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Register_OversizeIdempotencyKey_Is400()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        var api = new WorkOrderApi(app.Client());

        var response = await api.PostRegisterAsync(WorkOrderApi.Complaint(), new string('k', 101));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Idempotency-Key", await WorkOrderApi.ErrorFieldsAsync(response));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Actions_BadInputOrIllegalTransition_Are4xxAndChangeNothing(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var order = await api.RegisterAsync(WorkOrderApi.Complaint());

        var illegal = await api.PostActionAsync(order.Id, "accept", new { });
        Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);
        Assert.Contains("已受理", await illegal.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var unknownUnit = await api.PostActionAsync(order.Id, "dispatch", new { unitCode = "NO-SUCH-UNIT" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownUnit.StatusCode);
        Assert.Contains("unitCode", await WorkOrderApi.ErrorFieldsAsync(unknownUnit));

        var noReason = await api.PostActionAsync(order.Id, "withdraw", new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);

        var wrongType = await api.Client.PostAsync($"/api/v1/work-orders/{order.Id}/review",
            new StringContent("""{"pass":"maybe"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("pass", await WorkOrderApi.ErrorFieldsAsync(wrongType));

        var mergeSelf = await api.PostActionAsync(order.Id, "merge", new { targetId = order.Id });
        Assert.Equal(HttpStatusCode.BadRequest, mergeSelf.StatusCode);

        var missing = await api.PostActionAsync(999_999, "accept", new { });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync("/api/v1/work-orders/999999")).StatusCode);

        var unknownAction = await api.PostActionAsync(order.Id, "teleport", new { });
        Assert.Equal(HttpStatusCode.NotFound, unknownAction.StatusCode);

        var after = await api.GetAsync(order.Id);
        Assert.Equal("registered", after.Status);
        Assert.Equal(order.Version, after.Version);
        Assert.Single(after.Events!);
    }

    [Theory]
    [InlineData("status=lost", "status")]
    [InlineData("kind=rumour", "kind")]
    [InlineData("unit=NOPE", "unit")]
    [InlineData("category=NOPE", "category")]
    [InlineData("region=NOPE", "region")]
    [InlineData("from=yesterday", "from")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=100000", "pageSize")]
    [InlineData("sort=random", "sort")]
    public async Task List_BadFilter_Is400WithTheField(string query, string field)
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);

        var response = await app.Client().GetAsync($"/api/v1/work-orders?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await WorkOrderApi.ErrorFieldsAsync(response));
    }

    [Fact]
    public async Task Calendar_YearOutOfRange_Is400()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);

        var response = await app.Client().GetAsync("/api/v1/calendar/1800");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("year", await WorkOrderApi.ErrorFieldsAsync(response));
    }

    [Fact]
    public async Task TimeLimit_BadFormat_Is400()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);

        var response = await app.Client().PutAsJsonAsync("/api/v1/time-limits/complaint/normal", new { reply = "five days" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reply", await WorkOrderApi.ErrorFieldsAsync(response));
    }
}
