using Minsheng.Core.WorkOrders;

namespace Minsheng.Core.Tests.WorkOrders;

/// <summary>
/// The lifecycle as the tests expect it, written out by hand: any change to
/// <see cref="WorkOrderStateMachine"/>'s table must be mirrored here on purpose.
/// </summary>
internal static class ExpectedLifecycle
{
    /// <summary>The matrix columns, in this order (also checked against the enum's declaration order).</summary>
    public static readonly WorkOrderAction[] Columns =
    [
        WorkOrderAction.Register,
        WorkOrderAction.DirectAnswer,
        WorkOrderAction.Dispatch,
        WorkOrderAction.Redispatch,
        WorkOrderAction.Return,
        WorkOrderAction.Accept,
        WorkOrderAction.ExtensionRequest,
        WorkOrderAction.ExtensionDecision,
        WorkOrderAction.Reply,
        WorkOrderAction.Review,
        WorkOrderAction.Callback,
        WorkOrderAction.Reopen,
        WorkOrderAction.Merge,
        WorkOrderAction.Withdraw,
        WorkOrderAction.Close,
        WorkOrderAction.AssistOpinion,

        // Recorded on a merge's target, never taken by itself: allowed in no status.
        WorkOrderAction.DuplicateMerged,
    ];

    /// <summary>X = allowed, . = refused.</summary>
    public static readonly IReadOnlyDictionary<WorkOrderStatus, string> Rows = new Dictionary<WorkOrderStatus, string>
    {
        //                                          Reg DAn Dsp RDs Ret Acc ExR ExD Rpl Rev Cbk Reo Mrg Wdr Cls Ast Dup
        [WorkOrderStatus.Registered]       = "       .   X   X   .   .   .   .   .   .   .   .   .   X   X   .   .   . ",
        [WorkOrderStatus.Dispatched]       = "       .   .   .   X   X   X   .   .   .   .   .   .   X   X   .   X   . ",
        [WorkOrderStatus.Returned]         = "       .   X   X   .   .   .   .   .   .   .   .   .   X   X   .   .   . ",
        [WorkOrderStatus.Accepted]         = "       .   .   .   X   X   .   X   X   X   .   .   .   X   X   .   X   . ",
        [WorkOrderStatus.Replied]          = "       .   .   .   .   .   .   .   .   .   X   .   .   .   .   .   .   . ",
        [WorkOrderStatus.AwaitingCallback] = "       .   .   .   .   .   .   .   .   .   .   X   X   .   .   X   .   . ",
        [WorkOrderStatus.Reopened]         = "       .   .   X   .   .   X   .   .   .   .   .   .   .   X   .   X   . ",
        [WorkOrderStatus.Closed]           = "       .   .   .   .   .   .   .   .   .   .   .   X   .   .   .   .   . ",
        [WorkOrderStatus.Merged]           = "       .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   . ",
        [WorkOrderStatus.Withdrawn]        = "       .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   .   . ",
    };

