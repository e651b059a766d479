namespace Minsheng.Core.WorkOrders;

/// <summary>
/// Which of the actions a user may take now is the order's next step in the lifecycle (the one a page offers first),
/// and which ones undo or end the handling (退单, 合并, 撤单) and so deserve a distinct, deliberate look.
/// </summary>
public static class WorkOrderNextStep
{
    // The lifecycle's forward moves first: signing for the order comes before answering it, and so on. Whoever may take
    // an earlier one is the person the order waits for.
    private static readonly WorkOrderAction[] Rank =
    [
        WorkOrderAction.ExtensionDecision, // only while an extension waits for a decision (see Plan)
        WorkOrderAction.Accept,
        WorkOrderAction.Reply,
        WorkOrderAction.Review,
        WorkOrderAction.Callback,
        WorkOrderAction.Dispatch,
        WorkOrderAction.Redispatch,
        WorkOrderAction.DirectAnswer,
        WorkOrderAction.AssistOpinion,
        WorkOrderAction.ExtensionRequest,
        WorkOrderAction.Close,
        WorkOrderAction.Reopen,
        WorkOrderAction.Register,
        WorkOrderAction.Return,
        WorkOrderAction.Merge,
        WorkOrderAction.Withdraw,
    ];

    /// <summary>
    /// 退单 hands the order back, 合并 and 撤单 end it for good: none of them is ever the next step, and a user should
    /// not take one by mistake.
    /// </summary>
    public static bool IsDestructive(WorkOrderAction action) =>
        action is WorkOrderAction.Return or WorkOrderAction.Merge or WorkOrderAction.Withdraw;

    /// <summary>
    /// Orders the actions a user may take in <paramref name="status"/>: the next step (if any is safe), then the other safe
    /// ones, then the destructive ones. Actions the status does not allow are dropped (<c>Dispatch</c> stands for 转派
    /// too). A pending extension request makes its decision the next step for whoever may decide it.
    /// </summary>
    public static WorkOrderActionPlan Plan(WorkOrderStatus status, IEnumerable<WorkOrderAction> allowed, bool extensionPending = false)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var ordered = allowed.Distinct()
            .Where(a => WorkOrderStateMachine.CanApply(status, a)
                || a == WorkOrderAction.Dispatch && WorkOrderStateMachine.CanApply(status, WorkOrderAction.Redispatch))
            .OrderBy(a => a == WorkOrderAction.ExtensionDecision && !extensionPending ? Array.IndexOf(Rank, WorkOrderAction.Reopen) : Array.IndexOf(Rank, a))
            .ThenBy(a => a)
            .ToArray();
        WorkOrderAction? next = ordered.Length > 0 && !IsDestructive(ordered[0]) ? ordered[0] : null;
        return new WorkOrderActionPlan(next, next is null ? ordered : ordered[1..]);
    }
}

/// <param name="Next">The action the order waits for from this user, if one of theirs is a safe step forward.</param>
/// <param name="Others">The rest in the order to offer them, destructive ones last.</param>
public sealed record WorkOrderActionPlan(WorkOrderAction? Next, IReadOnlyList<WorkOrderAction> Others)
{
    public IEnumerable<WorkOrderAction> All => Next is { } next ? [next, .. Others] : Others;
}
