using System.Globalization;
using Minsheng.Core.WorkOrders;

namespace Minsheng.Core.Tests.WorkOrders;

/// <summary>Builds real orders and walks them, through legal steps only, into any status.</summary>
internal static class TestOrders
{
    public const long UnitA = 101;
    public const long UnitB = 202;
    public const long UnitC = 303;

    public const string Operator = "operator-01";
    public const string Dispatcher = "dispatcher-01";
    public const string UnitHandler = "unit-a-handler";
    public const string Reviewer = "reviewer-01";
    public const string CallbackAgent = "callback-01";

    /// <summary>Every order registers at this instant; each later step is one hour after the previous one.</summary>
    public static readonly DateTime T0 = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);

    private static long _nextId;

    public static NewWorkOrder Request(bool callbackRequired = true) => new()
    {
        Kind = RequestKind.Complaint,
        Channel = Channel.Phone,
        Title = "小区门口路灯不亮",
        Content = "朝阳路 12 号小区门口的路灯已经一周不亮，夜间出行不便。",
        Requester = new Requester { Name = "张三", Phone = "13800000000" },
        CallbackRequired = callbackRequired,
    };

    /// <summary>A freshly registered order with a distinct <see cref="WorkOrder.Id"/>, as persistence would give it.</summary>
    public static WorkOrder Registered(bool callbackRequired = true) => Registered(Request(callbackRequired));

    public static WorkOrder Registered(NewWorkOrder request)
    {
        var id = Interlocked.Increment(ref _nextId);
        var number = string.Create(CultureInfo.InvariantCulture, $"20260302-{id:000000}");
        var order = WorkOrder.Register(request, number, "小区 门口 路灯 不亮", Operator, T0);
        AssignId(order, id);
        return order;
    }

    /// <summary>The instant of the next step: one hour after the order's last change.</summary>
    public static DateTime Next(WorkOrder order) => order.UpdatedAt.AddHours(1);

    /// <summary>签收 within a day, 办结 within 15 days.</summary>
    public static Deadlines DeadlinesFrom(DateTime now) => new(now.AddDays(1), now.AddDays(15));

    /// <summary>
    /// A fresh order brought into <paramref name="status"/> by legal steps: dispatched to
    /// <see cref="UnitA"/> (with <see cref="UnitC"/> assisting), callback required unless told otherwise.
    /// </summary>
    public static WorkOrder InStatus(WorkOrderStatus status, bool callbackRequired = true)
    {
        var order = status switch
        {
            WorkOrderStatus.Registered => Registered(callbackRequired),
            WorkOrderStatus.Dispatched => Dispatch(Registered(callbackRequired)),
            WorkOrderStatus.Returned => Return(InStatus(WorkOrderStatus.Dispatched, callbackRequired)),
            WorkOrderStatus.Accepted => Accept(InStatus(WorkOrderStatus.Dispatched, callbackRequired)),
            WorkOrderStatus.Replied => Reply(InStatus(WorkOrderStatus.Accepted, callbackRequired)),
            WorkOrderStatus.AwaitingCallback when callbackRequired => Pass(InStatus(WorkOrderStatus.Replied)),
            WorkOrderStatus.Reopened => Callback(InStatus(WorkOrderStatus.AwaitingCallback), solved: false, Satisfaction.Unsatisfied),
            WorkOrderStatus.Closed when callbackRequired =>
                Callback(InStatus(WorkOrderStatus.AwaitingCallback), solved: true, Satisfaction.Satisfied),
            WorkOrderStatus.Closed => Pass(InStatus(WorkOrderStatus.Replied, callbackRequired: false)),
            WorkOrderStatus.Merged => Merge(Registered(callbackRequired)),
            WorkOrderStatus.Withdrawn => Withdraw(Registered(callbackRequired)),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No legal path for this combination."),
        };

        if (order.Status != status)
        {
            throw new InvalidOperationException($"The helper meant to reach {status} but got {order.Status}.");
        }

        return order;
    }

    /// <summary>An order answered directly by the operator (no unit ever involved), waiting for review.</summary>
    public static WorkOrder DirectlyAnswered(bool callbackRequired = true)
    {
        var order = Registered(callbackRequired);
        order.DirectAnswer("路灯维修请拨打市政热线，已为您登记。", Operator, Next(order));
        return order;
    }

    private static WorkOrder Dispatch(WorkOrder order)
    {
        var now = Next(order);
        order.Dispatch(UnitA, [UnitC], DeadlinesFrom(now), Dispatcher, now, "请尽快处理");
        return order;
    }

    private static WorkOrder Return(WorkOrder order)
    {
        order.Return("不属于本单位职责范围", UnitHandler, Next(order));
        return order;
    }

    private static WorkOrder Accept(WorkOrder order)
    {
        order.Accept(UnitHandler, Next(order));
        return order;
    }

    private static WorkOrder Reply(WorkOrder order)
    {
        order.Reply("已安排维修人员更换灯泡，路灯恢复照明。", UnitHandler, Next(order));
        return order;
    }

    private static WorkOrder Pass(WorkOrder order)
    {
        order.Review(true, null, Reviewer, Next(order));
        return order;
    }

    private static WorkOrder Callback(WorkOrder order, bool solved, Satisfaction satisfaction)
    {
        var now = Next(order);
        order.RecordCallback(solved, satisfaction, "市民反馈", DeadlinesFrom(now), CallbackAgent, now);
        return order;
    }

    private static WorkOrder Merge(WorkOrder order)
    {
        order.MergeInto(Registered(), "重复来电", Operator, Next(order));
        return order;
    }

    private static WorkOrder Withdraw(WorkOrder order)
    {
        order.Withdraw("市民表示问题已自行解决", Operator, Next(order));
        return order;
    }

    /// <summary>
    /// Ids are assigned by the database; tests give each order a distinct one the same way a
    /// load from the store would (the setter is private).
    /// </summary>
    private static void AssignId(WorkOrder order, long id)
    {
        var property = typeof(WorkOrder).GetProperty(nameof(WorkOrder.Id))
            ?? throw new InvalidOperationException("WorkOrder.Id not found.");
        property.SetValue(order, id);
    }
}

/// <summary>The parts of an order a refused call must leave alone.</summary>
internal sealed record OrderSnapshot(
    WorkOrderStatus Status,
    int Version,
    int EventCount,
    DateTime UpdatedAt,
    long? LeadUnitId,
    string AssistingUnits,
    DateTime? DispatchedAt,
    DateTime? AcceptBy,
    DateTime? AcceptedAt,
    DateTime? ReplyBy,
    DateTime? RepliedAt,
    DateTime? ClosedAt,
    string? Answer,
    DateTime? PendingExtensionUntil,
    string? PendingExtensionReason,
    int ReturnCount,
    int ReopenCount,
    bool? Solved,
    Satisfaction? Satisfaction,
    long? MergedIntoId)
{
    public static OrderSnapshot Of(WorkOrder order) => new(
        order.Status,
        order.Version,
        order.Events.Count,
        order.UpdatedAt,
        order.LeadUnitId,
        string.Join(",", order.AssistingUnitIds.Select(id => id.ToString(CultureInfo.InvariantCulture))),
        order.DispatchedAt,
        order.AcceptBy,
        order.AcceptedAt,
        order.ReplyBy,
        order.RepliedAt,
        order.ClosedAt,
        order.Answer,
        order.PendingExtensionUntil,
        order.PendingExtensionReason,
        order.ReturnCount,
        order.ReopenCount,
        order.Solved,
        order.Satisfaction,
        order.MergedIntoId);
}
