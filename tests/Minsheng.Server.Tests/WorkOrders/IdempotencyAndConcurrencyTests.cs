using System.Net;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

public sealed class IdempotencyAndConcurrencyTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Register_RetriedWithSameKey_ReturnsTheSameOrder(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());

        var first = await api.RegisterAsync(WorkOrderApi.Complaint(), idempotencyKey: "call-0001");
        var retry = await api.RegisterAsync(WorkOrderApi.Complaint(), idempotencyKey: "call-0001");
        var other = await api.RegisterAsync(WorkOrderApi.Complaint(), idempotencyKey: "call-0002");

        Assert.Equal(first.Id, retry.Id);
        Assert.Equal(first.Number, retry.Number);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal(2, (await api.ListAsync("pageSize=50")).Total);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Register_ConcurrentRetriesWithSameKey_CreateOneOrder(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());

        var orders = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => api.RegisterAsync(WorkOrderApi.Complaint(), "same-call")));

        Assert.Single(orders.Select(o => o.Id).Distinct());
        Assert.Equal(1, (await api.ListAsync("pageSize=50")).Total);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Register_Concurrently_GivesUniqueNumbers(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());

        var orders = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => api.RegisterAsync(WorkOrderApi.Complaint())));

        Assert.Equal(20, orders.Select(o => o.Number).Distinct().Count());
        Assert.Equal(
            Enumerable.Range(1, 20).Select(i => $"20260302-{i:D6}"),
            orders.Select(o => o.Number).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Accept_TwoHandlersAtOnce_ExactlyOneWins(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var unit = await WorkOrderLifecycleTests.FirstDepartmentCodeAsync(api);

        for (var round = 0; round < 5; round++)
        {
            var order = await api.RegisterAsync(WorkOrderApi.Complaint());
            order = await api.ActAsync(order.Id, "dispatch", new { unitCode = unit });

            var responses = await Task.WhenAll(
                api.PostActionAsync(order.Id, "accept", new { version = order.Version }),
                api.PostActionAsync(order.Id, "accept", new { version = order.Version }));

            var codes = responses.Select(r => r.StatusCode).Order().ToArray();
            Assert.True(codes.SequenceEqual([HttpStatusCode.OK, HttpStatusCode.Conflict]),
                string.Join(" | ", await Task.WhenAll(responses.Select(WorkOrderApi.Describe))));
            var stored = await api.GetAsync(order.Id);
            Assert.Single(stored.Events!, e => e.Action == "accept");
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Action_WithStaleVersionOrIfMatch_IsConflict(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var unit = await WorkOrderLifecycleTests.FirstDepartmentCodeAsync(api);
        var order = await api.RegisterAsync(WorkOrderApi.Complaint());
        await api.ActAsync(order.Id, "dispatch", new { unitCode = unit });

        var stale = await api.PostActionAsync(order.Id, "accept", new { version = order.Version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/work-orders/{order.Id}/accept")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{order.Version}\"");
        Assert.Equal(HttpStatusCode.Conflict, (await api.Client.SendAsync(request)).StatusCode);

        var current = await api.GetAsync(order.Id);
        Assert.Equal("dispatched", current.Status);
    }
}

public sealed class IdempotencyScopeTests
{
    [Fact]
    public async Task Register_KeyOfAnOrderOutsideTheCallersScope_Is400AndRevealsNothing()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        var operatorApi = new WorkOrderApi(app.ClientAs("operator01"));
        var citizenApi = new WorkOrderApi(app.ClientAs("citizen01"));
        var order = await operatorApi.RegisterAsync(WorkOrderApi.Complaint(), "shared-key");

        var response = await citizenApi.PostRegisterAsync(WorkOrderApi.Complaint(), "shared-key");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(order.Number, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await operatorApi.ListAsync("")).Total);
    }
}
