using Minsheng.Core.Calendar;

namespace Minsheng.Core.WorkOrders;

/// <summary>
/// The moment deadlines are judged at: <see cref="Now"/>, and <see cref="DueSoonUntil"/>, the instant
/// <see cref="DueSoonWithin"/> of working time later on the calendar. Both are computed once, in the application,
/// so the in-memory rule and the query form compare the same two instants with the deadline columns.
/// </summary>
/// <param name="Now">The current instant (UTC).</param>
/// <param name="DueSoonUntil">A deadline at or before this instant (and not passed) is due soon (UTC).</param>
public readonly record struct DeadlineClock(DateTime Now, DateTime DueSoonUntil)
{
    /// <summary>
    /// 临期 means "runs out within one working day": what a handler must finish before they would look again at the
    /// same hour of the next working day. Counted on the calendar, so on a Friday a Monday-morning deadline is already
    /// due soon (24 clock hours would miss it over the weekend and flag too much before a holiday ends).
    /// </summary>
    public static readonly TimeLimit DueSoonWithin = TimeLimit.WorkingDays(1);

    /// <summary>The clock at <paramref name="nowUtc"/>, with the due-soon horizon counted on <paramref name="calendar"/>.</summary>
    public static DeadlineClock At(DateTime nowUtc, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var now = DeadlineRule.AsUtc(nowUtc, nameof(nowUtc));
        return new DeadlineClock(now, calendar.Add(now, DueSoonWithin));
    }
}
