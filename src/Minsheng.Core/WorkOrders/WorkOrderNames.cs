namespace Minsheng.Core.WorkOrders;

/// <summary>Chinese display names of the lifecycle's statuses and actions.</summary>
public static class WorkOrderNames
{
    public static string Of(WorkOrderStatus status) => status switch
    {
        WorkOrderStatus.Registered => "已受理",
        WorkOrderStatus.Dispatched => "已派单",
        WorkOrderStatus.Returned => "已退单",
        WorkOrderStatus.Accepted => "办理中",
        WorkOrderStatus.Replied => "已答复待审核",
        WorkOrderStatus.AwaitingCallback => "待回访",
        WorkOrderStatus.Reopened => "重办",
        WorkOrderStatus.Closed => "已办结",
        WorkOrderStatus.Merged => "已合并",
        WorkOrderStatus.Withdrawn => "已撤单",
        _ => status.ToString(),
    };

    public static string Of(WorkOrderAction action) => action switch
    {
        WorkOrderAction.Register => "受理",
        WorkOrderAction.DirectAnswer => "直接答复",
        WorkOrderAction.Dispatch => "派单",
        WorkOrderAction.Redispatch => "转派",
        WorkOrderAction.Return => "退单",
        WorkOrderAction.Accept => "签收",
        WorkOrderAction.ExtensionRequest => "申请延期",
        WorkOrderAction.ExtensionDecision => "延期审批",
        WorkOrderAction.Reply => "办结答复",
        WorkOrderAction.Review => "审核",
        WorkOrderAction.Callback => "回访",
        WorkOrderAction.Reopen => "重办",
        WorkOrderAction.Merge => "合并",
        WorkOrderAction.Withdraw => "撤单",
        WorkOrderAction.Close => "结案",
        WorkOrderAction.AssistOpinion => "协办意见",
        WorkOrderAction.DuplicateMerged => "并入重复件",
        _ => action.ToString(),
    };

    public static string Of(Urgency urgency) => urgency switch
    {
        Urgency.Normal => "一般",
        Urgency.Urgent => "紧急",
        Urgency.Emergency => "特急",
        _ => urgency.ToString(),
    };

    public static string Of(RequestKind kind) => kind switch
    {
        RequestKind.Consultation => "咨询",
        RequestKind.Help => "求助",
        RequestKind.Complaint => "投诉",
        RequestKind.Report => "举报",
        RequestKind.Suggestion => "建议",
        RequestKind.Praise => "表扬",
        RequestKind.Petition => "信访",
        RequestKind.EnterpriseRequest => "涉企诉求",
        RequestKind.Wish => "微心愿",
        RequestKind.DevelopmentProblem => "难题",
        _ => kind.ToString(),
    };
}
