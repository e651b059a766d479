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

    /// <summary>
    /// The accept-by this event set (dispatch, redispatch, reopen, the callback that reopens); null when it left the
    /// accept-by alone. A return clears both deadlines. Folding these over the log gives the order's deadlines.
    /// </summary>
    public DateTime? AcceptBy { get; internal set; }

    /// <summary>The reply-by this event set (dispatch, reopen, the callback that reopens, an approved extension); null when it left it alone.</summary>
    public DateTime? ReplyBy { get; internal set; }

    /// <summary>For an accept: signed for by the accept-by; for a reply: replied by the reply-by; null otherwise or when no deadline ran.</summary>
    public bool? OnTime { get; internal set; }

    /// <summary>Other outcome details (JSON): satisfaction, solved, the review verdict, the extension asked for, the merge target, the 协办 units.</summary>
    public string? Outcome { get; internal set; }
}
