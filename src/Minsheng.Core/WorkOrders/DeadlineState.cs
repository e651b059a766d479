namespace Minsheng.Core.WorkOrders;

/// <summary>An order's running deadlines at one moment (see <see cref="DeadlineRule.Evaluate(WorkOrderStatus, DateTime?, DateTime?, DeadlineClock)"/>).</summary>
/// <param name="Accept">The accept-by clock, when it runs in the order's status and is set.</param>
/// <param name="Reply">The reply-by clock, when it runs in the order's status and is set.</param>
public sealed record DeadlineState(RunningDeadline? Accept, RunningDeadline? Reply)
{
    public static DeadlineState None { get; } = new(null, null);

    /// <summary>超期: a running deadline has passed.</summary>
    public bool IsOverdue => Accept?.Standing == DeadlineStanding.Overdue || Reply?.Standing == DeadlineStanding.Overdue;

    /// <summary>临期: nothing has passed, and a running deadline falls within the due-soon horizon.</summary>
    public bool IsDueSoon => !IsOverdue && (Accept?.Standing == DeadlineStanding.DueSoon || Reply?.Standing == DeadlineStanding.DueSoon);

    /// <summary>
    /// The deadline to show: a passed reply-by first (the breach that counts against the unit), then a passed
    /// accept-by, then the earliest running one.
    /// </summary>
    public RunningDeadline? MostPressing =>
        Reply is { Standing: DeadlineStanding.Overdue } ? Reply
        : Accept is { Standing: DeadlineStanding.Overdue } ? Accept
        : Accept is null ? Reply
        : Reply is null || Accept.Due <= Reply.Due ? Accept
        : Reply;
}
