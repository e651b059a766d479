using Minsheng.Core.WorkOrders;

namespace Minsheng.Core.Tests.WorkOrders;

/// <summary>The transition table, pinned cell by cell against <see cref="ExpectedLifecycle"/>.</summary>
public sealed class WorkOrderStateMachineTests
{
    public static TheoryData<WorkOrderStatus, WorkOrderAction> AllPairs
    {
        get
        {
            var data = new TheoryData<WorkOrderStatus, WorkOrderAction>();
            foreach (var status in Enum.GetValues<WorkOrderStatus>())
            {
                foreach (var action in Enum.GetValues<WorkOrderAction>())
                {
                    data.Add(status, action);
                }
            }

            return data;
        }
    }

    public static TheoryData<WorkOrderStatus> AllStatuses => new(Enum.GetValues<WorkOrderStatus>());

    [Fact]
    public void Expected_matrix_covers_every_status_and_every_action_in_declaration_order()
    {
        Assert.Equal(Enum.GetValues<WorkOrderAction>(), ExpectedLifecycle.Columns);
        Assert.Equal(
            Enum.GetValues<WorkOrderStatus>().Order(),
            ExpectedLifecycle.Rows.Keys.Order());
        foreach (var status in Enum.GetValues<WorkOrderStatus>())
        {
            var cells = ExpectedLifecycle.Cells(status);
            Assert.Equal(ExpectedLifecycle.Columns.Length, cells.Length);
            Assert.All(cells, cell => Assert.Contains(cell, new[] { "X", "." }));
        }
    }

    [Fact]
    public void Table_has_exactly_the_expected_number_of_allowed_pairs()
    {
        var allowed = Enum.GetValues<WorkOrderStatus>()
            .SelectMany(s => Enum.GetValues<WorkOrderAction>().Select(a => (s, a)))
            .Count(p => WorkOrderStateMachine.CanApply(p.s, p.a));

        Assert.Equal(31, allowed);
        Assert.Equal(31, ExpectedLifecycle.Targets.Count);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void CanApply_matches_the_expected_matrix(WorkOrderStatus status, WorkOrderAction action)
    {
        Assert.Equal(ExpectedLifecycle.Allows(status, action), WorkOrderStateMachine.CanApply(status, action));
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void TargetsOf_matches_the_expected_targets(WorkOrderStatus status, WorkOrderAction action)
    {
        var expected = ExpectedLifecycle.Targets.TryGetValue((status, action), out var targets) ? targets : [];

        Assert.Equal(ExpectedLifecycle.Allows(status, action), expected.Length > 0);
        Assert.Equal(expected.Order(), WorkOrderStateMachine.TargetsOf(status, action).Order());
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void EnsureCanApply_throws_a_chinese_message_naming_status_and_action_exactly_when_refused(
        WorkOrderStatus status, WorkOrderAction action)
    {
        if (ExpectedLifecycle.Allows(status, action))
        {
            WorkOrderStateMachine.EnsureCanApply(status, action);
            return;
        }

        var ex = Assert.Throws<IllegalTransitionException>(() => WorkOrderStateMachine.EnsureCanApply(status, action));

        Assert.Equal(status, ex.From);
        Assert.Equal(action, ex.Action);
        var statusName = ExpectedLifecycle.StatusNames[status];
        var actionName = ExpectedLifecycle.ActionNames[action];
        Assert.Equal($"工单当前状态为「{statusName}」，不能执行「{actionName}」。", ex.Message);
        Assert.Contains($"「{statusName}」", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"「{actionName}」", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(status.ToString(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IllegalTransition_message_for_a_known_pair()
    {
        var ex = new IllegalTransitionException(WorkOrderStatus.Closed, WorkOrderAction.Dispatch);

        Assert.Equal("工单当前状态为「已办结」，不能执行「派单」。", ex.Message);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void AllowedActions_lists_the_row_in_lifecycle_order(WorkOrderStatus status)
    {
        var expected = ExpectedLifecycle.Columns.Where(a => ExpectedLifecycle.Allows(status, a));

        Assert.Equal(expected, WorkOrderStateMachine.AllowedActions(status));
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Final_statuses_are_closed_merged_and_withdrawn(WorkOrderStatus status)
    {
        var final = status is WorkOrderStatus.Closed or WorkOrderStatus.Merged or WorkOrderStatus.Withdrawn;

        Assert.Equal(final, WorkOrderStateMachine.IsFinal(status));
        Assert.Equal(!final, WorkOrderStateMachine.IsOpen(status));
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Final_statuses_allow_nothing_but_a_reopen_of_a_closed_order(WorkOrderStatus status)
    {
        if (!WorkOrderStateMachine.IsFinal(status))
        {
            return;
        }

        var expected = status == WorkOrderStatus.Closed ? [WorkOrderAction.Reopen] : Array.Empty<WorkOrderAction>();
        Assert.Equal(expected, WorkOrderStateMachine.AllowedActions(status));
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void Register_is_never_a_transition(WorkOrderStatus status)
    {
        Assert.False(WorkOrderStateMachine.CanApply(status, WorkOrderAction.Register));
    }

    [Fact]
    public void Names_cover_every_status_and_action()
    {
        foreach (var status in Enum.GetValues<WorkOrderStatus>())
        {
            Assert.Equal(ExpectedLifecycle.StatusNames[status], WorkOrderNames.Of(status));
        }

        foreach (var action in Enum.GetValues<WorkOrderAction>())
        {
            Assert.Equal(ExpectedLifecycle.ActionNames[action], WorkOrderNames.Of(action));
        }
    }
}
