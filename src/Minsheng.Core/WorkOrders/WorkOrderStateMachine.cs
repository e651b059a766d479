using System.Collections.Frozen;

namespace Minsheng.Core.WorkOrders;

/// <summary>
/// The one place that says which action may be taken in which status, and where it can lead.
/// Actions whose outcome depends on input (review, callback) list every possible target.
/// </summary>
public static class WorkOrderStateMachine
{
    private static readonly FrozenDictionary<(WorkOrderStatus From, WorkOrderAction Action), WorkOrderStatus[]> Table =
        new Dictionary<(WorkOrderStatus, WorkOrderAction), WorkOrderStatus[]>
        {
            [(WorkOrderStatus.Registered, WorkOrderAction.DirectAnswer)] = [WorkOrderStatus.Replied],
            [(WorkOrderStatus.Returned, WorkOrderAction.DirectAnswer)] = [WorkOrderStatus.Replied],

            [(WorkOrderStatus.Registered, WorkOrderAction.Dispatch)] = [WorkOrderStatus.Dispatched],
            [(WorkOrderStatus.Returned, WorkOrderAction.Dispatch)] = [WorkOrderStatus.Dispatched],
            [(WorkOrderStatus.Reopened, WorkOrderAction.Dispatch)] = [WorkOrderStatus.Dispatched],

            // 转派 / sub-dispatch: the hotline moves it, or the lead unit hands it to a unit below.
            [(WorkOrderStatus.Dispatched, WorkOrderAction.Redispatch)] = [WorkOrderStatus.Dispatched],
            [(WorkOrderStatus.Accepted, WorkOrderAction.Redispatch)] = [WorkOrderStatus.Dispatched],

            [(WorkOrderStatus.Dispatched, WorkOrderAction.Return)] = [WorkOrderStatus.Returned],
            [(WorkOrderStatus.Accepted, WorkOrderAction.Return)] = [WorkOrderStatus.Returned],

            [(WorkOrderStatus.Dispatched, WorkOrderAction.Accept)] = [WorkOrderStatus.Accepted],
            [(WorkOrderStatus.Reopened, WorkOrderAction.Accept)] = [WorkOrderStatus.Accepted],

            [(WorkOrderStatus.Accepted, WorkOrderAction.ExtensionRequest)] = [WorkOrderStatus.Accepted],
            [(WorkOrderStatus.Accepted, WorkOrderAction.ExtensionDecision)] = [WorkOrderStatus.Accepted],

            [(WorkOrderStatus.Accepted, WorkOrderAction.Reply)] = [WorkOrderStatus.Replied],

            [(WorkOrderStatus.Replied, WorkOrderAction.Review)] =
                [WorkOrderStatus.AwaitingCallback, WorkOrderStatus.Closed, WorkOrderStatus.Accepted],

            [(WorkOrderStatus.AwaitingCallback, WorkOrderAction.Callback)] =
                [WorkOrderStatus.Closed, WorkOrderStatus.Reopened],
            [(WorkOrderStatus.AwaitingCallback, WorkOrderAction.Close)] = [WorkOrderStatus.Closed],

            [(WorkOrderStatus.AwaitingCallback, WorkOrderAction.Reopen)] = [WorkOrderStatus.Reopened],
            [(WorkOrderStatus.Closed, WorkOrderAction.Reopen)] = [WorkOrderStatus.Reopened],

            // 协办: while the order is with its units, the assisting ones report to the lead unit.
            [(WorkOrderStatus.Dispatched, WorkOrderAction.AssistOpinion)] = [WorkOrderStatus.Dispatched],
            [(WorkOrderStatus.Accepted, WorkOrderAction.AssistOpinion)] = [WorkOrderStatus.Accepted],
            [(WorkOrderStatus.Reopened, WorkOrderAction.AssistOpinion)] = [WorkOrderStatus.Reopened],

            [(WorkOrderStatus.Registered, WorkOrderAction.Merge)] = [WorkOrderStatus.Merged],
            [(WorkOrderStatus.Returned, WorkOrderAction.Merge)] = [WorkOrderStatus.Merged],
            [(WorkOrderStatus.Dispatched, WorkOrderAction.Merge)] = [WorkOrderStatus.Merged],
            [(WorkOrderStatus.Accepted, WorkOrderAction.Merge)] = [WorkOrderStatus.Merged],

            [(WorkOrderStatus.Registered, WorkOrderAction.Withdraw)] = [WorkOrderStatus.Withdrawn],
            [(WorkOrderStatus.Returned, WorkOrderAction.Withdraw)] = [WorkOrderStatus.Withdrawn],
            [(WorkOrderStatus.Dispatched, WorkOrderAction.Withdraw)] = [WorkOrderStatus.Withdrawn],
            [(WorkOrderStatus.Accepted, WorkOrderAction.Withdraw)] = [WorkOrderStatus.Withdrawn],
            [(WorkOrderStatus.Reopened, WorkOrderAction.Withdraw)] = [WorkOrderStatus.Withdrawn],
        }.ToFrozenDictionary();

    /// <summary>Statuses from which nothing but a reopen (for Closed) can follow.</summary>
    public static bool IsFinal(WorkOrderStatus status) =>
        status is WorkOrderStatus.Closed or WorkOrderStatus.Merged or WorkOrderStatus.Withdrawn;

    /// <summary>Open orders are the ones a deadline still watches.</summary>
    public static bool IsOpen(WorkOrderStatus status) => !IsFinal(status);

    public static bool CanApply(WorkOrderStatus from, WorkOrderAction action) => Table.ContainsKey((from, action));

    public static IReadOnlyList<WorkOrderStatus> TargetsOf(WorkOrderStatus from, WorkOrderAction action) =>
        Table.TryGetValue((from, action), out var targets) ? targets : [];

    /// <summary>The actions allowed in a status, in lifecycle order (for UIs and API hints).</summary>
    public static IReadOnlyList<WorkOrderAction> AllowedActions(WorkOrderStatus from) =>
        Enum.GetValues<WorkOrderAction>().Where(a => CanApply(from, a)).ToArray();

    /// <summary>Throws when <paramref name="action"/> is not allowed in <paramref name="from"/>.</summary>
    public static void EnsureCanApply(WorkOrderStatus from, WorkOrderAction action)
    {
        if (!CanApply(from, action))
        {
            throw new IllegalTransitionException(from, action);
        }
    }

    /// <summary>Checks that a use case lands where the table says it may.</summary>
    internal static void EnsureTarget(WorkOrderStatus from, WorkOrderAction action, WorkOrderStatus to)
    {
        if (!TargetsOf(from, action).Contains(to))
        {
            throw new InvalidOperationException($"{action} from {from} cannot lead to {to}.");
        }
    }
}
