namespace Minsheng.Server.Features.WorkOrders;

/// <summary>Remembers which order an <c>Idempotency-Key</c> created, so a retried POST returns it again.</summary>
public sealed class IdempotencyRecord
{
    public required string Key { get; set; }

    public long WorkOrderId { get; set; }

    public Minsheng.Core.WorkOrders.WorkOrder? WorkOrder { get; set; }

    public DateTime CreatedAt { get; set; }
}
