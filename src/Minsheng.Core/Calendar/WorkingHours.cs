namespace Minsheng.Core.Calendar;

/// <summary>
/// The two working windows of a working day, in local time: morning and afternoon. Each
/// window is half-open, [start, end).
/// </summary>
public sealed record WorkingHours(TimeOnly MorningStart, TimeOnly MorningEnd, TimeOnly AfternoonStart, TimeOnly AfternoonEnd)
{
    /// <summary>08:30-12:00 and 14:00-17:30: 7 working hours a day.</summary>
    public static WorkingHours Default { get; } =
        new(new TimeOnly(8, 30), new TimeOnly(12, 0), new TimeOnly(14, 0), new TimeOnly(17, 30));

    /// <summary>The working time in one working day (zero when the windows are out of order).</summary>
    public TimeSpan PerDay => IsValid ? (MorningEnd - MorningStart) + (AfternoonEnd - AfternoonStart) : TimeSpan.Zero;

    /// <summary>Windows in order (morning start ≤ end ≤ afternoon start ≤ end) and some working time.</summary>
    internal bool IsValid =>
        MorningStart <= MorningEnd
        && MorningEnd <= AfternoonStart
        && AfternoonStart <= AfternoonEnd
        && (MorningStart < MorningEnd || AfternoonStart < AfternoonEnd);
}
