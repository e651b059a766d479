namespace Minsheng.Core.WorkOrders;

/// <summary>
/// The Chinese names of the actors that are not people: background jobs and tools record their own name on the events
/// they append (<c>system:router</c>, <c>system:sweeper</c>), and the timeline shows users this name instead. The
/// prefix is one no user name can have (Identity's user-name characters have no colon).
/// </summary>
public static class SystemActorNames
{
    public const string Prefix = "system:";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["router"] = "智能派单",
        ["sweeper"] = "超时督办",
        ["callback"] = "回访提醒",
        ["import"] = "数据导入",
        ["system"] = "系统",
    };

    /// <summary>Every system actor with its name, e.g. for translations.</summary>
    public static IReadOnlyDictionary<string, string> All => Names;

    public static string? Of(string actor) =>
        actor is not null && actor.StartsWith(Prefix, StringComparison.Ordinal) ? Names.GetValueOrDefault(actor[Prefix.Length..]) : null;
}
