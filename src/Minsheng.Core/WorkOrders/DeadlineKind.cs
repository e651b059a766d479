namespace Minsheng.Core.WorkOrders;

/// <summary>An order's two clocks: 签收 (accept-by) and 办结 (reply-by).</summary>
public enum DeadlineKind
{
    /// <summary>签收时限: the unit must sign for the order by then.</summary>
    Accept,

    /// <summary>办结时限: the unit must reply to the citizen by then.</summary>
    Reply,
}
