using Minsheng.Core.WorkOrders;

namespace Minsheng.Core.Tests.WorkOrders;

/// <summary>Guards that keep a refused call from leaving a half-applied transition.</summary>
public sealed class WorkOrderGuardTests
{
    private static readonly string _tooLongComment = new('字', WorkOrder.MaxCommentLength + 1);

    public static TheoryData<string> MethodsWithAnOptionalComment =>
        new("Accept", "Dispatch", "Redispatch", "DecideExtension", "ReviewPass", "RecordCallback", "MergeInto");

    [Theory]
    [MemberData(nameof(MethodsWithAnOptionalComment))]
    public void Oversize_optional_comment_is_refused_before_anything_changes(string method)
    {
        var order = method switch
        {
            "Accept" or "Redispatch" => TestOrders.InStatus(WorkOrderStatus.Dispatched),
            "Dispatch" or "MergeInto" => TestOrders.Registered(),
            "DecideExtension" => TestOrders.InStatus(WorkOrderStatus.Accepted),
            "ReviewPass" => TestOrders.InStatus(WorkOrderStatus.Replied),
            "RecordCallback" => TestOrders.InStatus(WorkOrderStatus.AwaitingCallback),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
        };
        if (method == "DecideExtension")
        {
            order.RequestExtension(order.ReplyBy!.Value.AddDays(3), "需协调", TestOrders.UnitHandler, TestOrders.Next(order));
        }

        var before = OrderSnapshot.Of(order);
        var now = TestOrders.Next(order);
        Action call = method switch
        {
            "Accept" => () => order.Accept(TestOrders.UnitHandler, now, _tooLongComment),
            "Dispatch" => () => order.Dispatch(TestOrders.UnitA, [], TestOrders.DeadlinesFrom(now), TestOrders.Dispatcher, now, _tooLongComment),
            "Redispatch" => () => order.Dispatch(TestOrders.UnitB, [], TestOrders.DeadlinesFrom(now), TestOrders.Dispatcher, now, _tooLongComment),
            "DecideExtension" => () => order.DecideExtension(true, _tooLongComment, "approver-01", now),
            "ReviewPass" => () => order.Review(true, _tooLongComment, TestOrders.Reviewer, now),
            "RecordCallback" => () => order.RecordCallback(
                true, Satisfaction.Satisfied, _tooLongComment, TestOrders.DeadlinesFrom(now), TestOrders.CallbackAgent, now),
            _ => () => order.MergeInto(TestOrders.Registered(), _tooLongComment, TestOrders.Operator, now),
        };

        var ex = Assert.Throws<DomainRuleException>(call);

        Assert.Equal("comment", ex.Field);
        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void Reopened_direct_answer_must_be_dispatched_not_accepted()
    {
        var order = TestOrders.DirectlyAnswered();
        order.Review(true, null, TestOrders.Reviewer, TestOrders.Next(order));
        var now = TestOrders.Next(order);
        order.RecordCallback(false, Satisfaction.Unsatisfied, null, TestOrders.DeadlinesFrom(now), TestOrders.CallbackAgent, now);
        Assert.Equal(WorkOrderStatus.Reopened, order.Status);
        Assert.Null(order.LeadUnitId);
        var before = OrderSnapshot.Of(order);

        Assert.ThrowsAny<Exception>(() => order.Accept(TestOrders.UnitHandler, TestOrders.Next(order)));
        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void Two_distinct_unsaved_orders_can_be_merged()
    {
        var duplicate = WorkOrder.Register(TestOrders.Request(), "20260302-000001", string.Empty, TestOrders.Operator, TestOrders.T0);
        var original = WorkOrder.Register(TestOrders.Request(), "20260302-000002", string.Empty, TestOrders.Operator, TestOrders.T0);

        duplicate.MergeInto(original, null, TestOrders.Operator, TestOrders.T0.AddHours(1));

        Assert.Equal(WorkOrderStatus.Merged, duplicate.Status);
    }
}
