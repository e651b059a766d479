namespace Minsheng.Core.WorkOrders;

/// <summary>Where the problem is: an address and optional WGS-84 coordinates.</summary>
public sealed record Location
{
    public string? Address { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
