using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// Which roles may take which action, and, with the data scope, which actions an actor may take on an order now:
/// the one rule behind the API's <c>allowedActions</c>, the order page's forms and the use cases' refusals.
/// </summary>
public static class ActionPermissions
{
    public static readonly IReadOnlyList<string> Register = [Roles.Citizen, Roles.Operator, Roles.Dispatcher, Roles.GridWorker, Roles.Admin];

    public static readonly IReadOnlyList<string> Read = Roles.All;

    public static readonly IReadOnlyList<string> Export = [Roles.Operator, Roles.Dispatcher, Roles.Handler, Roles.Supervisor, Roles.GridWorker, Roles.Analyst, Roles.Admin];

    public static IReadOnlyList<string> For(WorkOrderAction action) => action switch
    {
        WorkOrderAction.DirectAnswer => [Roles.Operator, Roles.Dispatcher, Roles.Admin],
        WorkOrderAction.Dispatch or WorkOrderAction.Redispatch => [Roles.Dispatcher, Roles.Handler, Roles.Admin],
        WorkOrderAction.Accept or WorkOrderAction.Return or WorkOrderAction.ExtensionRequest or WorkOrderAction.Reply =>
            [Roles.Handler, Roles.GridWorker, Roles.Admin],
        WorkOrderAction.ExtensionDecision or WorkOrderAction.Review => [Roles.Dispatcher, Roles.Supervisor, Roles.Admin],
        WorkOrderAction.Callback or WorkOrderAction.Close => [Roles.Operator, Roles.Supervisor, Roles.Admin],
        WorkOrderAction.Reopen => [Roles.Dispatcher, Roles.Supervisor, Roles.Admin],
        WorkOrderAction.Merge => [Roles.Operator, Roles.Dispatcher, Roles.Admin],
        WorkOrderAction.AssistOpinion => [Roles.Handler],
        WorkOrderAction.Withdraw => [Roles.Citizen, Roles.Operator, Roles.Dispatcher, Roles.Admin],
        _ => [Roles.Admin],
    };

    /// <summary>Whether the actor's roles, or what their credential grants, permit the action at all.</summary>
    public static bool Permits(Actor actor, WorkOrderAction action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsInAnyRole(action == WorkOrderAction.Register ? Register : For(action)) || actor.Granted.Contains(action);
    }

    /// <summary>
    /// What <paramref name="actor"/> may do next with <paramref name="order"/>, in lifecycle order (派单 covers 转派):
    /// what the status allows, their roles permit, and their scope reaches (the order must be one they handle; the
    /// 协办 opinion only needs their unit among the assisting ones).
    /// </summary>
    public static IReadOnlyList<WorkOrderAction> AllowedFor(Actor actor, WorkOrder order)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(order);
        return WorkOrderStateMachine.AllowedActions(order.Status)
            .Select(a => a == WorkOrderAction.Redispatch ? WorkOrderAction.Dispatch : a)
            .Distinct()
            .Where(a => Permits(actor, a))
            .Where(a => a == WorkOrderAction.AssistOpinion
                ? actor.Scope.AssistingUnitAmong(order.AssistingUnitIds) is not null
                : actor.Scope.Handles(order))
            .ToArray();
    }
}
