using Minsheng.Core.WorkOrders;

namespace Minsheng.Core.Calendar;

/// <summary>
/// Common-practice time limits, one rule for every <see cref="RequestKind"/> × <see cref="Urgency"/>.
/// Accept: normal 1 working day, urgent 4 working hours, emergency 2 clock hours. Reply (normal):
/// consultation 1 wd; help, complaint, report, praise 5 wd; suggestion 10 wd; petition 60 natural
/// days; enterprise request 3 wd; wish 15 wd; development problem 30 wd. Urgent replies are at
/// most 2 working days; emergency replies are due within 24 clock hours. Every kind except
/// praise requires a callback.
/// </summary>
public static class DefaultTimeLimits
{
    private static readonly TimeLimit _urgentReplyCap = TimeLimit.WorkingDays(2);

    private static readonly IReadOnlyList<TimeLimitRule> _all = Build();

    public static IReadOnlyList<TimeLimitRule> All => _all;

    /// <summary>The 办结时限 of a kind at normal urgency.</summary>
    private static TimeLimit NormalReply(RequestKind kind) => kind switch
    {
        RequestKind.Consultation => TimeLimit.WorkingDays(1),
        RequestKind.Help => TimeLimit.WorkingDays(5),
        RequestKind.Complaint => TimeLimit.WorkingDays(5),
        RequestKind.Report => TimeLimit.WorkingDays(5),
        RequestKind.Suggestion => TimeLimit.WorkingDays(10),
        RequestKind.Praise => TimeLimit.WorkingDays(5),
        RequestKind.Petition => TimeLimit.Days(60),
        RequestKind.EnterpriseRequest => TimeLimit.WorkingDays(3),
        RequestKind.Wish => TimeLimit.WorkingDays(15),
        RequestKind.DevelopmentProblem => TimeLimit.WorkingDays(30),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown request kind."),
    };

    private static IReadOnlyList<TimeLimitRule> Build()
    {
        var rules = new List<TimeLimitRule>();
        foreach (var kind in Enum.GetValues<RequestKind>())
        {
            var normal = NormalReply(kind);
            var callback = kind != RequestKind.Praise;
            rules.Add(new TimeLimitRule(kind, Urgency.Normal, TimeLimit.WorkingDays(1), normal, callback));
            rules.Add(new TimeLimitRule(kind, Urgency.Urgent, TimeLimit.WorkingHours(4), UrgentReply(normal), callback));
            rules.Add(new TimeLimitRule(kind, Urgency.Emergency, TimeLimit.Hours(2), TimeLimit.Hours(24), callback));
        }

        return rules.AsReadOnly();
    }

    // The shorter of the normal limit and 2 working days. Only a working-day limit can be
    // shorter than the cap; a natural-day limit (petition: 60 days) is always longer.
    private static TimeLimit UrgentReply(TimeLimit normal) =>
        normal.Unit == TimeLimitUnit.WorkingDays && normal.Amount < _urgentReplyCap.Amount ? normal : _urgentReplyCap;
}
