namespace Minsheng.Core.WorkOrders;

/// <summary>
/// An order's deadlines rebuilt from its events alone: each event's <see cref="WorkOrderEvent.AcceptBy"/> and
/// <see cref="WorkOrderEvent.ReplyBy"/> replace the one in force, and a return clears both. KPIs that need the
/// deadline in force at an accept or reply read it this way, or read <see cref="WorkOrderEvent.OnTime"/>.
/// </summary>
public static class DeadlineLog
{
    /// <summary>The deadlines in force after <paramref name="events"/> (in sequence order).</summary>
    public static (DateTime? AcceptBy, DateTime? ReplyBy) Replay(IEnumerable<WorkOrderEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        DateTime? acceptBy = null;
        DateTime? replyBy = null;
        foreach (var e in events.OrderBy(e => e.Sequence))
        {
            (acceptBy, replyBy) = Apply(e, acceptBy, replyBy);
        }

        return (acceptBy, replyBy);
    }

    /// <summary>The deadlines in force after one event, given those before it.</summary>
    public static (DateTime? AcceptBy, DateTime? ReplyBy) Apply(WorkOrderEvent e, DateTime? acceptBy, DateTime? replyBy)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Action == WorkOrderAction.Return
            ? (null, null)
            : (e.AcceptBy ?? acceptBy, e.ReplyBy ?? replyBy);
    }
}
