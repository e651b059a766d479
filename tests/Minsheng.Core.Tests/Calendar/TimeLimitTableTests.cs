using Minsheng.Core.Calendar;
using Minsheng.Core.WorkOrders;
using static Minsheng.Core.Tests.Calendar.Beijing;

namespace Minsheng.Core.Tests.Calendar;

public sealed class TimeLimitTableTests
{
    [Fact]
    public void DefaultTimeLimits_All_OneRulePerKindAndUrgency()
    {
        var all = DefaultTimeLimits.All;

        Assert.Equal(Enum.GetValues<RequestKind>().Length * Enum.GetValues<Urgency>().Length, all.Count);
        foreach (var kind in Enum.GetValues<RequestKind>())
        {
            foreach (var urgency in Enum.GetValues<Urgency>())
            {
                Assert.Single(all, r => r.Kind == kind && r.Urgency == urgency);
            }
        }
    }

    [Theory]
    [InlineData(RequestKind.Consultation, "1wd")]
    [InlineData(RequestKind.Help, "5wd")]
    [InlineData(RequestKind.Complaint, "5wd")]
    [InlineData(RequestKind.Report, "5wd")]
    [InlineData(RequestKind.Suggestion, "10wd")]
    [InlineData(RequestKind.Praise, "5wd")]
    [InlineData(RequestKind.Petition, "60d")]
    [InlineData(RequestKind.EnterpriseRequest, "3wd")]
    [InlineData(RequestKind.Wish, "15wd")]
    [InlineData(RequestKind.DevelopmentProblem, "30wd")]
    public void For_NormalUrgency_DefaultReplyAndOneWorkingDayAccept(RequestKind kind, string reply)
    {
        var rule = new TimeLimitTable([]).For(kind, Urgency.Normal);

        Assert.Equal(kind, rule.Kind);
        Assert.Equal(Urgency.Normal, rule.Urgency);
        Assert.Equal("1wd", rule.Accept.ToInvariantString());
        Assert.Equal(reply, rule.Reply.ToInvariantString());
    }

    [Theory]
    [InlineData(RequestKind.Consultation, "1wd")]
    [InlineData(RequestKind.Complaint, "2wd")]
    [InlineData(RequestKind.EnterpriseRequest, "2wd")]
    [InlineData(RequestKind.Petition, "2wd")]
    [InlineData(RequestKind.DevelopmentProblem, "2wd")]
    public void For_Urgent_ReplyAtMostTwoWorkingDaysAcceptFourWorkingHours(RequestKind kind, string reply)
    {
        var rule = new TimeLimitTable([]).For(kind, Urgency.Urgent);

        Assert.Equal(TimeLimit.WorkingHours(4), rule.Accept);
        Assert.Equal(reply, rule.Reply.ToInvariantString());
    }

    [Fact]
    public void For_Emergency_ClockHoursForEveryKind()
    {
        var table = new TimeLimitTable([]);
        foreach (var kind in Enum.GetValues<RequestKind>())
        {
            var rule = table.For(kind, Urgency.Emergency);

            Assert.Equal(TimeLimit.Hours(2), rule.Accept);
            Assert.Equal(TimeLimit.Hours(24), rule.Reply);
        }
    }

    [Fact]
    public void For_CallbackRequired_FalseOnlyForPraise()
    {
        foreach (var rule in DefaultTimeLimits.All)
        {
            Assert.Equal(rule.Kind != RequestKind.Praise, rule.CallbackRequired);
        }
    }

    [Fact]
    public void For_Override_ReplacesOnlyThatCombination()
    {
        var custom = new TimeLimitRule(RequestKind.Complaint, Urgency.Normal, TimeLimit.WorkingHours(2), TimeLimit.WorkingDays(3), false);
        var table = new TimeLimitTable([custom]);

        Assert.Same(custom, table.For(RequestKind.Complaint, Urgency.Normal));
        Assert.Equal(TimeLimit.WorkingDays(2), table.For(RequestKind.Complaint, Urgency.Urgent).Reply);
        Assert.Equal(TimeLimit.WorkingDays(5), table.For(RequestKind.Help, Urgency.Normal).Reply);
    }

    [Fact]
    public void For_DuplicateOverride_LastWins()
    {
        var first = new TimeLimitRule(RequestKind.Wish, Urgency.Normal, TimeLimit.WorkingDays(1), TimeLimit.WorkingDays(20), true);
        var second = first with { Reply = TimeLimit.Days(30) };

        Assert.Same(second, new TimeLimitTable([first, second]).For(RequestKind.Wish, Urgency.Normal));
    }

    [Fact]
    public void Constructor_InvalidRules_Throw()
    {
        var bad = new TimeLimitRule(RequestKind.Help, Urgency.Normal, default, TimeLimit.WorkingDays(1), true);

        Assert.Throws<ArgumentException>(() => new TimeLimitTable([bad]));
        Assert.Throws<ArgumentException>(() => new TimeLimitTable([bad with { Accept = TimeLimit.Hours(1), Kind = (RequestKind)99 }]));
    }

    [Fact]
    public void For_UnknownKind_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeLimitTable([]).For((RequestKind)99, Urgency.Normal));
    }

    [Fact]
    public void Compute_ConsultationMondayMorning_BothNextDay()
    {
        var deadlines = new TimeLimitTable([]).Compute(WorkingCalendar.ChinaDefault, RequestKind.Consultation, Urgency.Normal, At(2024, 3, 4, 10));

        Assert.Equal(new Deadlines(At(2024, 3, 5, 10), At(2024, 3, 5, 10)), deadlines);
    }

    [Fact]
    public void Compute_UrgentComplaintFridayAfternoon_WorkingHoursSkipWeekend()
    {
        // Fri 2024-03-08 16:00: 4 wh -> Mon 11:00; 2 wd -> Tue 16:00.
        var deadlines = new TimeLimitTable([]).Compute(WorkingCalendar.ChinaDefault, RequestKind.Complaint, Urgency.Urgent, At(2024, 3, 8, 16));

        Assert.Equal(At(2024, 3, 11, 11), deadlines.AcceptBy);
        Assert.Equal(At(2024, 3, 12, 16), deadlines.ReplyBy);
    }

    [Fact]
    public void Compute_EmergencyDuringHoliday_ClockTime()
    {
        var deadlines = new TimeLimitTable([]).Compute(WorkingCalendar.ChinaDefault, RequestKind.Help, Urgency.Emergency, At(2024, 10, 3, 22));

        Assert.Equal(At(2024, 10, 4, 0), deadlines.AcceptBy);
        Assert.Equal(At(2024, 10, 4, 22), deadlines.ReplyBy);
    }

    [Fact]
    public void Compute_PetitionNormal_SixtyNaturalDays()
    {
        var start = At(2024, 9, 30, 15);

        var deadlines = new TimeLimitTable([]).Compute(WorkingCalendar.ChinaDefault, RequestKind.Petition, Urgency.Normal, start);

        Assert.Equal(At(2024, 10, 8, 15), deadlines.AcceptBy);
        Assert.Equal(start.AddDays(60), deadlines.ReplyBy);
        Assert.Equal(DateTimeKind.Utc, deadlines.ReplyBy.Kind);
    }
}
