namespace Minsheng.Core.Calendar;

/// <summary>
/// A working-time calendar: which local dates are working days (listed holidays and 调休
/// make-up days first, otherwise Monday-Friday), the working windows of a working day, and
/// the fixed offset of local time from UTC. Instants go in and come out as UTC; it holds no
/// clock and does no I/O.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarDay> _days;
    private readonly Dictionary<int, IReadOnlyList<CalendarDay>> _byYear;

    /// <param name="days">The listed days; when a date is listed twice the last one wins, so overrides can follow the base data.</param>
    /// <param name="hours">The working windows of a working day.</param>
    /// <param name="utcOffset">Local time minus UTC (between -14 and +14 hours, whole minutes).</param>
    public WorkingCalendar(IEnumerable<CalendarDay> days, WorkingHours hours, TimeSpan utcOffset)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(hours);
        if (!hours.IsValid)
        {
            throw new ArgumentException(
                "Working hours must be in order (morning start <= end <= afternoon start <= end) and not empty.",
                nameof(hours));
        }

        if (utcOffset < TimeSpan.FromHours(-14) || utcOffset > TimeSpan.FromHours(14) || utcOffset.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(utcOffset), utcOffset, "The UTC offset must be whole minutes between -14 and +14 hours.");
        }

        _days = [];
        foreach (var day in days)
        {
            ArgumentNullException.ThrowIfNull(day, nameof(days));
            _days[day.Date] = day;
        }

        _byYear = _days.Values
            .GroupBy(d => d.Date.Year)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CalendarDay>)g.OrderBy(d => d.Date).ToArray().AsReadOnly());
        Hours = hours;
        UtcOffset = utcOffset;
    }

    /// <summary>China's statutory holidays 2020-2026, 08:30-12:00 and 14:00-17:30, UTC+8.</summary>
    public static WorkingCalendar ChinaDefault { get; } =
        new(ChinaHolidays.All, WorkingHours.Default, TimeSpan.FromHours(8));

    public TimeSpan UtcOffset { get; }

    public WorkingHours Hours { get; }

    /// <summary>Listed days win; otherwise Monday-Friday work and Saturday/Sunday are off.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        _days.TryGetValue(date, out var day)
            ? !day.IsOffDay
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public CalendarDay? Find(DateOnly date) => _days.GetValueOrDefault(date);

    /// <summary>The listed days (holidays and make-up working days) of a year, sorted by date.</summary>
    public IReadOnlyList<CalendarDay> DaysOf(int year) =>
        _byYear.TryGetValue(year, out var days) ? days : [];

    /// <summary>True when at least one day of that year is listed, i.e. its holidays are known.</summary>
    public bool Covers(int year) => _byYear.ContainsKey(year);

    /// <summary>
    /// The instant a time limit started at <paramref name="startUtc"/> runs out. Clock units
    /// (<see cref="TimeLimitUnit.Hours"/>, <see cref="TimeLimitUnit.Days"/>) add plain elapsed time;
    /// working units add working time (a working day is <see cref="WorkingHours.PerDay"/>), counted
    /// from the start or, outside working time, from the next window opening. The result is the
    /// earliest instant by which the full amount has elapsed, so a limit may end exactly at a
    /// window's close (e.g. 17:30).
    /// </summary>
    /// <param name="startUtc">A UTC instant (<see cref="DateTimeKind.Unspecified"/> is read as UTC).</param>
    /// <returns>A UTC instant (<see cref="DateTimeKind.Utc"/>).</returns>
    public DateTime Add(DateTime startUtc, TimeLimit limit)
    {
        var start = AsUtc(startUtc, nameof(startUtc));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit.Amount, nameof(limit));
        try
        {
            return limit.Unit switch
            {
                TimeLimitUnit.Hours => start.AddHours(limit.Amount),
                TimeLimitUnit.Days => start.AddDays(limit.Amount),
                TimeLimitUnit.WorkingHours => AddWorking(start, TimeSpan.FromHours(limit.Amount)),
                TimeLimitUnit.WorkingDays => AddWorking(start, Hours.PerDay * limit.Amount),
                _ => throw new ArgumentOutOfRangeException(nameof(limit), limit.Unit, "Unknown time-limit unit."),
            };
        }
        catch (OverflowException ex)
        {
            throw new ArgumentOutOfRangeException("The time limit ends beyond the representable range.", ex);
        }
    }

    /// <summary>The working time elapsed between two UTC instants; zero when <paramref name="toUtc"/> is not after <paramref name="fromUtc"/>.</summary>
    public TimeSpan WorkingTimeBetween(DateTime fromUtc, DateTime toUtc)
    {
        var from = ToLocal(AsUtc(fromUtc, nameof(fromUtc)));
        var to = ToLocal(AsUtc(toUtc, nameof(toUtc)));
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var last = DateOnly.FromDateTime(to);
        for (var date = DateOnly.FromDateTime(from); date <= last; date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }

            foreach (var (windowStart, windowEnd) in Windows(date))
            {
                var overlapStart = from > windowStart ? from : windowStart;
                var overlapEnd = to < windowEnd ? to : windowEnd;
                if (overlapEnd > overlapStart)
                {
                    total += overlapEnd - overlapStart;
                }
            }

            if (date == DateOnly.MaxValue)
            {
                break;
            }
        }

        return total;
    }

    /// <summary>The number of working days in a (local) calendar year.</summary>
    public int WorkingDaysIn(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var count = 0;
        for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }

            if (date == DateOnly.MaxValue)
            {
                break;
            }
        }

        return count;
    }

    private static DateTime AsUtc(DateTime value, string paramName) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => throw new ArgumentException(
            "Expected a UTC instant (Kind Utc or Unspecified); a local DateTime depends on the machine's time zone.",
            paramName),
    };

    private DateTime AddWorking(DateTime startUtc, TimeSpan amount)
    {
        var from = ToLocal(startUtc);
        var remaining = amount;
        for (var date = DateOnly.FromDateTime(from); ; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                foreach (var (windowStart, windowEnd) in Windows(date))
                {
                    var countFrom = from > windowStart ? from : windowStart;
                    if (countFrom >= windowEnd)
                    {
                        continue;
                    }

                    var available = windowEnd - countFrom;
                    if (remaining <= available)
                    {
                        return DateTime.SpecifyKind(countFrom + remaining - UtcOffset, DateTimeKind.Utc);
                    }

                    remaining -= available;
                }
            }

            if (date == DateOnly.MaxValue)
            {
                throw new OverflowException("Ran past the end of the calendar.");
            }
        }
    }

    private DateTime ToLocal(DateTime utc)
    {
        try
        {
            return DateTime.SpecifyKind(utc + UtcOffset, DateTimeKind.Unspecified);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new ArgumentOutOfRangeException("The instant is too close to the limits of DateTime for this offset.", ex);
        }
    }

    private (DateTime Start, DateTime End)[] Windows(DateOnly date) =>
    [
        (date.ToDateTime(Hours.MorningStart), date.ToDateTime(Hours.MorningEnd)),
        (date.ToDateTime(Hours.AfternoonStart), date.ToDateTime(Hours.AfternoonEnd)),
    ];
}