    /// <summary>Where each allowed pair may lead (review and callback depend on input).</summary>
    public static readonly IReadOnlyDictionary<(WorkOrderStatus, WorkOrderAction), WorkOrderStatus[]> Targets =
        new Dictionary<(WorkOrderStatus, WorkOrderAction), WorkOrderStatus[]>
        {
            [(WorkOrderStatus.Registered, WorkOrderAction.DirectAnswer)] = [WorkOrderStatus.Replied],
            [(WorkOrderStatus.Registered, WorkOrderAction.Dispatch)] = [WorkOrderStatus.Dispatched],
            [(WorkOrderStatus.Registered, WorkOrderAction.Merge)] = [WorkOrderStatus.Merged],
            [(WorkOrderStatus.Registered, WorkOrderAction.Withdraw)] = [WorkOrderStatus.Withdrawn],

            [(WorkOrderStatus.Dispatched, WorkOrderAction.Redispatch)] = [WorkOrderStatus.Dispatched],
            [(WorkOrderStatus.Dispatched, WorkOrderAction.Return)] = [WorkOrderStatus.Returned],
            [(WorkOrderStatus.Dispatched, WorkOrderAction.Accept)] = [WorkOrderStatus.Accepted],
            [(WorkOrderStatus.Dispatched, WorkOrderAction.Merge)] = [WorkOrderStatus.Merged],
            [(WorkOrderStatus.Dispatched, WorkOrderAction.Withdraw)] = [WorkOrderStatus.Withdrawn],

            [(WorkOrderStatus.Dispatched, WorkOrderAction.AssistOpinion)] = [WorkOrderStatus.Dispatched],
            [(WorkOrderStatus.Accepted, WorkOrderAction.AssistOpinion)] = [WorkOrderStatus.Accepted],
            [(WorkOrderStatus.Reopened, WorkOrderAction.AssistOpinion)] = [WorkOrderStatus.Reopened],

            [(WorkOrderStatus.Returned, WorkOrderAction.DirectAnswer)] = [WorkOrderStatus.Replied],
            [(WorkOrderStatus.Returned, WorkOrderAction.Dispatch)] = [WorkOrderStatus.Dispatched],
            [(WorkOrderStatus.Returned, WorkOrderAction.Merge)] = [WorkOrderStatus.Merged],
            [(WorkOrderStatus.Returned, WorkOrderAction.Withdraw)] = [WorkOrderStatus.Withdrawn],

            [(WorkOrderStatus.Accepted, WorkOrderAction.Redispatch)] = [WorkOrderStatus.Dispatched],
            [(WorkOrderStatus.Accepted, WorkOrderAction.Return)] = [WorkOrderStatus.Returned],
            [(WorkOrderStatus.Accepted, WorkOrderAction.ExtensionRequest)] = [WorkOrderStatus.Accepted],
            [(WorkOrderStatus.Accepted, WorkOrderAction.ExtensionDecision)] = [WorkOrderStatus.Accepted],
            [(WorkOrderStatus.Accepted, WorkOrderAction.Reply)] = [WorkOrderStatus.Replied],
            [(WorkOrderStatus.Accepted, WorkOrderAction.Merge)] = [WorkOrderStatus.Merged],
            [(WorkOrderStatus.Accepted, WorkOrderAction.Withdraw)] = [WorkOrderStatus.Withdrawn],

            [(WorkOrderStatus.Replied, WorkOrderAction.Review)] =
                [WorkOrderStatus.AwaitingCallback, WorkOrderStatus.Closed, WorkOrderStatus.Accepted],

            [(WorkOrderStatus.AwaitingCallback, WorkOrderAction.Callback)] = [WorkOrderStatus.Closed, WorkOrderStatus.Reopened],
            [(WorkOrderStatus.AwaitingCallback, WorkOrderAction.Reopen)] = [WorkOrderStatus.Reopened],
            [(WorkOrderStatus.AwaitingCallback, WorkOrderAction.Close)] = [WorkOrderStatus.Closed],

            [(WorkOrderStatus.Reopened, WorkOrderAction.Dispatch)] = [WorkOrderStatus.Dispatched],
            [(WorkOrderStatus.Reopened, WorkOrderAction.Accept)] = [WorkOrderStatus.Accepted],
            [(WorkOrderStatus.Reopened, WorkOrderAction.Withdraw)] = [WorkOrderStatus.Withdrawn],

            [(WorkOrderStatus.Closed, WorkOrderAction.Reopen)] = [WorkOrderStatus.Reopened],
        };

    /// <summary>The Chinese names the UI and error messages use.</summary>
    public static readonly IReadOnlyDictionary<WorkOrderStatus, string> StatusNames = new Dictionary<WorkOrderStatus, string>
    {
        [WorkOrderStatus.Registered] = "已受理",
        [WorkOrderStatus.Dispatched] = "已派单",
        [WorkOrderStatus.Returned] = "已退单",
        [WorkOrderStatus.Accepted] = "办理中",
        [WorkOrderStatus.Replied] = "已答复待审核",
        [WorkOrderStatus.AwaitingCallback] = "待回访",
        [WorkOrderStatus.Reopened] = "重办",
        [WorkOrderStatus.Closed] = "已办结",
        [WorkOrderStatus.Merged] = "已合并",
        [WorkOrderStatus.Withdrawn] = "已撤单",
    };

    public static readonly IReadOnlyDictionary<WorkOrderAction, string> ActionNames = new Dictionary<WorkOrderAction, string>
    {
        [WorkOrderAction.Register] = "受理",
        [WorkOrderAction.DirectAnswer] = "直接答复",
        [WorkOrderAction.Dispatch] = "派单",
        [WorkOrderAction.Redispatch] = "转派",
        [WorkOrderAction.Return] = "退单",
        [WorkOrderAction.Accept] = "签收",
        [WorkOrderAction.ExtensionRequest] = "申请延期",
        [WorkOrderAction.ExtensionDecision] = "延期审批",
        [WorkOrderAction.Reply] = "办结答复",
        [WorkOrderAction.Review] = "审核",
        [WorkOrderAction.Callback] = "回访",
        [WorkOrderAction.Reopen] = "重办",
        [WorkOrderAction.Merge] = "合并",
        [WorkOrderAction.Withdraw] = "撤单",
        [WorkOrderAction.Close] = "结案",
        [WorkOrderAction.AssistOpinion] = "协办意见",
        [WorkOrderAction.DuplicateMerged] = "并入重复件",
    };

    public static bool Allows(WorkOrderStatus status, WorkOrderAction action)
    {
        var cells = Cells(status);
        var column = Array.IndexOf(Columns, action);
        if (column < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Not a column of the expected matrix.");
        }

        return cells[column] switch
        {
            "X" => true,
            "." => false,
            var other => throw new InvalidOperationException($"Bad matrix cell '{other}' for {status}/{action}."),
        };
    }

    public static string[] Cells(WorkOrderStatus status) =>
        Rows[status].Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
