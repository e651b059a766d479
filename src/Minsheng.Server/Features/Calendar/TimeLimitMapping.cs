using Minsheng.Core.Calendar;

namespace Minsheng.Server.Features.Calendar;

internal static class TimeLimitMapping
{
    public static TimeLimitRule ToRule(TimeLimitRecord record) => new(
        record.Kind,
        record.Urgency,
        Parse(record.Accept),
        Parse(record.Reply),
        record.CallbackRequired);

    public static TimeLimitRecord ToRecord(TimeLimitRule rule) => new()
    {
        Kind = rule.Kind,
        Urgency = rule.Urgency,
        Accept = rule.Accept.ToInvariantString(),
        Reply = rule.Reply.ToInvariantString(),
        CallbackRequired = rule.CallbackRequired,
    };

    private static TimeLimit Parse(string value) =>
        TimeLimit.TryParse(value, out var limit)
            ? limit
            : throw new InvalidOperationException($"Stored time limit '{value}' is not valid.");
}
