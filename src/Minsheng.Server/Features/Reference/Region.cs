namespace Minsheng.Server.Features.Reference;

/// <summary>行政区划: a node of the region tree with its administrative code (e.g. 330784001).</summary>
public sealed class Region
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public RegionLevel Level { get; set; }

    public long? ParentId { get; set; }
}
