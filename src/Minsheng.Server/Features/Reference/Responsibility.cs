namespace Minsheng.Server.Features.Reference;

/// <summary>职责清单 entry: orders of this category in this region (and below) go to this unit.</summary>
public sealed class Responsibility
{
    public long Id { get; set; }

    public long CategoryId { get; set; }

    /// <summary>Null means the whole jurisdiction.</summary>
    public long? RegionId { get; set; }

    public long UnitId { get; set; }
}
