namespace Minsheng.Core.WorkOrders;

/// <summary>One transition of one order: the audit trail and the source of every KPI. Append-only.</summary>
public sealed class WorkOrderEvent
{
    private WorkOrderEvent()
    {
        Actor = string.Empty;
    }

    internal WorkOrderEvent(
        int sequence,
        WorkOrderAction action,
        WorkOrderStatus? fromStatus,
        WorkOrderStatus toStatus,
        string actor,
        DateTime occurredAt,
        long? fromUnitId,
        long? toUnitId,
        string? comment)
    {
        Sequence = sequence;
        Action = action;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        Actor = actor;
        OccurredAt = occurredAt;
        FromUnitId = fromUnitId;
        ToUnitId = toUnitId;
        Comment = comment;
    }

    public long Id { get; private set; }

    public long WorkOrderId { get; private set; }

    /// <summary>1, 2, 3 … within the order.</summary>
    public int Sequence { get; private set; }

    public WorkOrderAction Action { get; private set; }

    public WorkOrderStatus? FromStatus { get; private set; }

    public WorkOrderStatus ToStatus { get; private set; }

    public string Actor { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public long? FromUnitId { get; private set; }

    public long? ToUnitId { get; private set; }

    public string? Comment { get; private set; }

    /// <summary>Outcome details that KPIs read: satisfaction, solved, the new deadline, the merge target.</summary>
    public string? Outcome { get; internal set; }
}
