namespace Minsheng.Core.WorkOrders;

/// <summary>诉求人: who raised the request. Personal data: masked outside the hotline.</summary>
public sealed record Requester
{
    public string? Name { get; init; }

    public string? Phone { get; init; }

    public RequesterType Type { get; init; } = RequesterType.Person;

    /// <summary>保密: never shown to the handling units.</summary>
    public bool IsConfidential { get; init; }

    /// <summary>匿名: no name or phone is kept.</summary>
    public bool IsAnonymous { get; init; }
}
