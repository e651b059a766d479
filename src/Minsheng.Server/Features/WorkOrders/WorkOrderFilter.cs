namespace Minsheng.Server.Features.WorkOrders;

/// <summary>The query string of the order list and its export; everything is text so bad values get clear messages.</summary>
public sealed record WorkOrderFilter
{
    public string? Status { get; init; }

    public string? Unit { get; init; }

    public string? Category { get; init; }

    public string? Region { get; init; }

    public string? Kind { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? Q { get; init; }

    /// <summary><c>overdue</c> (超期) or <c>due-soon</c> (临期), as the deadline rule judges them now.</summary>
    public string? Deadline { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }

    public string? Sort { get; init; }
}
