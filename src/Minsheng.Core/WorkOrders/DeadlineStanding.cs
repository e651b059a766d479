namespace Minsheng.Core.WorkOrders;

/// <summary>Where a running deadline stands at a <see cref="DeadlineClock"/>.</summary>
public enum DeadlineStanding
{
    /// <summary>Further away than <see cref="DeadlineClock.DueSoonWithin"/>.</summary>
    OnTrack,

    /// <summary>临期: not yet passed, but within <see cref="DeadlineClock.DueSoonWithin"/> of working time.</summary>
    DueSoon,

    /// <summary>超期: passed.</summary>
    Overdue,
}
