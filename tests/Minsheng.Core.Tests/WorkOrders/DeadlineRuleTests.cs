using Minsheng.Core.Calendar;
using Minsheng.Core.WorkOrders;
using static Minsheng.Core.Tests.Calendar.Beijing;

namespace Minsheng.Core.Tests.WorkOrders;

public sealed class DeadlineRuleTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.ChinaDefault;

    /// <summary>Tuesday 3 March 2026, 10:00 in Beijing: an ordinary working morning.</summary>
    private static readonly DateTime Now = At(2026, 3, 3, 10);

    private static readonly DeadlineClock Clock = DeadlineClock.At(Now, Calendar);

    [Theory]
    [InlineData(WorkOrderStatus.Registered, false, false)]
    [InlineData(WorkOrderStatus.Dispatched, true, true)]
    [InlineData(WorkOrderStatus.Returned, false, false)]
    [InlineData(WorkOrderStatus.Accepted, false, true)]
    [InlineData(WorkOrderStatus.Replied, false, false)]
    [InlineData(WorkOrderStatus.AwaitingCallback, false, false)]
    [InlineData(WorkOrderStatus.Reopened, true, true)]
    [InlineData(WorkOrderStatus.Closed, false, false)]
    [InlineData(WorkOrderStatus.Merged, false, false)]
    [InlineData(WorkOrderStatus.Withdrawn, false, false)]
    public void Each_status_runs_exactly_its_clocks(WorkOrderStatus status, bool acceptRuns, bool replyRuns)
    {
        var passed = Now.AddMinutes(-1);
        Assert.Equal(acceptRuns, DeadlineRule.AcceptClockRuns(status));
        Assert.Equal(replyRuns, DeadlineRule.ReplyClockRuns(status));
        Assert.Equal(acceptRuns, DeadlineRule.Evaluate(status, passed, null, Clock).IsOverdue);
        Assert.Equal(replyRuns, DeadlineRule.Evaluate(status, null, passed, Clock).IsOverdue);
        Assert.Equal(acceptRuns || replyRuns, DeadlineRule.IsOverdue(status, passed, passed, Now));
    }

    [Fact]
    public void A_reopened_order_past_its_new_accept_by_is_overdue_though_its_reply_by_is_far()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Reopened);
        var afterAcceptBy = order.AcceptBy!.Value.AddMinutes(1);

        var state = DeadlineRule.Evaluate(order, DeadlineClock.At(afterAcceptBy, Calendar));

        Assert.True(afterAcceptBy < order.ReplyBy);
        Assert.True(state.IsOverdue);
        Assert.Equal(new RunningDeadline(DeadlineKind.Accept, order.AcceptBy.Value, DeadlineStanding.Overdue), state.MostPressing);
    }

    [Fact]
    public void A_deadline_is_met_at_the_deadline_itself_and_passed_just_after()
    {
        Assert.False(DeadlineRule.IsReplyOverdue(WorkOrderStatus.Accepted, Now, Now));
        Assert.True(DeadlineRule.IsReplyOverdue(WorkOrderStatus.Accepted, Now.AddTicks(-1), Now));
        Assert.True(DeadlineRule.IsMet(Now, Now));
        Assert.False(DeadlineRule.IsMet(Now, Now.AddTicks(1)));
        Assert.Null(DeadlineRule.IsMet(null, Now));
    }

    [Fact]
    public void Due_soon_means_within_one_working_day_not_24_clock_hours_across_a_weekend()
    {
        // Friday 6 March 2026 10:00: one working day later is Monday 10:00 (12:00-14:00 and the weekend do not count).
        var friday = DeadlineClock.At(At(2026, 3, 6, 10), Calendar);
        Assert.Equal(At(2026, 3, 9, 10), friday.DueSoonUntil);

        Assert.True(DeadlineRule.Evaluate(WorkOrderStatus.Accepted, null, At(2026, 3, 9, 9, 30), friday).IsDueSoon);
        Assert.True(DeadlineRule.Evaluate(WorkOrderStatus.Accepted, null, At(2026, 3, 9, 10), friday).IsDueSoon);
        Assert.False(DeadlineRule.Evaluate(WorkOrderStatus.Accepted, null, At(2026, 3, 9, 10, 30), friday).IsDueSoon);
    }

    [Fact]
    public void Due_soon_reaches_past_a_holiday_to_the_first_working_day_after_it()
    {
        // Wednesday 30 September 2026 15:00, before 国庆节 (1-7 October off): 2.5 h left that day, 4.5 h on Thursday 8 October.
        var beforeHoliday = DeadlineClock.At(At(2026, 9, 30, 15), Calendar);
        Assert.Equal(At(2026, 10, 8, 15), beforeHoliday.DueSoonUntil);

        var state = DeadlineRule.Evaluate(WorkOrderStatus.Dispatched, At(2026, 10, 8, 9), At(2026, 10, 20, 17), beforeHoliday);
        Assert.True(state.IsDueSoon);
        Assert.Equal(new RunningDeadline(DeadlineKind.Accept, At(2026, 10, 8, 9), DeadlineStanding.DueSoon), state.MostPressing);
        Assert.Equal(DeadlineStanding.OnTrack, state.Reply!.Standing);
    }

    [Fact]
    public void Outside_working_time_the_window_counts_from_the_next_opening()
    {
        // Saturday 7 March 2026 20:00: the next working day is Monday, so due soon runs to Monday 17:30.
        Assert.Equal(At(2026, 3, 9, 17, 30), DeadlineClock.At(At(2026, 3, 7, 20), Calendar).DueSoonUntil);
    }

    [Fact]
    public void An_overdue_order_is_not_also_due_soon_and_shows_the_passed_reply_by_first()
    {
        var state = DeadlineRule.Evaluate(WorkOrderStatus.Dispatched, Now.AddHours(-2), Now.AddMinutes(-1), Clock);

        Assert.True(state.IsOverdue);
        Assert.False(state.IsDueSoon);
        Assert.Equal(DeadlineKind.Reply, state.MostPressing!.Kind);
    }

    [Fact]
    public void An_order_with_no_running_clock_has_no_deadline_to_show()
    {
        var state = DeadlineRule.Evaluate(WorkOrderStatus.Replied, Now.AddDays(-3), Now.AddDays(-1), Clock);

        Assert.Same(DeadlineState.None, state);
        Assert.Null(state.MostPressing);
        Assert.False(state.IsOverdue || state.IsDueSoon);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_query_form_agrees_with_the_rule(WorkOrderStatus status, int? acceptInMinutes, int? replyInMinutes)
    {
        var order = OrderWith(status, acceptInMinutes, replyInMinutes);
        var state = DeadlineRule.Evaluate(order, Clock);

        Assert.Equal(state.IsOverdue, DeadlineRule.Overdue(Clock.Now).Compile()(order));
        Assert.Equal(state.IsDueSoon, DeadlineRule.DueSoon(Clock).Compile()(order));
    }

    /// <summary>Every status × deadlines passed, due soon, far, or absent (minutes from <see cref="Now"/>).</summary>
    public static TheoryData<WorkOrderStatus, int?, int?> Cases()
    {
        int?[] offsets = [null, -60, 0, 60, 7 * 60, 3 * 24 * 60];
        var data = new TheoryData<WorkOrderStatus, int?, int?>();
        foreach (var status in Enum.GetValues<WorkOrderStatus>())
        {
            foreach (var accept in offsets)
            {
                foreach (var reply in offsets)
                {
                    data.Add(status, accept, reply);
                }
            }
        }

        return data;
    }

    private static WorkOrder OrderWith(WorkOrderStatus status, int? acceptInMinutes, int? replyInMinutes)
    {
        var order = TestOrders.Registered();
        SetPrivate(order, nameof(WorkOrder.Status), status);
        SetPrivate(order, nameof(WorkOrder.AcceptBy), acceptInMinutes is { } a ? Now.AddMinutes(a) : null);
        SetPrivate(order, nameof(WorkOrder.ReplyBy), replyInMinutes is { } r ? Now.AddMinutes(r) : null);
        return order;
    }

    private static void SetPrivate(WorkOrder order, string property, object? value) =>
        typeof(WorkOrder).GetProperty(property)!.SetValue(order, value);
}
