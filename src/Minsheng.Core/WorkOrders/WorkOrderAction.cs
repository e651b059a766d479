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
}
