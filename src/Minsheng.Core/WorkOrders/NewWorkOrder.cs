namespace Minsheng.Core.WorkOrders;

/// <summary>What intake knows about a request before it becomes an order.</summary>
public sealed record NewWorkOrder
{
    public required RequestKind Kind { get; init; }

    public Channel Channel { get; init; } = Channel.Phone;

    public Urgency Urgency { get; init; } = Urgency.Normal;

    public Requester? Requester { get; init; }

    public required string Title { get; init; }

    public required string Content { get; init; }

    public Location? Location { get; init; }

    /// <summary>The region (village, community or grid) the location lies in.</summary>
    public long? RegionId { get; init; }

    public long? CategoryId { get; init; }

    public bool CallbackRequired { get; init; } = true;

    /// <summary>The citizen's account when they registered it themselves (web, app).</summary>
    public long? CitizenUserId { get; init; }

    /// <summary>Answers to the category's extra questions (Open311 <c>attribute[CODE]</c>), by attribute code.</summary>
    public IReadOnlyDictionary<string, string>? Attributes { get; init; }
}
