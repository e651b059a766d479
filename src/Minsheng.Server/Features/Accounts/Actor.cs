using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// Who takes an action: a signed-in person or API client (their account, roles and data scope), or a named
/// background job acting for the hotline centre (<see cref="SystemActors"/>). Every use case takes one explicitly,
/// so a sweeper, a router and a test call it the same way a person does.
/// </summary>
public sealed record Actor(long? UserId, string Name, IReadOnlySet<string> RoleNames, DataScope Scope, bool IsSystem = false)
{
    /// <summary>Nobody: no roles, no orders. What an unauthenticated caller is.</summary>
    public static readonly Actor Anonymous = new(null, "anonymous", new HashSet<string>(), DataScope.Nothing);

    /// <summary>
    /// Actions a credential grants beyond the roles: an API key scoped to <c>open311</c> files reports whoever owns it.
    /// </summary>
    public IReadOnlySet<WorkOrderAction> Granted { get; init; } = new HashSet<WorkOrderAction>();

    public bool IsInRole(string role) => RoleNames.Contains(role);

    public bool IsInAnyRole(IEnumerable<string> roles) => roles.Any(RoleNames.Contains);

    public bool CanSeePersonalData => IsInAnyRole(Roles.SeePersonalData);

    /// <summary>Handlers and grid workers handle orders; confidential requesters are never shown to them.</summary>
    public bool IsHandlingUnitOnly => !IsInAnyRole(Roles.Jurisdiction) && IsInAnyRole([Roles.Handler, Roles.GridWorker]);
}
