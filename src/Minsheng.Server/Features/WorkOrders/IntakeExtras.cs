namespace Minsheng.Server.Features.WorkOrders;

/// <summary>What a channel adds to a registration beyond the request itself, stored in the same transaction.</summary>
public sealed record IntakeExtras
{
    /// <summary>Answers to the category's extra questions (Open311 <c>attribute[CODE]</c>), by attribute code.</summary>
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }

    /// <summary>An audit entry of the channel's own (e.g. <c>open311-post</c>), written with the order; its target is the number.</summary>
    public string? AuditAction { get; init; }

    public string? AuditDetail { get; init; }
}
