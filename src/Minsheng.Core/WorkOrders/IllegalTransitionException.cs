namespace Minsheng.Core.WorkOrders;

/// <summary>An action that the lifecycle does not allow in the order's current status.</summary>
public sealed class IllegalTransitionException : Exception
{
    public IllegalTransitionException(WorkOrderStatus from, WorkOrderAction action)
        : base($"工单当前状态为「{WorkOrderNames.Of(from)}」，不能执行「{WorkOrderNames.Of(action)}」。")
    {
        From = from;
        Action = action;
    }

    public WorkOrderStatus From { get; }

    public WorkOrderAction Action { get; }
}
