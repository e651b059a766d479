using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// The background jobs that act on orders for the hotline centre, each with the roles of the person whose work it
/// does and the whole jurisdiction in scope. Their names carry a prefix no user name can have (user names are
/// letters, digits and <c>._-@</c>), so the audit log and the timeline can never mistake one for a person.
/// </summary>
public static class SystemActors
{
    public const string Prefix = SystemActorNames.Prefix;

    /// <summary>智能派单: dispatches what the routing model is sure of.</summary>
    public static readonly Actor Router = Create("router", Roles.Dispatcher);

    /// <summary>超时督办: warns before deadlines and marks what is overdue.</summary>
    public static readonly Actor Sweeper = Create("sweeper", Roles.Supervisor);

    /// <summary>回访策略: closes callbacks that could not be made, reopens what the citizen says is unsolved.</summary>
    public static readonly Actor CallbackPolicy = Create("callback", Roles.Operator, Roles.Supervisor);

    public static Actor Create(string job, params string[] roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(job);
        return new Actor(null, Prefix + job, new HashSet<string>(roles, StringComparer.Ordinal), DataScope.Everything, IsSystem: true);
    }

    public static bool IsSystemName(string? actorName) => actorName?.StartsWith(Prefix, StringComparison.Ordinal) == true;
}
