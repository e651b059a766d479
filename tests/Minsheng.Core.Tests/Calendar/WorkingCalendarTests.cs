using Minsheng.Core.Calendar;
using static Minsheng.Core.Tests.Calendar.Beijing;

namespace Minsheng.Core.Tests.Calendar;

/// <summary>
/// Working-time arithmetic on a calendar with no listed days (Mon-Fri, 08:30-12:00 and
/// 14:00-17:30, UTC+8). 2024-03-04 is a Monday; 2024-03-08 a Friday.
/// </summary>
public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar _plain = new([], WorkingHours.Default, TimeSpan.FromHours(8));

    [Fact]
    public void Default_WorkingHours_SevenHoursADay()
    {
        Assert.Equal(TimeSpan.FromHours(7), WorkingHours.Default.PerDay);
        Assert.Equal(new TimeOnly(8, 30), WorkingHours.Default.MorningStart);
        Assert.Equal(new TimeOnly(17, 30), WorkingHours.Default.AfternoonEnd);
    }

    [Fact]
    public void ChinaDefault_Settings_BeijingTimeAndDefaultHours()
    {
        Assert.Equal(TimeSpan.FromHours(8), WorkingCalendar.ChinaDefault.UtcOffset);
        Assert.Equal(WorkingHours.Default, WorkingCalendar.ChinaDefault.Hours);
    }

    [Theory]
    [InlineData(2024, 3, 4, true)]   // Monday
    [InlineData(2024, 3, 8, true)]   // Friday
    [InlineData(2024, 3, 9, false)]  // Saturday
    [InlineData(2024, 3, 10, false)] // Sunday
    public void IsWorkingDay_UnlistedDays_FollowWeekdayRule(int year, int month, int day, bool working)
    {
        Assert.Equal(working, _plain.IsWorkingDay(new DateOnly(year, month, day)));
        Assert.Null(_plain.Find(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(9, 0, 4, 4, 15, 0)]    // 9-12 (3h), 14-15
    [InlineData(9, 0, 3, 4, 12, 0)]    // ends exactly at the morning close, not after lunch
    [InlineData(8, 30, 7, 4, 17, 30)]  // a full day ends at the afternoon close
    [InlineData(7, 0, 1, 4, 9, 30)]    // before opening: counts from 08:30
    [InlineData(12, 30, 1, 4, 15, 0)]  // at lunch: counts from 14:00
    [InlineData(12, 0, 1, 4, 15, 0)]   // exactly at the morning close
    [InlineData(17, 30, 1, 5, 9, 30)]  // exactly at the afternoon close: next morning
    [InlineData(18, 0, 1, 5, 9, 30)]   // evening: next morning
    [InlineData(23, 59, 2, 5, 10, 30)]
    [InlineData(16, 0, 2, 5, 9, 0)]    // 1.5h today, 0.5h tomorrow
    [InlineData(10, 0, 14, 6, 10, 0)]  // 14 working hours = 2 working days
    public void Add_WorkingHoursFromMonday_LandsWhereHandCountSays(int hour, int minute, int amount, int day, int endHour, int endMinute)
    {
        var deadline = _plain.Add(At(2024, 3, 4, hour, minute), TimeLimit.WorkingHours(amount));

        Assert.Equal(At(2024, 3, day, endHour, endMinute), deadline);
    }

    [Fact]
    public void Add_WorkingHoursFromSaturday_StartsMondayMorning()
    {
        Assert.Equal(At(2024, 3, 11, 9, 30), _plain.Add(At(2024, 3, 9, 11), TimeLimit.WorkingHours(1)));
        Assert.Equal(At(2024, 3, 11, 14, 30), _plain.Add(At(2024, 3, 10, 23), TimeLimit.WorkingHours(4)));
    }

    [Fact]
    public void Add_WorkingHoursFridayAfternoon_SkipsWeekend()
    {
        Assert.Equal(At(2024, 3, 11, 10), _plain.Add(At(2024, 3, 8, 16), TimeLimit.WorkingHours(3)));
    }

    [Fact]
    public void Add_OneWorkingDayFromMondayMorning_TuesdaySameTime()
    {
        Assert.Equal(At(2024, 3, 5, 10), _plain.Add(At(2024, 3, 4, 10), TimeLimit.WorkingDays(1)));
    }

    [Fact]
    public void Add_OneWorkingDayFromFridayAfternoon_MondaySameTime()
    {
        Assert.Equal(At(2024, 3, 11, 16), _plain.Add(At(2024, 3, 8, 16), TimeLimit.WorkingDays(1)));
    }

    [Fact]
    public void Add_WorkingDaysStartingOutsideWorkingHours_CountFromNextOpening()
    {
        // Before opening: a full day from 08:30 ends at 17:30 the same day.
        Assert.Equal(At(2024, 3, 4, 17, 30), _plain.Add(At(2024, 3, 4, 6), TimeLimit.WorkingDays(1)));

        // At lunch: counts from 14:00 (3.5h that afternoon, 3.5h the next morning).
        Assert.Equal(At(2024, 3, 5, 12), _plain.Add(At(2024, 3, 4, 12, 45), TimeLimit.WorkingDays(1)));

        // After close: next day 08:30 + 7h.
        Assert.Equal(At(2024, 3, 5, 17, 30), _plain.Add(At(2024, 3, 4, 19), TimeLimit.WorkingDays(1)));

        // Weekend: Monday opening; 2 working days end Tuesday at close.
        Assert.Equal(At(2024, 3, 12, 17, 30), _plain.Add(At(2024, 3, 9, 10), TimeLimit.WorkingDays(2)));
    }

    [Fact]
    public void Add_FiveWorkingDays_OneWeekLater()
    {
        Assert.Equal(At(2024, 3, 11, 10), _plain.Add(At(2024, 3, 4, 10), TimeLimit.WorkingDays(5)));
        Assert.Equal(At(2024, 3, 18, 10), _plain.Add(At(2024, 3, 4, 10), TimeLimit.WorkingDays(10)));
    }

    [Fact]
    public void Add_ClockHours_PlainElapsedTimeIncludingNightsAndWeekends()
    {
        Assert.Equal(At(2024, 3, 10, 1), _plain.Add(At(2024, 3, 9, 23), TimeLimit.Hours(2)));
        Assert.Equal(At(2024, 3, 5, 12, 30), _plain.Add(At(2024, 3, 4, 12, 30), TimeLimit.Hours(24)));
    }

    [Fact]
    public void Add_Days_SixtyTimesTwentyFourHours()
    {
        var start = At(2024, 3, 4, 10, 17);

        Assert.Equal(start + TimeSpan.FromHours(60 * 24), _plain.Add(start, TimeLimit.Days(60)));
        Assert.Equal(At(2024, 5, 3, 10, 17), _plain.Add(start, TimeLimit.Days(60)));
    }

    [Fact]
    public void Add_UtcOrUnspecifiedInput_ReturnsUtc()
    {
        var utc = At(2024, 3, 4, 10);
        var unspecified = DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);

        foreach (var limit in new[] { TimeLimit.Hours(1), TimeLimit.Days(1), TimeLimit.WorkingHours(1), TimeLimit.WorkingDays(1) })
        {
            var fromUtc = _plain.Add(utc, limit);
            var fromUnspecified = _plain.Add(unspecified, limit);

            Assert.Equal(DateTimeKind.Utc, fromUtc.Kind);
            Assert.Equal(DateTimeKind.Utc, fromUnspecified.Kind);
            Assert.Equal(fromUtc, fromUnspecified);
        }
    }

    [Fact]
    public void Add_LocalKindInput_Throws()
    {
        var local = new DateTime(2024, 3, 4, 10, 0, 0, DateTimeKind.Local);

        Assert.Throws<ArgumentException>(() => _plain.Add(local, TimeLimit.Hours(1)));
        Assert.Throws<ArgumentException>(() => _plain.WorkingTimeBetween(local, local.AddHours(1)));
    }

    [Fact]
    public void Add_OffsetMatters_WorkingWindowsAreLocal()
    {
        // 01:00 UTC is 09:00 in Beijing but 01:00 in UTC, before opening.
        var start = new DateTime(2024, 3, 4, 1, 0, 0, DateTimeKind.Utc);
        var utcCalendar = new WorkingCalendar([], WorkingHours.Default, TimeSpan.Zero);

        Assert.Equal(new DateTime(2024, 3, 4, 2, 0, 0, DateTimeKind.Utc), _plain.Add(start, TimeLimit.WorkingHours(1)));
        Assert.Equal(new DateTime(2024, 3, 4, 9, 30, 0, DateTimeKind.Utc), utcCalendar.Add(start, TimeLimit.WorkingHours(1)));
    }

    [Fact]
    public void Add_NonPositiveAmount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _plain.Add(At(2024, 3, 4, 10), default));
    }

    [Fact]
    public void Add_BeyondDateTimeRange_ThrowsArgumentOutOfRange()
    {
        var start = At(9999, 1, 4, 10);

        Assert.Throws<ArgumentOutOfRangeException>(() => _plain.Add(start, TimeLimit.Days(1000)));
        Assert.Throws<ArgumentOutOfRangeException>(() => _plain.Add(start, TimeLimit.WorkingDays(1000)));
        Assert.Throws<ArgumentOutOfRangeException>(() => _plain.Add(start, TimeLimit.WorkingDays(int.MaxValue)));
        Assert.Throws<ArgumentOutOfRangeException>(() => _plain.Add(start, TimeLimit.Hours(int.MaxValue)));
    }

    [Fact]
    public void WorkingTimeBetween_ToNotAfterFrom_Zero()
    {
        Assert.Equal(TimeSpan.Zero, _plain.WorkingTimeBetween(At(2024, 3, 4, 10), At(2024, 3, 4, 10)));
        Assert.Equal(TimeSpan.Zero, _plain.WorkingTimeBetween(At(2024, 3, 5, 10), At(2024, 3, 4, 10)));
    }

    [Theory]
    [InlineData(4, 10, 0, 5, 10, 0, 7 * 60)]     // one working day
    [InlineData(4, 11, 0, 4, 15, 0, 60 + 60)]    // lunch excluded
    [InlineData(4, 12, 15, 4, 13, 45, 0)]        // entirely at lunch
    [InlineData(4, 18, 0, 5, 8, 0, 0)]           // overnight
    [InlineData(8, 16, 0, 11, 9, 0, 90 + 30)]    // Friday to Monday
    [InlineData(9, 0, 0, 11, 0, 0, 0)]           // weekend
    [InlineData(4, 0, 0, 9, 0, 0, 5 * 7 * 60)]   // a working week
    [InlineData(4, 8, 45, 4, 8, 50, 5)]
    public void WorkingTimeBetween_HandCounted_Matches(int fromDay, int fromHour, int fromMinute, int toDay, int toHour, int toMinute, int minutes)
    {
        var elapsed = _plain.WorkingTimeBetween(At(2024, 3, fromDay, fromHour, fromMinute), At(2024, 3, toDay, toHour, toMinute));

        Assert.Equal(TimeSpan.FromMinutes(minutes), elapsed);
    }

    public static TheoryData<string> RoundTripLimits => ["1wh", "2wh", "4wh", "7wh", "13wh", "1wd", "2wd", "5wd", "10wd", "30wd"];

    [Theory]
    [MemberData(nameof(RoundTripLimits))]
    public void WorkingTimeBetween_FromStartToAdd_EqualsLimit(string limitText)
    {
        Assert.True(TimeLimit.TryParse(limitText, out var limit));
        var expected = limit.Unit == TimeLimitUnit.WorkingDays
            ? WorkingHours.Default.PerDay * limit.Amount
            : TimeSpan.FromHours(limit.Amount);

        // Every 37 minutes across the 2024 Spring Festival, through nights, lunches, weekends and make-up days.
        var calendar = WorkingCalendar.ChinaDefault;
        for (var start = At(2024, 2, 1); start < At(2024, 2, 21); start = start.AddMinutes(37))
        {
            var end = calendar.Add(start, limit);

            Assert.Equal(expected, calendar.WorkingTimeBetween(start, end));

            // The deadline is the earliest such instant: one minute earlier is not enough.
            Assert.True(calendar.WorkingTimeBetween(start, end.AddMinutes(-1)) < expected, $"{limit} from {start:O} ends later than needed at {end:O}");
        }
    }

    [Fact]
    public void WorkingTimeBetween_AddOfElapsed_ReturnsToWithinWorkingHours()
    {
        var from = At(2024, 3, 4, 9);
        var to = At(2024, 3, 7, 15);
        var elapsed = _plain.WorkingTimeBetween(from, to);

        Assert.Equal(TimeSpan.FromHours(3 * 7 + 4), elapsed);
        Assert.Equal(to, _plain.Add(from, TimeLimit.WorkingHours((int)elapsed.TotalHours)));
    }

    [Fact]
    public void Constructor_LaterListedDayOverridesEarlier()
    {
        var monday = new DateOnly(2024, 3, 4);
        var calendar = new WorkingCalendar(
            [new CalendarDay(monday, true, "停电"), new CalendarDay(monday, false, "照常上班")],
            WorkingHours.Default,
            TimeSpan.FromHours(8));

        Assert.True(calendar.IsWorkingDay(monday));
        Assert.Equal("照常上班", calendar.Find(monday)?.Name);
        Assert.Single(calendar.DaysOf(2024));
    }

    [Fact]
    public void Constructor_CustomOffDayOnWeekday_SkippedByArithmetic()
    {
        var calendar = new WorkingCalendar(
            [new CalendarDay(new DateOnly(2024, 3, 5), true, "地方假日")],
            WorkingHours.Default,
            TimeSpan.FromHours(8));

        Assert.Equal(At(2024, 3, 6, 10), calendar.Add(At(2024, 3, 4, 10), TimeLimit.WorkingDays(1)));
        Assert.Equal(261, calendar.WorkingDaysIn(2024)); // 262 weekdays in 2024 minus one local holiday
    }

    [Fact]
    public void Constructor_InvalidHoursOrOffset_Throws()
    {
        var reversed = new WorkingHours(new TimeOnly(12, 0), new TimeOnly(8, 30), new TimeOnly(14, 0), new TimeOnly(17, 30));
        var empty = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(9, 0), new TimeOnly(9, 0), new TimeOnly(9, 0));

        Assert.Throws<ArgumentException>(() => new WorkingCalendar([], reversed, TimeSpan.FromHours(8)));
        Assert.Throws<ArgumentException>(() => new WorkingCalendar([], empty, TimeSpan.FromHours(8)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WorkingCalendar([], WorkingHours.Default, TimeSpan.FromHours(15)));
    }

    [Fact]
    public void Add_CustomHoursWithoutLunch_CountsContinuously()
    {
        var hours = new WorkingHours(new TimeOnly(9, 0), new TimeOnly(13, 0), new TimeOnly(13, 0), new TimeOnly(17, 0));
        var calendar = new WorkingCalendar([], hours, TimeSpan.FromHours(8));

        Assert.Equal(TimeSpan.FromHours(8), hours.PerDay);
        Assert.Equal(At(2024, 3, 4, 14), calendar.Add(At(2024, 3, 4, 11), TimeLimit.WorkingHours(3)));
        Assert.Equal(At(2024, 3, 5, 11), calendar.Add(At(2024, 3, 4, 11), TimeLimit.WorkingDays(1)));
    }

    [Fact]
    public void DaysOf_BuiltIn2024_SortedHolidaysAndMakeUpDays()
    {
        var days = WorkingCalendar.ChinaDefault.DaysOf(2024);

        Assert.Equal(36, days.Count);
        Assert.Equal(28, days.Count(d => d.IsOffDay));
        Assert.Equal(days.OrderBy(d => d.Date), days);
        Assert.Equal(new CalendarDay(new DateOnly(2024, 1, 1), true, "元旦"), days[0]);
    }

    [Fact]
    public void DaysOf_DayAnnouncedWithNextYear_KeptUnderItsOwnYear()
    {
        // 2022-12-31 was announced with the 2023 元旦 holiday.
        Assert.Contains(ChinaHolidays.For(2022), d => d.Date == new DateOnly(2022, 12, 31) && d.IsOffDay);
        Assert.DoesNotContain(ChinaHolidays.For(2023), d => d.Date.Year != 2023);
        Assert.Equal(ChinaHolidays.For(2022), WorkingCalendar.ChinaDefault.DaysOf(2022));
    }

    [Fact]
    public void Covers_BuiltInYears_TrueOnlyFor2020To2026()
    {
        Assert.Equal(new[] { 2020, 2021, 2022, 2023, 2024, 2025, 2026 }, ChinaHolidays.Years);
        foreach (var year in ChinaHolidays.Years)
        {
            Assert.True(WorkingCalendar.ChinaDefault.Covers(year));
            Assert.NotEmpty(ChinaHolidays.For(year));
        }

        Assert.False(WorkingCalendar.ChinaDefault.Covers(2019));
        Assert.False(WorkingCalendar.ChinaDefault.Covers(2027));
        Assert.Empty(ChinaHolidays.For(2027));
        Assert.Empty(WorkingCalendar.ChinaDefault.DaysOf(2027));
        Assert.False(_plain.Covers(2024));
    }

    [Fact]
    public void All_BuiltIn_EveryYearSortedAndDistinct()
    {
        var all = ChinaHolidays.All.ToList();

        Assert.Equal(ChinaHolidays.Years.Sum(y => ChinaHolidays.For(y).Count), all.Count);
        Assert.Equal(all.Count, all.Select(d => d.Date).Distinct().Count());
        Assert.Equal(all.OrderBy(d => d.Date), all);
    }

    [Fact]
    public void WorkingDaysIn_PlainCalendar_Weekdays()
    {
        Assert.Equal(262, _plain.WorkingDaysIn(2024));
        Assert.Equal(261, _plain.WorkingDaysIn(2025));
    }
}
