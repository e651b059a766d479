namespace Minsheng.Core.WorkOrders;

/// <summary>Every transition of the lifecycle; each one appends a <see cref="WorkOrderEvent"/>.</summary>
public enum WorkOrderAction
{
    Register,
    DirectAnswer,
    Dispatch,
    Redispatch,
    Return,
    Accept,
    ExtensionRequest,
    ExtensionDecision,
    Reply,
    Review,
    Callback,
    Reopen,
    Merge,
    Withdraw,
    Close,

    /// <summary>协办意见: an assisting unit's contribution to the lead unit; the status does not change.</summary>
    AssistOpinion,

    /// <summary>
    /// 并入重复件: another order was merged into this one. Recorded on the target of a <see cref="Merge"/>, never taken
    /// by itself, so it is in no status's allowed actions; the status does not change.
    /// </summary>
    DuplicateMerged,
}
