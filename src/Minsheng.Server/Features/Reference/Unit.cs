namespace Minsheng.Server.Features.Reference;

/// <summary>承办单位: a unit that can receive orders; units form a tree (a township and its villages).</summary>
public sealed class Unit
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public UnitKind Kind { get; set; }

    public long? ParentId { get; set; }

    /// <summary>The region a township or village unit answers for.</summary>
    public long? RegionId { get; set; }

    public bool IsActive { get; set; } = true;
}
