using Minsheng.Core.WorkOrders;

namespace Minsheng.Core.Tests.WorkOrders;

/// <summary>Every event that sets or moves a deadline records it; accept and reply record whether they were on time.</summary>
public sealed class EventDeadlineTests
{
    [Fact]
    public void Dispatch_records_both_deadlines_and_redispatch_only_the_new_accept_by()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Dispatched);
        var dispatch = order.Events[^1];
        Assert.Equal((order.AcceptBy, order.ReplyBy), (dispatch.AcceptBy, dispatch.ReplyBy));

        var now = TestOrders.Next(order);
        order.Dispatch(TestOrders.UnitB, [], TestOrders.DeadlinesFrom(now), TestOrders.Dispatcher, now, null);

        var redispatch = order.Events[^1];
        Assert.Equal(WorkOrderAction.Redispatch, redispatch.Action);
        Assert.Equal(now.AddDays(1), redispatch.AcceptBy);
        Assert.Null(redispatch.ReplyBy); // handing it on buys no time to reply
        Assert.Equal(dispatch.ReplyBy, order.ReplyBy);
    }

    [Fact]
    public void Accept_records_whether_it_was_signed_for_by_the_accept_by()
    {
        var onTime = TestOrders.InStatus(WorkOrderStatus.Dispatched);
        onTime.Accept(TestOrders.UnitHandler, onTime.AcceptBy!.Value);
        Assert.True(onTime.Events[^1].OnTime);

        var late = TestOrders.InStatus(WorkOrderStatus.Dispatched);
        late.Accept(TestOrders.UnitHandler, late.AcceptBy!.Value.AddSeconds(1));
        Assert.False(late.Events[^1].OnTime);
    }

    [Fact]
    public void A_reopened_order_is_accepted_against_the_accept_by_its_reopen_set()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Reopened);
        var reopen = order.Events[^1];
        Assert.Equal(WorkOrderAction.Callback, reopen.Action);
        Assert.Equal((order.AcceptBy, order.ReplyBy), (reopen.AcceptBy, reopen.ReplyBy));

        order.Accept(TestOrders.UnitHandler, order.AcceptBy!.Value.AddMinutes(1));
        Assert.False(order.Events[^1].OnTime);
    }

    [Fact]
    public void A_supervisor_reopen_records_its_new_deadlines()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Closed);
        var now = TestOrders.Next(order);
        order.Reopen("市民再次来电", TestOrders.DeadlinesFrom(now), TestOrders.Reviewer, now);

        Assert.Equal((now.AddDays(1), now.AddDays(15)), (order.Events[^1].AcceptBy, order.Events[^1].ReplyBy));
    }

    [Fact]
    public void An_approved_extension_records_the_new_reply_by_and_a_rejected_one_nothing()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Accepted);
        var until = order.ReplyBy!.Value.AddDays(5);
        order.RequestExtension(until, "需协调", TestOrders.UnitHandler, TestOrders.Next(order));
        Assert.Null(order.Events[^1].ReplyBy); // only asked for
        order.DecideExtension(false, "理由不足", TestOrders.Dispatcher, TestOrders.Next(order));
        Assert.Null(order.Events[^1].ReplyBy);

        order.RequestExtension(until, "需协调", TestOrders.UnitHandler, TestOrders.Next(order));
        order.DecideExtension(true, null, TestOrders.Dispatcher, TestOrders.Next(order));
        Assert.Equal(until, order.Events[^1].ReplyBy);
        Assert.Null(order.Events[^1].AcceptBy);
    }

    [Fact]
    public void Events_that_set_no_deadline_record_none()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Closed);
        Assert.All(order.Events.Where(e => e.Action is not (WorkOrderAction.Dispatch or WorkOrderAction.Redispatch
                or WorkOrderAction.Reopen or WorkOrderAction.Callback or WorkOrderAction.ExtensionDecision)),
            e => Assert.Equal((null, null), (e.AcceptBy, e.ReplyBy)));
        Assert.All(order.Events.Where(e => e.Action is not (WorkOrderAction.Accept or WorkOrderAction.Reply)), e => Assert.Null(e.OnTime));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Deadlines_and_on_time_flags_rebuild_from_the_events_alone(string path)
    {
        var order = TestOrders.Registered();
        foreach (var step in path.Split(' '))
        {
            Step(order, step);
            EventLogAssert.Rebuilds(order);
        }
    }

    /// <summary>Paths through every transition, with accepts and replies both on time and late.</summary>
    public static TheoryData<string> Paths() => new(
        "dispatch accept reply pass callback-ok",
        "dispatch late-accept late-reply pass callback-unsolved accept reply pass close reopen late-accept reply",
        "dispatch redispatch accept redispatch accept extend approve late-reply reject reply pass callback-unsatisfied dispatch accept reply",
        "dispatch return dispatch accept return dispatch accept extend deny reply pass close",
        "direct-answer pass reopen dispatch accept reply",
        "dispatch accept assist merge",
        "dispatch callback-free-withdraw");

    private static void Step(WorkOrder order, string step)
    {
        var now = TestOrders.Next(order);
        var actor = TestOrders.UnitHandler;
        switch (step)
        {
            case "dispatch":
                order.Dispatch(TestOrders.UnitA, [TestOrders.UnitC], TestOrders.DeadlinesFrom(now), TestOrders.Dispatcher, now, null);
                break;
            case "redispatch":
                order.Dispatch(order.LeadUnitId == TestOrders.UnitA ? TestOrders.UnitB : TestOrders.UnitA, [], TestOrders.DeadlinesFrom(now),
                    TestOrders.Dispatcher, now, null);
                break;
            case "accept":
                order.Accept(actor, now);
                break;
            case "late-accept":
                order.Accept(actor, order.AcceptBy!.Value.AddHours(1));
                break;
            case "return":
                order.Return("不属于本单位", actor, now);
                break;
            case "extend":
                order.RequestExtension(order.ReplyBy!.Value.AddDays(3), "需协调", actor, now);
                break;
            case "approve" or "deny":
                order.DecideExtension(step == "approve", null, TestOrders.Dispatcher, now);
                break;
            case "reply":
                order.Reply("已处理。", actor, now);
                break;
            case "late-reply":
                order.Reply("已处理。", actor, order.ReplyBy!.Value.AddHours(1));
                break;
            case "pass" or "reject":
                order.Review(step == "pass", step == "pass" ? null : "答复不完整", TestOrders.Reviewer, now);
                break;
            case "callback-ok":
                order.RecordCallback(true, Satisfaction.Satisfied, null, TestOrders.DeadlinesFrom(now), TestOrders.CallbackAgent, now);
                break;
            case "callback-unsolved" or "callback-unsatisfied":
                order.RecordCallback(step == "callback-unsatisfied", Satisfaction.Unsatisfied, null, TestOrders.DeadlinesFrom(now),
                    TestOrders.CallbackAgent, now);
                break;
            case "close":
                order.Close("联系不上市民", TestOrders.CallbackAgent, now);
                break;
            case "reopen":
                order.Reopen("市民再次来电", TestOrders.DeadlinesFrom(now), TestOrders.Reviewer, now);
                break;
            case "direct-answer":
                order.DirectAnswer("请拨打市政热线。", TestOrders.Operator, now);
                break;
            case "assist":
                order.RecordAssistOpinion(TestOrders.UnitC, "已核实。", "unit-c-handler", now);
                break;
            case "merge":
                order.MergeInto(TestOrders.Registered(), null, TestOrders.Operator, now);
                break;
            case "callback-free-withdraw":
                order.Withdraw("市民撤回", TestOrders.Operator, now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown step.");
        }
    }
}
