using Minsheng.Core.WorkOrders;

namespace Minsheng.Core.Tests.WorkOrders;

/// <summary>The order page offers the next step first, folds the rest and sets the destructive ones apart.</summary>
public sealed class WorkOrderNextStepTests
{
    private static WorkOrderActionPlan Everything(WorkOrderStatus status, bool extensionPending = false) =>
        WorkOrderNextStep.Plan(status, WorkOrderStateMachine.AllowedActions(status), extensionPending);

    [Theory]
    [InlineData(WorkOrderStatus.Registered, WorkOrderAction.Dispatch)]
    [InlineData(WorkOrderStatus.Returned, WorkOrderAction.Dispatch)]
    [InlineData(WorkOrderStatus.Dispatched, WorkOrderAction.Accept)]
    [InlineData(WorkOrderStatus.Accepted, WorkOrderAction.Reply)]
    [InlineData(WorkOrderStatus.Replied, WorkOrderAction.Review)]
    [InlineData(WorkOrderStatus.AwaitingCallback, WorkOrderAction.Callback)]
    [InlineData(WorkOrderStatus.Reopened, WorkOrderAction.Accept)]
    [InlineData(WorkOrderStatus.Closed, WorkOrderAction.Reopen)]
    public void The_next_step_is_the_lifecycles_forward_move(WorkOrderStatus status, WorkOrderAction next) =>
        Assert.Equal(next, Everything(status).Next);

    [Theory]
    [InlineData(WorkOrderStatus.Merged)]
    [InlineData(WorkOrderStatus.Withdrawn)]
    public void A_finished_order_has_no_step(WorkOrderStatus status)
    {
        var plan = Everything(status);
        Assert.Null(plan.Next);
        Assert.Empty(plan.Others);
    }

    [Fact]
    public void Whoever_cannot_take_the_forward_move_gets_their_own_safe_step_first()
    {
        // A dispatcher on a dispatched order may 转派 (shown as dispatch), merge or withdraw it, not accept it.
        var plan = WorkOrderNextStep.Plan(WorkOrderStatus.Dispatched,
            [WorkOrderAction.Withdraw, WorkOrderAction.Merge, WorkOrderAction.Dispatch]);
        Assert.Equal(WorkOrderAction.Dispatch, plan.Next);
        Assert.Equal([WorkOrderAction.Merge, WorkOrderAction.Withdraw], plan.Others);
    }

    [Fact]
    public void Destructive_actions_come_last_and_are_never_the_next_step()
    {
        var plan = Everything(WorkOrderStatus.Accepted);
        Assert.Equal(
            [WorkOrderAction.Return, WorkOrderAction.Merge, WorkOrderAction.Withdraw],
            plan.Others.Where(WorkOrderNextStep.IsDestructive));
        Assert.Equal(plan.Others.Where(WorkOrderNextStep.IsDestructive), plan.Others.TakeLast(3));

        var onlyDestructive = WorkOrderNextStep.Plan(WorkOrderStatus.Dispatched, [WorkOrderAction.Return, WorkOrderAction.Withdraw]);
        Assert.Null(onlyDestructive.Next);
        Assert.Equal([WorkOrderAction.Return, WorkOrderAction.Withdraw], onlyDestructive.Others);
    }

    [Theory]
    [InlineData(WorkOrderAction.Return, true)]
    [InlineData(WorkOrderAction.Merge, true)]
    [InlineData(WorkOrderAction.Withdraw, true)]
    [InlineData(WorkOrderAction.Reopen, false)]
    [InlineData(WorkOrderAction.Close, false)]
    [InlineData(WorkOrderAction.Dispatch, false)]
    public void Return_merge_and_withdraw_are_the_destructive_ones(WorkOrderAction action, bool destructive) =>
        Assert.Equal(destructive, WorkOrderNextStep.IsDestructive(action));

    [Fact]
    public void A_pending_extension_request_makes_its_decision_the_next_step()
    {
        WorkOrderAction[] dispatcher = [WorkOrderAction.Dispatch, WorkOrderAction.ExtensionDecision, WorkOrderAction.Withdraw];
        Assert.Equal(WorkOrderAction.ExtensionDecision, WorkOrderNextStep.Plan(WorkOrderStatus.Accepted, dispatcher, extensionPending: true).Next);
        Assert.Equal(WorkOrderAction.Dispatch, WorkOrderNextStep.Plan(WorkOrderStatus.Accepted, dispatcher, extensionPending: false).Next);
        Assert.Equal(WorkOrderAction.Reply, Everything(WorkOrderStatus.Accepted, extensionPending: false).Next);
    }

    [Fact]
    public void Actions_the_status_does_not_allow_are_dropped()
    {
        var plan = WorkOrderNextStep.Plan(WorkOrderStatus.Replied, [WorkOrderAction.Review, WorkOrderAction.Accept, WorkOrderAction.Withdraw]);
        Assert.Equal(WorkOrderAction.Review, plan.Next);
        Assert.Empty(plan.Others);
    }

    [Theory]
    [MemberData(nameof(WorkOrderStateMachineTests.AllStatuses), MemberType = typeof(WorkOrderStateMachineTests))]
    public void Every_allowed_action_is_offered_once(WorkOrderStatus status)
    {
        var allowed = WorkOrderStateMachine.AllowedActions(status);
        Assert.Equal(allowed.Order(), Everything(status).All.Order());
    }
}
