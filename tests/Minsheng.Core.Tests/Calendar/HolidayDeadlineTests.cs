using Minsheng.Core.Calendar;
using Minsheng.Core.WorkOrders;
using static Minsheng.Core.Tests.Calendar.Beijing;

namespace Minsheng.Core.Tests.Calendar;

/// <summary>
/// Deadlines across real holidays, counted by hand from the State Council notices (and checked
/// against holidays-cn): a working day is 7 working hours, so n working days from 10:00 land at
/// 10:00 on the n-th working day after.
/// </summary>
public sealed class HolidayDeadlineTests
{
    private static readonly WorkingCalendar _calendar = WorkingCalendar.ChinaDefault;

    [Theory]
    // 2024 春节: Sat Feb 10 - Sat Feb 17 off; Sun Feb 4 and Sun Feb 18 are make-up working days.
    [InlineData(2024, 2, 4, true)]
    [InlineData(2024, 2, 9, true)]   // Friday, 除夕 eve but not listed: works
    [InlineData(2024, 2, 10, false)]
    [InlineData(2024, 2, 12, false)] // Monday off
    [InlineData(2024, 2, 16, false)]
    [InlineData(2024, 2, 17, false)]
    [InlineData(2024, 2, 18, true)]
    // 2024 国庆节: Oct 1-7 off; Sun Sep 29 and Sat Oct 12 work; Mon Sep 30 is an ordinary working day.
    [InlineData(2024, 9, 29, true)]
    [InlineData(2024, 9, 30, true)]
    [InlineData(2024, 10, 1, false)]
    [InlineData(2024, 10, 7, false)]
    [InlineData(2024, 10, 8, true)]
    [InlineData(2024, 10, 12, true)]
    [InlineData(2024, 10, 13, false)]
    // 2025 春节: Tue Jan 28 - Tue Feb 4 off; Sun Jan 26 and Sat Feb 8 work.
    [InlineData(2025, 1, 26, true)]
    [InlineData(2025, 1, 27, true)]
    [InlineData(2025, 1, 28, false)]
    [InlineData(2025, 2, 3, false)]
    [InlineData(2025, 2, 4, false)]
    [InlineData(2025, 2, 5, true)]
    [InlineData(2025, 2, 8, true)]
    [InlineData(2025, 2, 9, false)]
    // 2025 国庆节、中秋节: Oct 1-8 off; Sun Sep 28 and Sat Oct 11 work.
    [InlineData(2025, 9, 28, true)]
    [InlineData(2025, 9, 30, true)]
    [InlineData(2025, 10, 1, false)]
    [InlineData(2025, 10, 8, false)]
    [InlineData(2025, 10, 9, true)]
    [InlineData(2025, 10, 11, true)]
    public void IsWorkingDay_RealHolidaysAndMakeUpDays_MatchNotice(int year, int month, int day, bool working)
    {
        Assert.Equal(working, _calendar.IsWorkingDay(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Find_MakeUpSunday_IsListedAsWorkingDayOfItsHoliday()
    {
        var day = _calendar.Find(new DateOnly(2024, 2, 18));

        Assert.NotNull(day);
        Assert.False(day.IsOffDay);
        Assert.Equal("春节", day.Name);
        Assert.Equal(DayOfWeek.Sunday, day.Date.DayOfWeek);
    }

    [Fact]
    public void Add_ComplaintFridayBeforeSpringFestival2024_LandsOnFifthWorkingDayAfter()
    {
        // Fri Feb 9 10:00. Working days after it: Sun 18 (make-up), Mon 19, Tue 20, Wed 21, Thu 22.
        var deadline = _calendar.Add(At(2024, 2, 9, 10), TimeLimit.WorkingDays(5));

        Assert.Equal(At(2024, 2, 22, 10), deadline);
    }

    [Fact]
    public void Compute_ComplaintFridayBeforeSpringFestival2024_AcceptOnMakeUpSundayReplyThursday()
    {
        var table = new TimeLimitTable([]);

        var deadlines = table.Compute(_calendar, RequestKind.Complaint, Urgency.Normal, At(2024, 2, 9, 10));

        Assert.Equal(At(2024, 2, 18, 10), deadlines.AcceptBy);
        Assert.Equal(At(2024, 2, 22, 10), deadlines.ReplyBy);
    }

    [Fact]
    public void Add_RegisteredOnMakeUpSunday_CountsThatSunday()
    {
        // Sun Feb 4 2024 works: 10:00 + 1 working day = Mon Feb 5 10:00.
        Assert.Equal(At(2024, 2, 5, 10), _calendar.Add(At(2024, 2, 4, 10), TimeLimit.WorkingDays(1)));

        // From Saturday Feb 3 the count starts at Sunday's opening, and ends at its close.
        Assert.Equal(At(2024, 2, 4, 17, 30), _calendar.Add(At(2024, 2, 3, 10), TimeLimit.WorkingDays(1)));
        Assert.Equal(At(2024, 2, 4, 9, 30), _calendar.Add(At(2024, 2, 3, 22), TimeLimit.WorkingHours(1)));
    }

    [Fact]
    public void Add_RegisteredOnMakeUpSaturdayAfterSpringFestival2025_CountsThatSaturday()
    {
        // Thu Feb 6 2025 10:00 + 2 wd: Fri Feb 7, Sat Feb 8 (make-up).
        Assert.Equal(At(2025, 2, 8, 10), _calendar.Add(At(2025, 2, 6, 10), TimeLimit.WorkingDays(2)));
    }

    [Fact]
    public void Add_OneWorkingDayFromLastWorkingDayBeforeNationalDay2024_LandsOnFirstWorkingDayAfter()
    {
        // Mon Sep 30 15:00 -> Tue Oct 8 15:00.
        Assert.Equal(At(2024, 10, 8, 15), _calendar.Add(At(2024, 9, 30, 15), TimeLimit.WorkingDays(1)));

        // From the make-up Sunday Sep 29, 2 wd: Mon Sep 30, then Tue Oct 8.
        Assert.Equal(At(2024, 10, 8, 10), _calendar.Add(At(2024, 9, 29, 10), TimeLimit.WorkingDays(2)));
    }

    [Fact]
    public void Add_FiveWorkingDaysAfterNationalDay2024_CountsMakeUpSaturday()
    {
        // Tue Oct 8 10:00: Wed 9, Thu 10, Fri 11, Sat 12 (make-up), Mon 14.
        Assert.Equal(At(2024, 10, 14, 10), _calendar.Add(At(2024, 10, 8, 10), TimeLimit.WorkingDays(5)));
    }

    [Fact]
    public void Add_OneWorkingDayFromLastWorkingDayBeforeSpringFestival2025_LandsOnFirstWorkingDayAfter()
    {
        // Mon Jan 27 10:00 -> Wed Feb 5 10:00.
        Assert.Equal(At(2025, 2, 5, 10), _calendar.Add(At(2025, 1, 27, 10), TimeLimit.WorkingDays(1)));
    }

    [Fact]
    public void Add_ComplaintFridayBeforeSpringFestival2025_CountsBothMakeUpDaysAndSkipsHoliday()
    {
        // Fri Jan 24 10:00: Sun 26 (make-up), Mon 27, Wed Feb 5, Thu 6, Fri 7.
        Assert.Equal(At(2025, 2, 7, 10), _calendar.Add(At(2025, 1, 24, 10), TimeLimit.WorkingDays(5)));
    }

    [Fact]
    public void Add_OneWorkingDayFromLastWorkingDayBeforeNationalDay2025_LandsOnFirstWorkingDayAfter()
    {
        // Tue Sep 30 16:00 -> Thu Oct 9 16:00 (Oct 1-8 off).
        Assert.Equal(At(2025, 10, 9, 16), _calendar.Add(At(2025, 9, 30, 16), TimeLimit.WorkingDays(1)));
    }

    [Fact]
    public void Add_FourWorkingHoursLateOnLastDayBeforeNationalDay2025_FinishesAfterHoliday()
    {
        // Tue Sep 30 16:00: 1.5 h that day, 2.5 h on Thu Oct 9 from 08:30 -> 11:00.
        Assert.Equal(At(2025, 10, 9, 11), _calendar.Add(At(2025, 9, 30, 16), TimeLimit.WorkingHours(4)));
    }

    [Fact]
    public void Add_ClockLimitsAcrossHoliday_IgnoreTheCalendar()
    {
        Assert.Equal(At(2025, 10, 2, 16), _calendar.Add(At(2025, 10, 1, 16), TimeLimit.Hours(24)));
        Assert.Equal(At(2025, 11, 29, 16), _calendar.Add(At(2025, 9, 30, 16), TimeLimit.Days(60)));
    }

    [Fact]
    public void WorkingTimeBetween_AcrossSpringFestival2024_CountsOnlyWorkingDays()
    {
        // Fri Feb 9 17:30 -> Mon Feb 19 08:30: only the make-up Sunday Feb 18.
        Assert.Equal(TimeSpan.FromHours(7), _calendar.WorkingTimeBetween(At(2024, 2, 9, 17, 30), At(2024, 2, 19, 8, 30)));

        // The holiday itself holds no working time.
        Assert.Equal(TimeSpan.Zero, _calendar.WorkingTimeBetween(At(2024, 2, 10), At(2024, 2, 18)));
    }

    [Theory]
    [InlineData(2020, 249)]
    [InlineData(2021, 250)]
    [InlineData(2022, 249)]
    [InlineData(2023, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void WorkingDaysIn_BuiltInYears_MatchesPublishedCount(int year, int expected)
    {
        Assert.Equal(expected, _calendar.WorkingDaysIn(year));
    }
}
