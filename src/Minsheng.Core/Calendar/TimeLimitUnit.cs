namespace Minsheng.Core.Calendar;

/// <summary>The unit of a <see cref="TimeLimit"/>.</summary>
public enum TimeLimitUnit
{
    /// <summary>Clock hours (自然小时): plain elapsed time.</summary>
    Hours,

    /// <summary>工作小时: only time inside the working windows of working days counts.</summary>
    WorkingHours,

    /// <summary>工作日: one working day is <see cref="Calendar.WorkingHours.PerDay"/> of working time.</summary>
    WorkingDays,

    /// <summary>Natural days (自然日): 24 clock hours each.</summary>
    Days,
}
