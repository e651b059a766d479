namespace Minsheng.Core.WorkOrders;

/// <summary>诉求类型: what the citizen, enterprise or community raises.</summary>
public enum RequestKind
{
    Consultation,
    Help,
    Complaint,
    Report,
    Suggestion,
    Praise,
    Petition,
    EnterpriseRequest,
    Wish,
    DevelopmentProblem,
}
