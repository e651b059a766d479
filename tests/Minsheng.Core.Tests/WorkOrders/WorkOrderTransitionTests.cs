using Minsheng.Core.WorkOrders;

namespace Minsheng.Core.Tests.WorkOrders;

/// <summary>
/// Every aggregate method in every status, on real orders: allowed calls move exactly one step and
/// append exactly one event; refused ones throw <see cref="IllegalTransitionException"/> and change nothing.
/// </summary>
public sealed class WorkOrderTransitionTests
{
    private const string Actor = "actor-under-test";

    private static readonly IReadOnlyDictionary<string, Operation> _operations = new[]
    {
        new Operation(
            nameof(WorkOrder.DirectAnswer),
            _ => WorkOrderAction.DirectAnswer,
            WorkOrderStatus.Replied,
            null,
            (o, now) => o.DirectAnswer("您好，该问题请参照市政府公告办理。", Actor, now)),
        new Operation(
            nameof(WorkOrder.Dispatch),
            s => s is WorkOrderStatus.Dispatched or WorkOrderStatus.Accepted ? WorkOrderAction.Redispatch : WorkOrderAction.Dispatch,
            WorkOrderStatus.Dispatched,
            null,
            (o, now) => o.Dispatch(
                o.LeadUnitId == TestOrders.UnitB ? TestOrders.UnitA : TestOrders.UnitB,
                [],
                TestOrders.DeadlinesFrom(now),
                Actor,
                now,
                null)),
        new Operation(
            nameof(WorkOrder.Return),
            _ => WorkOrderAction.Return,
            WorkOrderStatus.Returned,
            null,
            (o, now) => o.Return("不属于本单位职责", Actor, now)),
        new Operation(
            nameof(WorkOrder.Accept),
            _ => WorkOrderAction.Accept,
            WorkOrderStatus.Accepted,
            null,
            (o, now) => o.Accept(Actor, now)),
        new Operation(
            nameof(WorkOrder.RequestExtension),
            _ => WorkOrderAction.ExtensionRequest,
            WorkOrderStatus.Accepted,
            null,
            (o, now) => o.RequestExtension((o.ReplyBy ?? now).AddDays(10), "需协调多个部门", Actor, now)),
        new Operation(
            nameof(WorkOrder.DecideExtension),
            _ => WorkOrderAction.ExtensionDecision,
            WorkOrderStatus.Accepted,
            o =>
            {
                var now = TestOrders.Next(o);
                o.RequestExtension((o.ReplyBy ?? now).AddDays(10), "需协调多个部门", TestOrders.UnitHandler, now);
            },
            (o, now) => o.DecideExtension(true, "同意", Actor, now)),
        new Operation(
            nameof(WorkOrder.Reply),
            _ => WorkOrderAction.Reply,
            WorkOrderStatus.Replied,
            null,
            (o, now) => o.Reply("已处理完毕。", Actor, now)),
        new Operation(
            nameof(WorkOrder.Review),
            _ => WorkOrderAction.Review,
            WorkOrderStatus.AwaitingCallback,
            null,
            (o, now) => o.Review(true, null, Actor, now)),
        new Operation(
            nameof(WorkOrder.RecordCallback),
            _ => WorkOrderAction.Callback,
            WorkOrderStatus.Closed,
            null,
            (o, now) => o.RecordCallback(true, Satisfaction.Satisfied, null, TestOrders.DeadlinesFrom(now), Actor, now)),
        new Operation(
            nameof(WorkOrder.Reopen),
            _ => WorkOrderAction.Reopen,
            WorkOrderStatus.Reopened,
            null,
            (o, now) => o.Reopen("市民再次来电反映", TestOrders.DeadlinesFrom(now), Actor, now)),
        new Operation(
            nameof(WorkOrder.MergeInto),
            _ => WorkOrderAction.Merge,
            WorkOrderStatus.Merged,
            null,
            (o, now) => o.MergeInto(TestOrders.Registered(), "重复来电", Actor, now)),
        new Operation(
            nameof(WorkOrder.Withdraw),
            _ => WorkOrderAction.Withdraw,
            WorkOrderStatus.Withdrawn,
            null,
            (o, now) => o.Withdraw("市民撤回诉求", Actor, now)),
        new Operation(
            nameof(WorkOrder.Close),
            _ => WorkOrderAction.Close,
            WorkOrderStatus.Closed,
            null,
            (o, now) => o.Close("多次联系市民未接通", Actor, now)),
        new Operation(
            nameof(WorkOrder.RecordAssistOpinion),
            _ => WorkOrderAction.AssistOpinion,
            null,
            null,
            (o, now) => o.RecordAssistOpinion(TestOrders.UnitC, "已核实现场，建议由主办单位统一维修。", Actor, now)),
    }.ToDictionary(op => op.Name, StringComparer.Ordinal);

