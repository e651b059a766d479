namespace Minsheng.Core.WorkOrders;

/// <summary>满意度 as recorded at callback (回访).</summary>
public enum Satisfaction
{
    Satisfied,
    BasicallySatisfied,
    Unsatisfied,
}
