using Minsheng.Core.WorkOrders;

namespace Minsheng.Core.Tests.WorkOrders;

/// <summary>What each transition does beyond moving the status: outcomes, deadlines, counters, input rules.</summary>
public sealed class WorkOrderRulesTests
{
    private static readonly string _tooLongComment = new('字', WorkOrder.MaxCommentLength + 1);
    private static readonly string _tooLongContent = new('字', WorkOrder.MaxContentLength + 1);
    private static readonly string _tooLongTitle = new('字', WorkOrder.MaxTitleLength + 1);

    public static TheoryData<string?> BlankTexts => new(null, "", "   ", "\t\n");

    // ---- review ----

    [Fact]
    public void Review_pass_goes_to_callback_when_a_callback_is_required()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Replied, callbackRequired: true);
        var now = TestOrders.Next(order);

        order.Review(true, "答复规范", TestOrders.Reviewer, now);

        Assert.Equal(WorkOrderStatus.AwaitingCallback, order.Status);
        Assert.Null(order.ClosedAt);
        var e = order.Events[^1];
        Assert.Equal(WorkOrderAction.Review, e.Action);
        Assert.Equal(WorkOrderStatus.AwaitingCallback, e.ToStatus);
        Assert.Null(e.ToUnitId);
        Assert.Equal("答复规范", e.Comment);
        Assert.Equal("""{"pass":true}""", e.Outcome);
    }

    [Fact]
    public void Review_pass_closes_when_no_callback_is_required()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Replied, callbackRequired: false);
        var now = TestOrders.Next(order);

        order.Review(true, null, TestOrders.Reviewer, now);

        Assert.Equal(WorkOrderStatus.Closed, order.Status);
        Assert.Equal(now, order.ClosedAt);
        Assert.Equal(WorkOrderStatus.Closed, order.Events[^1].ToStatus);
    }

    [Theory]
    [InlineData(true, WorkOrderStatus.AwaitingCallback)]
    [InlineData(false, WorkOrderStatus.Closed)]
    public void Review_pass_of_a_direct_answer_follows_CallbackRequired(bool callbackRequired, WorkOrderStatus expected)
    {
        var order = TestOrders.DirectlyAnswered(callbackRequired);

        order.Review(true, null, TestOrders.Reviewer, TestOrders.Next(order));

        Assert.Equal(expected, order.Status);
    }

    [Fact]
    public void Review_reject_returns_the_order_to_the_same_unit()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Replied);
        var acceptedAt = order.AcceptedAt;
        var replyBy = order.ReplyBy;
        var now = TestOrders.Next(order);

        order.Review(false, "  答复未说明具体维修时间  ", TestOrders.Reviewer, now);

        Assert.Equal(WorkOrderStatus.Accepted, order.Status);
        Assert.Equal(TestOrders.UnitA, order.LeadUnitId);
        Assert.Equal(acceptedAt, order.AcceptedAt);
        Assert.Equal(replyBy, order.ReplyBy);
        Assert.Null(order.ClosedAt);
        var e = order.Events[^1];
        Assert.Equal(WorkOrderAction.Review, e.Action);
        Assert.Equal(WorkOrderStatus.Replied, e.FromStatus);
        Assert.Equal(WorkOrderStatus.Accepted, e.ToStatus);
        Assert.Equal(TestOrders.UnitA, e.ToUnitId);
        Assert.Equal("答复未说明具体维修时间", e.Comment);
        Assert.Equal("""{"pass":false}""", e.Outcome);

        // The unit can reply again.
        order.Reply("已明确维修时间为本周五。", TestOrders.UnitHandler, TestOrders.Next(order));
        Assert.Equal(WorkOrderStatus.Replied, order.Status);
    }

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void Review_reject_needs_a_comment(string? comment)
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Replied);

        AssertRefused(order, "comment", o => o.Review(false, comment, TestOrders.Reviewer, TestOrders.Next(o)));
    }

    [Fact]
    public void Review_reject_comment_has_a_maximum_length()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Replied);

        AssertRefused(order, "comment", o => o.Review(false, _tooLongComment, TestOrders.Reviewer, TestOrders.Next(o)));
    }

    [Fact]
    public void Review_reject_of_a_direct_answer_is_refused()
    {
        var order = TestOrders.DirectlyAnswered();
        Assert.Null(order.LeadUnitId);

        var ex = AssertRefused(order, "pass", o => o.Review(false, "答复不准确", TestOrders.Reviewer, TestOrders.Next(o)));
        Assert.Contains("派单", ex.Message, StringComparison.Ordinal);
    }

    // ---- callback ----

    [Theory]
    [InlineData(Satisfaction.Satisfied)]
    [InlineData(Satisfaction.BasicallySatisfied)]
    public void Callback_solved_and_satisfied_closes(Satisfaction satisfaction)
    {
        var order = TestOrders.InStatus(WorkOrderStatus.AwaitingCallback);
        var acceptBy = order.AcceptBy;
        var replyBy = order.ReplyBy;
        var now = TestOrders.Next(order);

        order.RecordCallback(true, satisfaction, "市民表示满意", TestOrders.DeadlinesFrom(now.AddDays(30)), TestOrders.CallbackAgent, now);

        Assert.Equal(WorkOrderStatus.Closed, order.Status);
        Assert.Equal(now, order.ClosedAt);
        Assert.True(order.Solved);
        Assert.Equal(satisfaction, order.Satisfaction);
        Assert.Equal(0, order.ReopenCount);
        Assert.Equal(acceptBy, order.AcceptBy);
        Assert.Equal(replyBy, order.ReplyBy);
        var e = order.Events[^1];
        Assert.Equal(WorkOrderAction.Callback, e.Action);
        Assert.Equal(WorkOrderStatus.Closed, e.ToStatus);
        Assert.Null(e.ToUnitId);
        Assert.Contains("\"solved\":true", e.Outcome, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, Satisfaction.Satisfied)]
    [InlineData(false, Satisfaction.BasicallySatisfied)]
    [InlineData(false, Satisfaction.Unsatisfied)]
    [InlineData(true, Satisfaction.Unsatisfied)]
    public void Callback_unsolved_or_unsatisfied_reopens_with_new_deadlines(bool solved, Satisfaction satisfaction)
    {
        var order = TestOrders.InStatus(WorkOrderStatus.AwaitingCallback);
        var now = TestOrders.Next(order);
        var reopen = new Deadlines(now.AddDays(2), now.AddDays(7));

        order.RecordCallback(solved, satisfaction, "路灯仍不亮", reopen, TestOrders.CallbackAgent, now);

        Assert.Equal(WorkOrderStatus.Reopened, order.Status);
        Assert.Equal(1, order.ReopenCount);
        Assert.Equal(reopen.AcceptBy, order.AcceptBy);
        Assert.Equal(reopen.ReplyBy, order.ReplyBy);
        Assert.Null(order.AcceptedAt);
        Assert.Null(order.ClosedAt);
        Assert.Equal(solved, order.Solved);
        Assert.Equal(satisfaction, order.Satisfaction);
        Assert.Equal(TestOrders.UnitA, order.LeadUnitId);
        var e = order.Events[^1];
        Assert.Equal(WorkOrderStatus.Reopened, e.ToStatus);
        Assert.Equal(TestOrders.UnitA, e.ToUnitId);
        Assert.Equal("路灯仍不亮", e.Comment);
    }

    [Fact]
    public void Reopened_order_can_be_signed_for_again_and_go_round_the_loop_twice()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Reopened);

        order.Accept(TestOrders.UnitHandler, TestOrders.Next(order));
        Assert.Equal(WorkOrderStatus.Accepted, order.Status);
        Assert.Equal(TestOrders.UnitA, order.LeadUnitId);
        order.Reply("已再次维修。", TestOrders.UnitHandler, TestOrders.Next(order));
        order.Review(true, null, TestOrders.Reviewer, TestOrders.Next(order));
        var now = TestOrders.Next(order);
        order.RecordCallback(false, Satisfaction.Unsatisfied, null, TestOrders.DeadlinesFrom(now), TestOrders.CallbackAgent, now);

        Assert.Equal(WorkOrderStatus.Reopened, order.Status);
        Assert.Equal(2, order.ReopenCount);
    }

    // ---- supervisor reopen ----

    [Theory]
    [InlineData(WorkOrderStatus.Closed)]
    [InlineData(WorkOrderStatus.AwaitingCallback)]
    public void Reopen_starts_new_deadlines_and_counts(WorkOrderStatus status)
    {
        var order = TestOrders.InStatus(status);
        var now = TestOrders.Next(order);
        var deadlines = new Deadlines(now.AddDays(1), now.AddDays(5));
        var reopenCount = order.ReopenCount;

        order.Reopen("  市民再次来电  ", deadlines, "supervisor-01", now);

        Assert.Equal(WorkOrderStatus.Reopened, order.Status);
        Assert.Equal(reopenCount + 1, order.ReopenCount);
        Assert.Equal(deadlines.AcceptBy, order.AcceptBy);
        Assert.Equal(deadlines.ReplyBy, order.ReplyBy);
        Assert.Null(order.ClosedAt);
        Assert.Null(order.AcceptedAt);
        Assert.Equal("市民再次来电", order.Events[^1].Comment);
        Assert.Equal(TestOrders.UnitA, order.Events[^1].ToUnitId);
    }

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void Reopen_needs_a_reason(string? reason)
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Closed);
        var now = TestOrders.Next(order);

        AssertRefused(order, "reason", o => o.Reopen(reason!, TestOrders.DeadlinesFrom(now), "supervisor-01", now));
    }

    // ---- dispatch, redispatch, return ----

    [Fact]
    public void First_dispatch_sets_unit_assistants_and_both_deadlines()
    {
        var order = TestOrders.Registered();
        var now = TestOrders.Next(order);
        var deadlines = TestOrders.DeadlinesFrom(now);

        order.Dispatch(TestOrders.UnitA, [TestOrders.UnitB, TestOrders.UnitC, TestOrders.UnitB], deadlines, TestOrders.Dispatcher, now, null);

        Assert.Equal(WorkOrderStatus.Dispatched, order.Status);
        Assert.Equal(TestOrders.UnitA, order.LeadUnitId);
        Assert.Equal([TestOrders.UnitB, TestOrders.UnitC], order.AssistingUnitIds);
        Assert.Equal(now, order.DispatchedAt);
        Assert.Equal(deadlines.AcceptBy, order.AcceptBy);
        Assert.Equal(deadlines.ReplyBy, order.ReplyBy);
        var e = order.Events[^1];
        Assert.Equal(WorkOrderAction.Dispatch, e.Action);
        Assert.Null(e.FromUnitId);
        Assert.Equal(TestOrders.UnitA, e.ToUnitId);
        Assert.Equal($"{{\"assistingUnitIds\":[{TestOrders.UnitB},{TestOrders.UnitC}]}}", e.Outcome);
    }

    [Fact]
    public void A_dispatch_without_assisting_units_records_no_outcome()
    {
        var order = TestOrders.Registered();
        var now = TestOrders.Next(order);

        order.Dispatch(TestOrders.UnitA, [], TestOrders.DeadlinesFrom(now), TestOrders.Dispatcher, now, null);

        Assert.Null(order.Events[^1].Outcome);
    }

    [Theory]
    [InlineData(WorkOrderStatus.Dispatched)]
    [InlineData(WorkOrderStatus.Accepted)]
    public void Redispatch_keeps_ReplyBy_but_replaces_AcceptBy(WorkOrderStatus status)
    {
        var order = TestOrders.InStatus(status);
        var replyBy = order.ReplyBy;
        var now = TestOrders.Next(order);
        var offered = new Deadlines(now.AddDays(1), replyBy!.Value.AddDays(30));

        order.Dispatch(TestOrders.UnitB, [], offered, TestOrders.Dispatcher, now, "转至正确单位");

        Assert.Equal(WorkOrderStatus.Dispatched, order.Status);
        Assert.Equal(TestOrders.UnitB, order.LeadUnitId);
        Assert.Empty(order.AssistingUnitIds);
        Assert.Equal(offered.AcceptBy, order.AcceptBy);
        Assert.Equal(replyBy, order.ReplyBy);
        Assert.Null(order.AcceptedAt);
        Assert.Equal(now, order.DispatchedAt);
        var e = order.Events[^1];
        Assert.Equal(WorkOrderAction.Redispatch, e.Action);
        Assert.Equal(status, e.FromStatus);
        Assert.Equal(TestOrders.UnitA, e.FromUnitId);
        Assert.Equal(TestOrders.UnitB, e.ToUnitId);
        Assert.Equal("转至正确单位", e.Comment);
    }

    [Theory]
    [InlineData(WorkOrderStatus.Dispatched)]
    [InlineData(WorkOrderStatus.Accepted)]
    public void Redispatch_to_the_same_unit_is_refused(WorkOrderStatus status)
    {
        var order = TestOrders.InStatus(status);
        var now = TestOrders.Next(order);

        AssertRefused(order, "unitCode",
            o => o.Dispatch(TestOrders.UnitA, [], TestOrders.DeadlinesFrom(now), TestOrders.Dispatcher, now, null));
    }

    [Theory]
    [InlineData(WorkOrderStatus.Registered)]
    [InlineData(WorkOrderStatus.Dispatched)]
    [InlineData(WorkOrderStatus.Returned)]
    [InlineData(WorkOrderStatus.Accepted)]
    [InlineData(WorkOrderStatus.Reopened)]
    public void Lead_unit_among_assisting_units_is_refused(WorkOrderStatus status)
    {
        var order = TestOrders.InStatus(status);
        var now = TestOrders.Next(order);

        AssertRefused(order, "assistingUnitCodes",
            o => o.Dispatch(TestOrders.UnitB, [TestOrders.UnitC, TestOrders.UnitB], TestOrders.DeadlinesFrom(now), TestOrders.Dispatcher, now, null));
    }

    [Theory]
    [InlineData(WorkOrderStatus.Dispatched)]
    [InlineData(WorkOrderStatus.Accepted)]
    public void Return_clears_unit_and_deadlines_and_counts(WorkOrderStatus status)
    {
        var order = TestOrders.InStatus(status);
        var now = TestOrders.Next(order);

        order.Return("  不属于本单位职责  ", TestOrders.UnitHandler, now);

        Assert.Equal(WorkOrderStatus.Returned, order.Status);
        Assert.Null(order.LeadUnitId);
        Assert.Empty(order.AssistingUnitIds);
        Assert.Null(order.AcceptBy);
        Assert.Null(order.ReplyBy);
        Assert.Null(order.AcceptedAt);
        Assert.Equal(1, order.ReturnCount);
        var e = order.Events[^1];
        Assert.Equal(WorkOrderAction.Return, e.Action);
        Assert.Equal(TestOrders.UnitA, e.FromUnitId);
        Assert.Null(e.ToUnitId);
        Assert.Equal("不属于本单位职责", e.Comment);
    }

    [Fact]
    public void Return_clears_a_pending_extension()
    {
        var order = WithPendingExtension();

        order.Return("不属于本单位职责", TestOrders.UnitHandler, TestOrders.Next(order));

        Assert.Null(order.PendingExtensionUntil);
        Assert.Null(order.PendingExtensionReason);
    }

    [Fact]
    public void Dispatch_after_a_return_sets_both_deadlines_and_returns_are_counted()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Returned);
        var now = TestOrders.Next(order);
        var deadlines = new Deadlines(now.AddDays(1), now.AddDays(10));

        order.Dispatch(TestOrders.UnitB, [], deadlines, TestOrders.Dispatcher, now, null);

        Assert.Equal(WorkOrderStatus.Dispatched, order.Status);
        Assert.Equal(deadlines.AcceptBy, order.AcceptBy);
        Assert.Equal(deadlines.ReplyBy, order.ReplyBy);
        Assert.Equal(WorkOrderAction.Dispatch, order.Events[^1].Action);
        Assert.Null(order.Events[^1].FromUnitId);
        Assert.Equal(1, order.ReturnCount);

        order.Return("仍不属于本单位", "unit-b-handler", TestOrders.Next(order));
        Assert.Equal(2, order.ReturnCount);
    }

    [Fact]
    public void Dispatch_of_a_reopened_order_is_a_new_dispatch_with_both_deadlines()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Reopened);
        var now = TestOrders.Next(order);
        var deadlines = new Deadlines(now.AddDays(1), now.AddDays(3));

        order.Dispatch(TestOrders.UnitB, [], deadlines, TestOrders.Dispatcher, now, null);

        Assert.Equal(WorkOrderAction.Dispatch, order.Events[^1].Action);
        Assert.Equal(TestOrders.UnitA, order.Events[^1].FromUnitId);
        Assert.Equal(deadlines.AcceptBy, order.AcceptBy);
        Assert.Equal(deadlines.ReplyBy, order.ReplyBy);
    }

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void Return_needs_a_reason(string? reason)
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Dispatched);

        AssertRefused(order, "reason", o => o.Return(reason!, TestOrders.UnitHandler, TestOrders.Next(o)));
    }

    [Fact]
    public void Return_reason_has_a_maximum_length()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Dispatched);

        AssertRefused(order, "reason", o => o.Return(_tooLongComment, TestOrders.UnitHandler, TestOrders.Next(o)));
    }

    // ---- assist opinion (协办意见) ----

    [Theory]
    [InlineData(WorkOrderStatus.Dispatched)]
    [InlineData(WorkOrderStatus.Accepted)]
    public void An_assisting_units_opinion_goes_from_it_to_the_lead_unit_and_keeps_status_and_deadlines(WorkOrderStatus status)
    {
        var order = TestOrders.InStatus(status);
        var (acceptBy, replyBy) = (order.AcceptBy, order.ReplyBy);

        order.RecordAssistOpinion(TestOrders.UnitC, "  已清理管道，剩余路面修复由主办单位负责。 ", "unit-c-handler", TestOrders.Next(order));

        var e = order.Events[^1];
        Assert.Equal(WorkOrderAction.AssistOpinion, e.Action);
        Assert.Equal(TestOrders.UnitC, e.FromUnitId);
        Assert.Equal(TestOrders.UnitA, e.ToUnitId);
        Assert.Equal("已清理管道，剩余路面修复由主办单位负责。", e.Comment);
        Assert.Equal(status, order.Status);
        Assert.Equal((acceptBy, replyBy), (order.AcceptBy, order.ReplyBy));
        Assert.Equal(TestOrders.UnitA, order.LeadUnitId);
    }

    [Theory]
    [InlineData(TestOrders.UnitA)]
    [InlineData(TestOrders.UnitB)]
    public void Only_an_assisting_unit_gives_an_assist_opinion(long unitId)
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Accepted);

        AssertRefused(order, "unitCode", o => o.RecordAssistOpinion(unitId, "意见", TestOrders.UnitHandler, TestOrders.Next(o)));
    }

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void Assist_opinion_needs_text(string? opinion)
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Accepted);

        AssertRefused(order, "opinion", o => o.RecordAssistOpinion(TestOrders.UnitC, opinion!, TestOrders.UnitHandler, TestOrders.Next(o)));
    }

    [Fact]
    public void Assist_opinion_has_a_maximum_length()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Accepted);

        AssertRefused(order, "opinion", o => o.RecordAssistOpinion(TestOrders.UnitC, _tooLongComment, TestOrders.UnitHandler, TestOrders.Next(o)));
    }

    // ---- extension ----

    [Fact]
    public void Extension_request_is_recorded_as_pending()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Accepted);
        var until = order.ReplyBy!.Value.AddDays(7);
        var now = TestOrders.Next(order);

        order.RequestExtension(until, "  需协调供电部门  ", TestOrders.UnitHandler, now);

        Assert.Equal(WorkOrderStatus.Accepted, order.Status);
        Assert.Equal(until, order.PendingExtensionUntil);
        Assert.Equal("需协调供电部门", order.PendingExtensionReason);
        Assert.NotEqual(until, order.ReplyBy);
        var e = order.Events[^1];
        Assert.Equal(WorkOrderAction.ExtensionRequest, e.Action);
        Assert.Equal("需协调供电部门", e.Comment);
        Assert.NotNull(e.Outcome);
        Assert.Contains("\"until\"", e.Outcome, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-24 * 30)]
    public void Extension_must_be_later_than_ReplyBy(int hoursAfterReplyBy)
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Accepted);
        var until = order.ReplyBy!.Value.AddHours(hoursAfterReplyBy);

        AssertRefused(order, "until", o => o.RequestExtension(until, "需协调", TestOrders.UnitHandler, TestOrders.Next(o)));
    }

    [Fact]
    public void Extension_must_be_in_the_future()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Accepted);
        var now = order.ReplyBy!.Value.AddDays(2); // already overdue

        AssertRefused(order, "until", o => o.RequestExtension(now, "需协调", TestOrders.UnitHandler, now));
        AssertRefused(order, "until", o => o.RequestExtension(now.AddHours(-1), "需协调", TestOrders.UnitHandler, now));
        order.RequestExtension(now.AddDays(1), "需协调", TestOrders.UnitHandler, now);
        Assert.Equal(now.AddDays(1), order.PendingExtensionUntil);
    }

    [Fact]
    public void A_second_pending_extension_request_is_refused()
    {
        var order = WithPendingExtension();
        var until = order.PendingExtensionUntil!.Value.AddDays(5);

        AssertRefused(order, "until", o => o.RequestExtension(until, "再延期", TestOrders.UnitHandler, TestOrders.Next(o)));
    }

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void Extension_request_needs_a_reason(string? reason)
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Accepted);
        var until = order.ReplyBy!.Value.AddDays(5);

        AssertRefused(order, "reason", o => o.RequestExtension(until, reason!, TestOrders.UnitHandler, TestOrders.Next(o)));
    }

    [Fact]
    public void Approving_an_extension_moves_ReplyBy_and_clears_the_request()
    {
        var order = WithPendingExtension();
        var until = order.PendingExtensionUntil;
        var acceptBy = order.AcceptBy;

        order.DecideExtension(true, "同意", "approver-01", TestOrders.Next(order));

        Assert.Equal(WorkOrderStatus.Accepted, order.Status);
        Assert.Equal(until, order.ReplyBy);
        Assert.Equal(acceptBy, order.AcceptBy);
        Assert.Null(order.PendingExtensionUntil);
        Assert.Null(order.PendingExtensionReason);
        Assert.Equal(WorkOrderAction.ExtensionDecision, order.Events[^1].Action);
        Assert.Contains("\"approved\":true", order.Events[^1].Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejecting_an_extension_keeps_ReplyBy_and_clears_the_request()
    {
        var order = WithPendingExtension();
        var replyBy = order.ReplyBy;

        order.DecideExtension(false, "理由不充分", "approver-01", TestOrders.Next(order));

        Assert.Equal(WorkOrderStatus.Accepted, order.Status);
        Assert.Equal(replyBy, order.ReplyBy);
        Assert.Null(order.PendingExtensionUntil);
        Assert.Null(order.PendingExtensionReason);
        Assert.Contains("\"approved\":false", order.Events[^1].Outcome, StringComparison.Ordinal);

        // After a decision a new request may be made.
        order.RequestExtension(replyBy!.Value.AddDays(3), "补充材料后再次申请", TestOrders.UnitHandler, TestOrders.Next(order));
        Assert.NotNull(order.PendingExtensionUntil);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Deciding_without_a_pending_request_is_refused(bool approve)
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Accepted);

        AssertRefused(order, "approve", o => o.DecideExtension(approve, null, "approver-01", TestOrders.Next(o)));
    }

    [Fact]
    public void Reply_clears_a_pending_extension_request()
    {
        var order = WithPendingExtension();
        var replyBy = order.ReplyBy;

        order.Reply("已处理完毕。", TestOrders.UnitHandler, TestOrders.Next(order));

        Assert.Equal(WorkOrderStatus.Replied, order.Status);
        Assert.Null(order.PendingExtensionUntil);
        Assert.Null(order.PendingExtensionReason);
        Assert.Equal(replyBy, order.ReplyBy);
    }

    [Fact]
    public void Redispatch_clears_a_pending_extension_request()
    {
        var order = WithPendingExtension();
        var now = TestOrders.Next(order);

        order.Dispatch(TestOrders.UnitB, [], TestOrders.DeadlinesFrom(now), TestOrders.Dispatcher, now, null);

        Assert.Null(order.PendingExtensionUntil);
        Assert.Null(order.PendingExtensionReason);
    }

    // ---- reply and direct answer ----

    [Fact]
    public void Reply_records_the_answer_and_whether_it_was_on_time()
    {
        var onTime = TestOrders.InStatus(WorkOrderStatus.Accepted);
        var now = TestOrders.Next(onTime);
        onTime.Reply("  已更换灯泡。  ", TestOrders.UnitHandler, now);
        Assert.Equal("已更换灯泡。", onTime.Answer);
        Assert.Equal(now, onTime.RepliedAt);
        Assert.True(onTime.Events[^1].OnTime);
        Assert.Null(onTime.Events[^1].Outcome);
        Assert.Equal(TestOrders.UnitA, onTime.Events[^1].FromUnitId);

        var late = TestOrders.InStatus(WorkOrderStatus.Accepted);
        late.Reply("已更换灯泡。", TestOrders.UnitHandler, late.ReplyBy!.Value.AddSeconds(1));
        Assert.False(late.Events[^1].OnTime);
    }

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void Reply_needs_an_answer(string? answer)
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Accepted);

        AssertRefused(order, "answer", o => o.Reply(answer!, TestOrders.UnitHandler, TestOrders.Next(o)));
    }

    [Fact]
    public void Reply_answer_has_a_maximum_length()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Accepted);

        AssertRefused(order, "answer", o => o.Reply(_tooLongContent, TestOrders.UnitHandler, TestOrders.Next(o)));
        order.Reply(new string('字', WorkOrder.MaxContentLength), TestOrders.UnitHandler, TestOrders.Next(order));
        Assert.Equal(WorkOrderStatus.Replied, order.Status);
    }

    [Theory]
    [InlineData(WorkOrderStatus.Registered)]
    [InlineData(WorkOrderStatus.Returned)]
    public void Direct_answer_records_the_answer_without_a_unit(WorkOrderStatus status)
    {
        var order = TestOrders.InStatus(status);
        var now = TestOrders.Next(order);

        order.DirectAnswer("  请拨打供电服务热线 95598。  ", TestOrders.Operator, now);

        Assert.Equal(WorkOrderStatus.Replied, order.Status);
        Assert.Equal("请拨打供电服务热线 95598。", order.Answer);
        Assert.Equal(now, order.RepliedAt);
        Assert.Null(order.LeadUnitId);
    }

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void Direct_answer_needs_an_answer(string? answer)
    {
        var order = TestOrders.Registered();

        AssertRefused(order, "answer", o => o.DirectAnswer(answer!, TestOrders.Operator, TestOrders.Next(o)));
    }

    [Fact]
    public void Direct_answer_has_a_maximum_length()
    {
        var order = TestOrders.Registered();

        AssertRefused(order, "answer", o => o.DirectAnswer(_tooLongContent, TestOrders.Operator, TestOrders.Next(o)));
    }

    // ---- merge, withdraw, close ----

    [Fact]
    public void Merge_records_the_target_and_closes()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Accepted);
        var target = TestOrders.Registered();
        var targetVersion = target.Version;
        var now = TestOrders.Next(order);

        order.MergeInto(target, "同一路灯", TestOrders.Operator, now);

        Assert.Equal(WorkOrderStatus.Merged, order.Status);
        Assert.Equal(target.Id, order.MergedIntoId);
        Assert.Equal(now, order.ClosedAt);
        var e = order.Events[^1];
        Assert.Equal(TestOrders.UnitA, e.FromUnitId);
        Assert.Null(e.ToUnitId);
        Assert.Equal($$"""{"mergedInto":"{{target.Number}}"}""", e.Outcome);
        Assert.Equal(WorkOrderStatus.Registered, target.Status);

        // The target keeps its status but records the duplicate and moves to a new version (a concurrent reverse merge loses).
        Assert.Equal(2, target.Events.Count);
        var noted = target.Events[^1];
        Assert.Equal(WorkOrderAction.DuplicateMerged, noted.Action);
        Assert.Equal(WorkOrderStatus.Registered, noted.ToStatus);
        Assert.Contains(order.Number, noted.Comment, StringComparison.Ordinal);
        Assert.Equal(targetVersion + 1, target.Version);
    }

    [Fact]
    public void Merge_into_itself_is_refused()
    {
        var order = TestOrders.Registered();

        AssertRefused(order, "targetId", o => o.MergeInto(o, null, TestOrders.Operator, TestOrders.Next(o)));
    }

    [Theory]
    [InlineData(WorkOrderStatus.Closed)]
    [InlineData(WorkOrderStatus.Merged)]
    [InlineData(WorkOrderStatus.Withdrawn)]
    public void Merge_into_a_final_order_is_refused(WorkOrderStatus targetStatus)
    {
        var order = TestOrders.Registered();
        var target = TestOrders.InStatus(targetStatus);

        var ex = AssertRefused(order, "targetId", o => o.MergeInto(target, null, TestOrders.Operator, TestOrders.Next(o)));
        Assert.Contains(target.Number, ex.Message, StringComparison.Ordinal);
        Assert.Contains(ExpectedLifecycle.StatusNames[targetStatus], ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WorkOrderStatus.Dispatched)]
    [InlineData(WorkOrderStatus.Accepted)]
    [InlineData(WorkOrderStatus.Replied)]
    [InlineData(WorkOrderStatus.AwaitingCallback)]
    [InlineData(WorkOrderStatus.Reopened)]
    public void Merge_into_an_open_order_in_any_stage_is_allowed(WorkOrderStatus targetStatus)
    {
        var order = TestOrders.Registered();
        var target = TestOrders.InStatus(targetStatus);

        order.MergeInto(target, null, TestOrders.Operator, TestOrders.Next(order));

        Assert.Equal(WorkOrderStatus.Merged, order.Status);
    }

    [Fact]
    public void Withdraw_closes_and_clears_a_pending_extension()
    {
        var order = WithPendingExtension();
        var now = TestOrders.Next(order);

        order.Withdraw("  市民已自行解决  ", TestOrders.Operator, now);

        Assert.Equal(WorkOrderStatus.Withdrawn, order.Status);
        Assert.Equal(now, order.ClosedAt);
        Assert.Null(order.PendingExtensionUntil);
        Assert.Equal("市民已自行解决", order.Events[^1].Comment);
    }

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void Withdraw_needs_a_reason(string? reason)
    {
        var order = TestOrders.Registered();

        AssertRefused(order, "reason", o => o.Withdraw(reason!, TestOrders.Operator, TestOrders.Next(o)));
    }

    [Fact]
    public void Close_without_callback_records_the_comment()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.AwaitingCallback);
        var now = TestOrders.Next(order);

        order.Close("三次回访未接通", TestOrders.CallbackAgent, now);

        Assert.Equal(WorkOrderStatus.Closed, order.Status);
        Assert.Equal(now, order.ClosedAt);
        Assert.Null(order.Solved);
        Assert.Null(order.Satisfaction);
        Assert.Equal("三次回访未接通", order.Events[^1].Comment);
    }

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void Close_needs_a_comment(string? comment)
    {
        var order = TestOrders.InStatus(WorkOrderStatus.AwaitingCallback);

        AssertRefused(order, "comment", o => o.Close(comment!, TestOrders.CallbackAgent, TestOrders.Next(o)));
    }

    [Fact]
    public void Close_comment_has_a_maximum_length()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.AwaitingCallback);

        AssertRefused(order, "comment", o => o.Close(_tooLongComment, TestOrders.CallbackAgent, TestOrders.Next(o)));
    }

    // ---- register ----

    [Fact]
    public void Anonymous_requester_drops_name_and_phone()
    {
        var request = TestOrders.Request() with
        {
            Requester = new Requester
            {
                Name = "李四",
                Phone = "13900000000",
                IsAnonymous = true,
                IsConfidential = true,
                Type = RequesterType.Enterprise,
            },
        };

        var order = TestOrders.Registered(request);

        Assert.Null(order.Requester.Name);
        Assert.Null(order.Requester.Phone);
        Assert.True(order.Requester.IsAnonymous);
        Assert.True(order.Requester.IsConfidential);
        Assert.Equal(RequesterType.Enterprise, order.Requester.Type);
    }

    [Fact]
    public void Named_requester_is_kept_and_a_missing_one_defaults()
    {
        var named = TestOrders.Registered();
        Assert.Equal("张三", named.Requester.Name);
        Assert.Equal("13800000000", named.Requester.Phone);

        var none = TestOrders.Registered(TestOrders.Request() with { Requester = null });
        Assert.NotNull(none.Requester);
        Assert.Null(none.Requester.Name);
        Assert.False(none.Requester.IsAnonymous);
    }

    [Fact]
    public void Register_copies_the_request_and_trims_text()
    {
        var request = TestOrders.Request(callbackRequired: false) with
        {
            Title = "  路灯不亮  ",
            Content = "  门口路灯坏了  ",
            Urgency = Urgency.Urgent,
            Channel = Channel.App,
            CategoryId = 42,
        };

        var order = TestOrders.Registered(request);

        Assert.Equal("路灯不亮", order.Title);
        Assert.Equal("门口路灯坏了", order.Content);
        Assert.Equal(Urgency.Urgent, order.Urgency);
        Assert.Equal(Channel.App, order.Channel);
        Assert.Equal(RequestKind.Complaint, order.Kind);
        Assert.Equal(42, order.CategoryId);
        Assert.False(order.CallbackRequired);
        Assert.NotNull(order.Location);
        Assert.Null(order.LeadUnitId);
        Assert.Equal(0, order.ReturnCount);
        Assert.Equal(0, order.ReopenCount);
    }

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void Register_needs_a_title(string? title)
    {
        var ex = Assert.Throws<DomainRuleException>(() => TestOrders.Registered(TestOrders.Request() with { Title = title! }));
        Assert.Equal("title", ex.Field);
    }

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void Register_needs_content(string? content)
    {
        var ex = Assert.Throws<DomainRuleException>(() => TestOrders.Registered(TestOrders.Request() with { Content = content! }));
        Assert.Equal("content", ex.Field);
    }

    [Fact]
    public void Register_limits_title_and_content_length()
    {
        var title = Assert.Throws<DomainRuleException>(() => TestOrders.Registered(TestOrders.Request() with { Title = _tooLongTitle }));
        Assert.Equal("title", title.Field);
        var content = Assert.Throws<DomainRuleException>(() => TestOrders.Registered(TestOrders.Request() with { Content = _tooLongContent }));
        Assert.Equal("content", content.Field);

        var atLimit = TestOrders.Registered(TestOrders.Request() with
        {
            Title = new string('字', WorkOrder.MaxTitleLength),
            Content = new string('字', WorkOrder.MaxContentLength),
        });
        Assert.Equal(WorkOrder.MaxTitleLength, atLimit.Title.Length);
        Assert.Equal(WorkOrder.MaxContentLength, atLimit.Content.Length);
    }

    // ---- the whole trail ----

    [Fact]
    public void Full_lifecycle_leaves_an_ordered_audit_trail()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Accepted);
        order.RequestExtension(order.ReplyBy!.Value.AddDays(5), "需协调", TestOrders.UnitHandler, TestOrders.Next(order));
        order.DecideExtension(true, null, "approver-01", TestOrders.Next(order));
        order.Reply("已修复。", TestOrders.UnitHandler, TestOrders.Next(order));
        order.Review(false, "请补充照片", TestOrders.Reviewer, TestOrders.Next(order));
        order.Reply("已修复，附照片。", TestOrders.UnitHandler, TestOrders.Next(order));
        order.Review(true, null, TestOrders.Reviewer, TestOrders.Next(order));
        var now = TestOrders.Next(order);
        order.RecordCallback(true, Satisfaction.BasicallySatisfied, null, TestOrders.DeadlinesFrom(now), TestOrders.CallbackAgent, now);

        Assert.Equal(
            [
                WorkOrderAction.Register, WorkOrderAction.Dispatch, WorkOrderAction.Accept,
                WorkOrderAction.ExtensionRequest, WorkOrderAction.ExtensionDecision, WorkOrderAction.Reply,
                WorkOrderAction.Review, WorkOrderAction.Reply, WorkOrderAction.Review, WorkOrderAction.Callback,
            ],
            order.Events.Select(e => e.Action));
        Assert.Equal(Enumerable.Range(1, 10), order.Events.Select(e => e.Sequence));
        Assert.Equal(9, order.Version);
        Assert.Equal(WorkOrderStatus.Closed, order.Status);
        Assert.Equal(order.Events[^1].OccurredAt, order.ClosedAt);
    }

    private static WorkOrder WithPendingExtension()
    {
        var order = TestOrders.InStatus(WorkOrderStatus.Accepted);
        order.RequestExtension(order.ReplyBy!.Value.AddDays(7), "需协调供电部门", TestOrders.UnitHandler, TestOrders.Next(order));
        Assert.NotNull(order.PendingExtensionUntil);
        return order;
    }

    /// <summary>The call is refused with a <see cref="DomainRuleException"/> naming <paramref name="field"/>, and nothing changes.</summary>
    private static DomainRuleException AssertRefused(WorkOrder order, string field, Action<WorkOrder> call)
    {
        var before = OrderSnapshot.Of(order);

        var ex = Assert.Throws<DomainRuleException>(() => call(order));

        Assert.Equal(field, ex.Field);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        Assert.Equal(before, OrderSnapshot.Of(order));
        return ex;
    }
}
