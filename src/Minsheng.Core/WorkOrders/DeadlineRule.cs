using System.Linq.Expressions;

namespace Minsheng.Core.WorkOrders;

/// <summary>
/// The one rule for an order's deadlines: which clock runs in which status, when it is overdue and when due soon,
/// and when an accept or reply was on time. <see cref="Overdue"/> and <see cref="DueSoon"/> are the same rule as
/// queries (EF translates them on every engine); <see cref="Evaluate(WorkOrderStatus, DateTime?, DateTime?, DeadlineClock)"/>
/// is the rule in memory.
/// </summary>
/// <remarks>
/// Which clock runs: a dispatched order must be accepted by its accept-by and replied to by its reply-by; an
/// accepted one only has its reply-by left; a reopened one (重办) has a new accept-by and reply-by and is accepted
/// again (see <see cref="WorkOrder.Reopen"/>). In every other status the unit's clocks do not run. A deadline is met
/// at the deadline itself and passed just after it.
/// </remarks>
public static class DeadlineRule
{
    /// <summary>The accept-by clock runs while the order waits to be signed for.</summary>
    public static bool AcceptClockRuns(WorkOrderStatus status) =>
        status is WorkOrderStatus.Dispatched or WorkOrderStatus.Reopened;

    /// <summary>The reply-by clock runs while the order is with a unit (or back with it after a reopen).</summary>
    public static bool ReplyClockRuns(WorkOrderStatus status) =>
        status is WorkOrderStatus.Dispatched or WorkOrderStatus.Accepted or WorkOrderStatus.Reopened;

    /// <summary>Whether something done at <paramref name="at"/> met <paramref name="deadline"/>; null when there was none.</summary>
    public static bool? IsMet(DateTime? deadline, DateTime at) => deadline is { } due ? at <= due : null;

    public static bool IsAcceptOverdue(WorkOrderStatus status, DateTime? acceptBy, DateTime now) =>
        AcceptClockRuns(status) && acceptBy is { } due && due < now;

    public static bool IsReplyOverdue(WorkOrderStatus status, DateTime? replyBy, DateTime now) =>
        ReplyClockRuns(status) && replyBy is { } due && due < now;

    public static bool IsOverdue(WorkOrderStatus status, DateTime? acceptBy, DateTime? replyBy, DateTime now) =>
        IsAcceptOverdue(status, acceptBy, now) || IsReplyOverdue(status, replyBy, now);

    public static DeadlineState Evaluate(WorkOrder order, DeadlineClock clock)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Evaluate(order.Status, order.AcceptBy, order.ReplyBy, clock);
    }

    public static DeadlineState Evaluate(WorkOrderStatus status, DateTime? acceptBy, DateTime? replyBy, DeadlineClock clock)
    {
        var accept = AcceptClockRuns(status) && acceptBy is { } a ? new RunningDeadline(DeadlineKind.Accept, a, Standing(a, clock)) : null;
        var reply = ReplyClockRuns(status) && replyBy is { } r ? new RunningDeadline(DeadlineKind.Reply, r, Standing(r, clock)) : null;
        return accept is null && reply is null ? DeadlineState.None : new DeadlineState(accept, reply);
    }

    /// <summary>超期 as a query: the same answer as <see cref="DeadlineState.IsOverdue"/>.</summary>
    public static Expression<Func<WorkOrder, bool>> Overdue(DateTime now)
    {
        now = AsUtc(now, nameof(now));
        return w =>
            ((w.Status == WorkOrderStatus.Dispatched || w.Status == WorkOrderStatus.Reopened)
                && w.AcceptBy != null && w.AcceptBy < now)
            || ((w.Status == WorkOrderStatus.Dispatched || w.Status == WorkOrderStatus.Accepted || w.Status == WorkOrderStatus.Reopened)
                && w.ReplyBy != null && w.ReplyBy < now);
    }

    /// <summary>
    /// 临期 as a query: the same answer as <see cref="DeadlineState.IsDueSoon"/>. The horizon was counted on the
    /// calendar when the clock was made, so the database only compares columns with two instants.
    /// </summary>
    public static Expression<Func<WorkOrder, bool>> DueSoon(DeadlineClock clock)
    {
        var now = AsUtc(clock.Now, nameof(clock));
        var until = AsUtc(clock.DueSoonUntil, nameof(clock));
        return w =>
            (((w.Status == WorkOrderStatus.Dispatched || w.Status == WorkOrderStatus.Reopened)
                    && w.AcceptBy != null && w.AcceptBy >= now && w.AcceptBy <= until)
                || ((w.Status == WorkOrderStatus.Dispatched || w.Status == WorkOrderStatus.Accepted || w.Status == WorkOrderStatus.Reopened)
                    && w.ReplyBy != null && w.ReplyBy >= now && w.ReplyBy <= until))
            && !((w.Status == WorkOrderStatus.Dispatched || w.Status == WorkOrderStatus.Reopened)
                && w.AcceptBy != null && w.AcceptBy < now)
            && !((w.Status == WorkOrderStatus.Dispatched || w.Status == WorkOrderStatus.Accepted || w.Status == WorkOrderStatus.Reopened)
                && w.ReplyBy != null && w.ReplyBy < now);
    }

    /// <summary>Query parameters must be UTC (PostgreSQL refuses others); a local time would be off by the machine's zone.</summary>
    internal static DateTime AsUtc(DateTime value, string paramName) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => throw new ArgumentException("Expected a UTC instant (Kind Utc or Unspecified).", paramName),
    };

    private static DeadlineStanding Standing(DateTime due, DeadlineClock clock) =>
        due < clock.Now ? DeadlineStanding.Overdue
        : due <= clock.DueSoonUntil ? DeadlineStanding.DueSoon
        : DeadlineStanding.OnTrack;
}
