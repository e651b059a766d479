namespace Minsheng.Server.Features.WorkOrders;

/// <summary>The last order number handed out on a day; one row per day, bumped atomically in the database.</summary>
public sealed class NumberSequence
{
    public required string Day { get; set; }

    public long LastValue { get; set; }
}
