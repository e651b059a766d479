using Minsheng.Core.WorkOrders;

namespace Minsheng.Core.Calendar;

/// <summary>
/// The time limits in force: configured rules, with <see cref="DefaultTimeLimits"/> for every
/// kind × urgency not configured.
/// </summary>
public sealed class TimeLimitTable
{
    private readonly Dictionary<(RequestKind Kind, Urgency Urgency), TimeLimitRule> _rules = [];

    /// <param name="rules">Overrides; when a combination is given twice the last one wins.</param>
    public TimeLimitTable(IEnumerable<TimeLimitRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in DefaultTimeLimits.All)
        {
            _rules[(rule.Kind, rule.Urgency)] = rule;
        }

        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            if (!Enum.IsDefined(rule.Kind) || !Enum.IsDefined(rule.Urgency))
            {
                throw new ArgumentException($"Unknown request kind or urgency in rule {rule}.", nameof(rules));
            }

            if (rule.Accept.Amount <= 0 || rule.Reply.Amount <= 0)
            {
                throw new ArgumentException($"Time limits must be positive in rule {rule}.", nameof(rules));
            }

            _rules[(rule.Kind, rule.Urgency)] = rule;
        }
    }

    public TimeLimitRule For(RequestKind kind, Urgency urgency) =>
        _rules.TryGetValue((kind, urgency), out var rule)
            ? rule
            : throw new ArgumentOutOfRangeException(nameof(kind), $"Unknown request kind {kind} or urgency {urgency}.");

    /// <summary>签收 and 办结 deadlines of an order of this kind and urgency registered at <paramref name="nowUtc"/>.</summary>
    public Deadlines Compute(WorkingCalendar calendar, RequestKind kind, Urgency urgency, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var rule = For(kind, urgency);
        return new Deadlines(calendar.Add(nowUtc, rule.Accept), calendar.Add(nowUtc, rule.Reply));
    }
}
