using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.Accounts;

/// <summary>Which roles may take which action on an order they can see (the data scope decides which orders).</summary>
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
}
