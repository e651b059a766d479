namespace Minsheng.Server.Features.Calendar;

/// <summary>A listed day of the working calendar: a holiday, or a weekend day that is worked (调休).</summary>
public sealed class CalendarDayRecord
{
    public DateOnly Date { get; set; }

    public bool IsOffDay { get; set; }

    public required string Name { get; set; }
}
