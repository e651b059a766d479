namespace Minsheng.Server.Features.Reference;

/// <summary>诉求分类: a node of the category tree; orders are filed under leaves.</summary>
public sealed class Category
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public long? ParentId { get; set; }

    /// <summary>Words a citizen would use for it (for search and Open311 keywords).</summary>
    public string? Keywords { get; set; }

    public bool IsActive { get; set; } = true;
}