    public static TheoryData<WorkOrderStatus> AllStatuses => new(Enum.GetValues<WorkOrderStatus>());

    public static TheoryData<WorkOrderStatus, string> StatusByMethod
    {
        get
        {
            var data = new TheoryData<WorkOrderStatus, string>();
            foreach (var status in Enum.GetValues<WorkOrderStatus>())
            {
                foreach (var method in _operations.Keys)
                {
                    data.Add(status, method);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Methods_under_test_cover_every_action_but_register()
    {
        var covered = _operations.Values
            .SelectMany(op => Enum.GetValues<WorkOrderStatus>().Select(op.ActionFor))
            .Distinct()
            .Order();

        // Register starts an order and DuplicateMerged is recorded on a merge's target: neither is taken on its own.
        Assert.Equal(Enum.GetValues<WorkOrderAction>().Where(a => a is not (WorkOrderAction.Register or WorkOrderAction.DuplicateMerged)).Order(), covered);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Helper_reaches_the_status_through_legal_steps_only(WorkOrderStatus status)
    {
        var order = TestOrders.InStatus(status);

        Assert.Equal(status, order.Status);
        Assert.Equal(order.Events.Count - 1, order.Version);
        Assert.Equal(Enumerable.Range(1, order.Events.Count), order.Events.Select(e => e.Sequence));
        Assert.Equal(WorkOrderAction.Register, order.Events[0].Action);
        for (var i = 1; i < order.Events.Count; i++)
        {
            var e = order.Events[i];
            Assert.Equal(order.Events[i - 1].ToStatus, e.FromStatus);
            Assert.True(ExpectedLifecycle.Allows(e.FromStatus!.Value, e.Action), $"{e.FromStatus} / {e.Action}");
            Assert.Contains(e.ToStatus, ExpectedLifecycle.Targets[(e.FromStatus.Value, e.Action)]);
            Assert.True(e.OccurredAt > order.Events[i - 1].OccurredAt);
        }

        Assert.Equal(status, order.Events[^1].ToStatus);
    }

    [Fact]
    public void Register_starts_at_version_0_with_one_register_event()
    {
        var order = TestOrders.Registered();

        Assert.Equal(WorkOrderStatus.Registered, order.Status);
        Assert.Equal(0, order.Version);
        Assert.Equal(TestOrders.T0, order.RegisteredAt);
        Assert.Equal(TestOrders.T0, order.UpdatedAt);
        var e = Assert.Single(order.Events);
        Assert.Equal(1, e.Sequence);
        Assert.Equal(WorkOrderAction.Register, e.Action);
        Assert.Null(e.FromStatus);
        Assert.Equal(WorkOrderStatus.Registered, e.ToStatus);
        Assert.Equal(TestOrders.Operator, e.Actor);
        Assert.Equal(TestOrders.T0, e.OccurredAt);
    }

    [Theory]
    [MemberData(nameof(StatusByMethod))]
    public void Method_follows_the_table_in_every_status(WorkOrderStatus status, string method)
    {
        var operation = _operations[method];
        var order = TestOrders.InStatus(status);
        var action = operation.ActionFor(status);
        var allowed = ExpectedLifecycle.Allows(status, action);
        if (allowed)
        {
            operation.Prepare?.Invoke(order);
        }

        var before = OrderSnapshot.Of(order);
        var now = TestOrders.Next(order);

        if (!allowed)
        {
            var ex = Assert.Throws<IllegalTransitionException>(() => operation.Invoke(order, now));
            Assert.Equal(status, ex.From);
            Assert.Equal(action, ex.Action);
            Assert.Equal(before, OrderSnapshot.Of(order));
            return;
        }

        operation.Invoke(order, now);

        var expectedTo = operation.ExpectedTo ?? status;
        Assert.Equal(expectedTo, order.Status);
        Assert.Contains(expectedTo, ExpectedLifecycle.Targets[(status, action)]);
        Assert.Equal(before.Version + 1, order.Version);
        Assert.Equal(before.EventCount + 1, order.Events.Count);
        Assert.Equal(now, order.UpdatedAt);
        var e = order.Events[^1];
        Assert.Equal(before.EventCount + 1, e.Sequence);
        Assert.Equal(action, e.Action);
        Assert.Equal(status, e.FromStatus);
        Assert.Equal(expectedTo, e.ToStatus);
        Assert.Equal(Actor, e.Actor);
        Assert.Equal(now, e.OccurredAt);
    }

    private sealed record Operation(
        string Name,
        Func<WorkOrderStatus, WorkOrderAction> ActionFor,
        WorkOrderStatus? ExpectedTo, // null: the order stays where it is
        Action<WorkOrder>? Prepare,
        Action<WorkOrder, DateTime> Invoke);
}
