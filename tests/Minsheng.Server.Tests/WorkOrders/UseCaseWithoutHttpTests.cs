using Microsoft.Extensions.DependencyInjection;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.WorkOrders;
using Minsheng.Server.Tests.Accounts;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

/// <summary>
/// A background job acts on orders through the same use cases as a person, with no request behind it: a named
/// system actor in, a result out, the same checks and the same audit trail.
/// </summary>
public sealed class UseCaseWithoutHttpTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_router_dispatches_an_order_and_is_named_in_the_timeline_and_the_audit_log(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var town1 = (await AccountsTestData.TownshipsAsync(app))[0];
        var order = await new WorkOrderApi(app.Client()).RegisterAsync(WorkOrderApi.Complaint());

        var result = await InScopeAsync(app, t => t.DispatchAsync(SystemActors.Router, order.Id,
            new DispatchRequest(town1.Code, Comment: "自动派单，置信度 0.97", Version: order.Version), CancellationToken.None));

        var done = Assert.IsType<WorkOrderResult.Done>(result);
        Assert.Equal(WorkOrderStatus.Dispatched, done.Order.Status);
        var stored = await new WorkOrderApi(app.Client()).GetAsync(order.Id);
        Assert.Equal("dispatch", stored.Events![^1].Action);
        Assert.Equal("system:router", stored.Events[^1].Actor);
        Assert.Equal("智能派单", stored.Events[^1].ActorName);
        var audit = await AccountsTestData.AuditAsync(app, "action=transition:dispatch");
        var entry = Assert.Single(audit);
        Assert.Equal("system:router", entry.GetProperty("actor").GetString());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_job_gets_the_same_refusals_a_person_does(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var order = await new WorkOrderApi(app.Client()).RegisterAsync(WorkOrderApi.Complaint());

        var blank = await InScopeAsync(app, t => t.DirectAnswerAsync(SystemActors.CallbackPolicy, order.Id, new AnswerRequest(null), CancellationToken.None));
        var notItsRole = await InScopeAsync(app, t => t.ReplyAsync(SystemActors.Router, order.Id, new AnswerRequest("已处理。"), CancellationToken.None));
        var stale = await InScopeAsync(app, t => t.DispatchAsync(SystemActors.Router, order.Id, new DispatchRequest(Version: order.Version + 5), CancellationToken.None));
        var notNow = await InScopeAsync(app, t => t.ReviewAsync(SystemActors.Sweeper, order.Id, new ReviewRequest(true), CancellationToken.None));
        var missing = await InScopeAsync(app, t => t.AcceptAsync(SystemActors.Create("tester", Roles.Admin), order.Id + 1000, new CommentRequest(), CancellationToken.None));
        var noUnit = await InScopeAsync(app, t => t.DispatchAsync(SystemActors.Router, order.Id, new DispatchRequest("NO-SUCH-UNIT"), CancellationToken.None));

        Assert.Equal(["answer"], Assert.IsType<WorkOrderResult.Invalid>(blank).Errors.Keys);
        Assert.Equal(WorkOrderAction.Reply, Assert.IsType<WorkOrderResult.Forbidden>(notItsRole).Action);
        Assert.Equal(order.Version, Assert.IsType<WorkOrderResult.StaleVersion>(stale).Current);
        Assert.Equal(WorkOrderStatus.Registered, Assert.IsType<WorkOrderResult.NotAllowedNow>(notNow).Status);
        Assert.IsType<WorkOrderResult.NotFound>(missing);
        Assert.Equal(["unitCode"], Assert.IsType<WorkOrderResult.Invalid>(noUnit).Errors.Keys);
        Assert.Equal(order.Version, (await new WorkOrderApi(app.Client()).GetAsync(order.Id)).Version);
    }

    private static async Task<WorkOrderResult> InScopeAsync(MinshengApp app, Func<WorkOrderTransitions, Task<WorkOrderResult>> run)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<WorkOrderTransitions>());
    }
}
