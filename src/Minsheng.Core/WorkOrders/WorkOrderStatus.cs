namespace Minsheng.Core.WorkOrders;

/// <summary>Where a work order stands in its lifecycle (see DESIGN.md).</summary>
public enum WorkOrderStatus
{
    /// <summary>受理: registered, waiting for a direct answer or dispatch.</summary>
    Registered,

    /// <summary>已派单: a lead unit has it, not yet signed for.</summary>
    Dispatched,

    /// <summary>已退单: the unit sent it back; waits for the dispatcher.</summary>
    Returned,

    /// <summary>已签收 / 办理中.</summary>
    Accepted,

    /// <summary>已答复: the answer waits for review.</summary>
    Replied,

    /// <summary>待回访.</summary>
    AwaitingCallback,

    /// <summary>重办: the callback found it unsolved, or a supervisor reopened it.</summary>
    Reopened,

    /// <summary>已办结.</summary>
    Closed,

    /// <summary>已合并 into another order.</summary>
    Merged,

    /// <summary>已撤单 by the citizen.</summary>
    Withdrawn,
}
