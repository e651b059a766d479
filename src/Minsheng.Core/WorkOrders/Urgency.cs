namespace Minsheng.Core.WorkOrders;

/// <summary>紧急程度.</summary>
public enum Urgency
{
    Normal,
    Urgent,
    Emergency,
}
