using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;
using Minsheng.Server.Tests.Accounts;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

/// <summary>
/// Reading is not handling: who may name 协办 units, what a grid worker may do with an order in their grid, and a
/// merge that checks its target's scope and version.
/// </summary>
public sealed class HandlingScopeTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_lead_unit_names_only_units_below_it_as_assisting(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var (town1, town2, village) = await UnitsAsync(app);
        var admin = new WorkOrderApi(app.Client());
        var handler = new WorkOrderApi(app.ClientAs("handler_town1"));
        var order = await admin.RegisterAsync(WorkOrderApi.Complaint());
        var dispatched = await admin.ActAsync(order.Id, "dispatch", new { unitCode = town1.Code });

        // Township 2 is not below township 1: naming it would let it read the order.
        var sideways = await handler.PostActionAsync(order.Id, "dispatch",
            new { unitCode = village.Code, assistingUnitCodes = new[] { town2.Code }, version = dispatched.Version });
        Assert.Equal(HttpStatusCode.BadRequest, sideways.StatusCode);
        Assert.Equal(["assistingUnitCodes"], await WorkOrderApi.ErrorFieldsAsync(sideways));
        Assert.Equal(HttpStatusCode.NotFound, (await app.ClientAs("handler_town2").GetAsync($"/api/v1/work-orders/{order.Id}")).StatusCode);
        Assert.Equal(dispatched.Version, (await admin.GetAsync(order.Id)).Version);

        // A unit of its own hands the order down and names none, or the units below it.
        var down = await handler.ActAsync(order.Id, "dispatch", new { unitCode = village.Code, assistingUnitCodes = Array.Empty<string>() });
        Assert.Equal(village.Code, down.LeadUnit!.Code);

        // The hotline names any unit.
        var byHotline = await new WorkOrderApi(app.ClientAs("dispatcher01")).ActAsync(order.Id, "dispatch",
            new { unitCode = town1.Code, assistingUnitCodes = new[] { town2.Code } });
        Assert.Equal([town2.Code], byHotline.AssistingUnits.Select(u => u.Code));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_grid_worker_reads_what_lies_in_the_grid_but_handles_only_what_the_grid_is_given(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var (_, _, village) = await UnitsAsync(app);
        var department = (await app.Client().GetFromJsonAsync<UnitDto[]>("/api/v1/units", MinshengApp.Json))!
            .Where(u => u.Kind == "department").OrderBy(u => u.Code, StringComparer.Ordinal).First();
        var admin = new WorkOrderApi(app.Client());
        var gridWorker = new WorkOrderApi(app.ClientAs("gridworker01"));

        var byDepartment = await admin.RegisterAsync(WorkOrderApi.Complaint(regionCode: village.RegionCode));
        byDepartment = await admin.ActAsync(byDepartment.Id, "dispatch", new { unitCode = department.Code });
        var seen = await gridWorker.GetAsync(byDepartment.Id);
        Assert.Empty(seen.AllowedActions);
        Assert.Equal(HttpStatusCode.NotFound, (await gridWorker.PostActionAsync(byDepartment.Id, "accept", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await gridWorker.PostActionAsync(byDepartment.Id, "return", new { reason = "不归网格" })).StatusCode);
        await admin.ActAsync(byDepartment.Id, "accept", new { });
        Assert.Equal(HttpStatusCode.NotFound, (await gridWorker.PostActionAsync(byDepartment.Id, "reply", new { answer = "已处理。" })).StatusCode);
        Assert.Equal("accepted", (await admin.GetAsync(byDepartment.Id)).Status);

        var byGrid = await admin.RegisterAsync(WorkOrderApi.Complaint(regionCode: village.RegionCode));
        await admin.ActAsync(byGrid.Id, "dispatch", new { unitCode = village.Code });
        Assert.Contains("accept", (await gridWorker.GetAsync(byGrid.Id)).AllowedActions);
        await gridWorker.ActAsync(byGrid.Id, "accept", new { });
        var replied = await gridWorker.ActAsync(byGrid.Id, "reply", new { answer = "网格员已到现场协调处理。" });
        Assert.Equal("replied", replied.Status);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Two_orders_merged_into_each_other_at_once_close_only_one(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var admin = new WorkOrderApi(app.Client());
        for (var round = 0; round < 6; round++)
        {
            var a = await admin.RegisterAsync(WorkOrderApi.Complaint("路灯不亮", "幸福路路灯不亮。"));
            var b = await admin.RegisterAsync(WorkOrderApi.Complaint("路灯不亮", "幸福路路灯一直不亮。"));
            using var first = app.ClientAs("operator01");
            using var second = app.ClientAs("dispatcher01");

            var responses = await Task.WhenAll(
                first.PostAsJsonAsync($"/api/v1/work-orders/{a.Id}/merge", new { targetId = b.Id }, MinshengApp.Json),
                second.PostAsJsonAsync($"/api/v1/work-orders/{b.Id}/merge", new { targetId = a.Id }, MinshengApp.Json));

            var statuses = new[] { (await admin.GetAsync(a.Id)).Status, (await admin.GetAsync(b.Id)).Status };
            Assert.True(statuses.Count(s => s == "merged") == 1,
                $"round {round}: {statuses[0]}, {statuses[1]}; {await WorkOrderApi.Describe(responses[0])}; {await WorkOrderApi.Describe(responses[1])}");
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);

            // The loser either saw the winner's change (409) or came after it and found its target merged (400).
            Assert.Single(responses, r => r.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_merge_records_the_duplicate_on_its_target_and_refuses_a_cycle(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var admin = new WorkOrderApi(app.Client());
        var a = await admin.RegisterAsync(WorkOrderApi.Complaint());
        var b = await admin.RegisterAsync(WorkOrderApi.Complaint());

        await admin.ActAsync(a.Id, "merge", new { targetNumber = b.Number });

        var target = await admin.GetAsync(b.Id);
        Assert.Equal(b.Version + 1, target.Version);
        Assert.Equal("duplicate-merged", target.Events![^1].Action);
        Assert.Contains(a.Number, target.Events[^1].Comment, StringComparison.Ordinal);
        var back = await admin.PostActionAsync(b.Id, "merge", new { targetId = a.Id });
        Assert.Equal(HttpStatusCode.BadRequest, back.StatusCode);
        Assert.Equal(["targetId"], await WorkOrderApi.ErrorFieldsAsync(back));
        Assert.DoesNotContain("duplicate-merged", target.AllowedActions);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_merge_target_outside_the_actors_scope_does_not_exist_for_them(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var (town1, town2, _) = await UnitsAsync(app);
        var admin = new WorkOrderApi(app.Client());
        var source = await admin.RegisterAsync(WorkOrderApi.Complaint());
        await admin.ActAsync(source.Id, "dispatch", new { unitCode = town1.Code });
        var elsewhere = await admin.RegisterAsync(WorkOrderApi.Complaint());
        elsewhere = await admin.ActAsync(elsewhere.Id, "dispatch", new { unitCode = town2.Code });

        // An operator whose scope is township 1 only (no such role today; the use case must still hold its line).
        var scoped = new Actor(null, "town1-operator", new HashSet<string> { Roles.Operator }, new DataScope(false, [town1.Id], [], null));
        await using var scope = app.Services.CreateAsyncScope();
        var transitions = scope.ServiceProvider.GetRequiredService<WorkOrderTransitions>();

        var result = await transitions.MergeAsync(scoped, source.Id, new MergeRequest(elsewhere.Id), CancellationToken.None);

        var invalid = Assert.IsType<WorkOrderResult.Invalid>(result);
        Assert.Equal(["targetId"], invalid.Errors.Keys);
        Assert.Equal("dispatched", (await admin.GetAsync(source.Id)).Status);
        Assert.Equal(elsewhere.Version, (await admin.GetAsync(elsewhere.Id)).Version);
    }

    private static async Task<(UnitDto Town1, UnitDto Town2, UnitDto Village)> UnitsAsync(MinshengApp app)
    {
        var townships = await AccountsTestData.TownshipsAsync(app);
        var units = (await app.Client().GetFromJsonAsync<UnitDto[]>("/api/v1/units", MinshengApp.Json))!;
        var regions = (await app.Client().GetFromJsonAsync<RegionDto[]>("/api/v1/regions", MinshengApp.Json))!;

        // The grid worker's village: the first village region of township 1, and the unit that answers for it.
        var villageRegion = regions.Where(r => r.Level == "village" && r.ParentCode == townships[0].RegionCode)
            .OrderBy(r => r.Code, StringComparer.Ordinal).First();
        var village = units.Single(u => u.RegionCode == villageRegion.Code);
        return (townships[0], townships[1], village);
    }
}
