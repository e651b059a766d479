namespace Minsheng.Core.Calendar;

/// <summary>
/// A day listed in a working calendar: a holiday or rest day (<paramref name="IsOffDay"/> true)
/// or an adjusted working day (调休上班, <paramref name="IsOffDay"/> false, usually a weekend).
/// </summary>
/// <param name="Date">The local calendar date.</param>
/// <param name="IsOffDay">True when no one works that day.</param>
/// <param name="Name">The holiday it belongs to, e.g. 春节 or 国庆节、中秋节.</param>
public sealed record CalendarDay(DateOnly Date, bool IsOffDay, string Name);
