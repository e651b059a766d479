namespace Minsheng.Core.WorkOrders;

/// <summary>One deadline that runs in the order's status, and where it stands.</summary>
/// <param name="Due">The deadline (UTC).</param>
public sealed record RunningDeadline(DeadlineKind Kind, DateTime Due, DeadlineStanding Standing);
