using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Features.Reference;

/// <summary>Reference entities as the API shows them: parents and regions by code.</summary>
internal static class ReferenceMapping
{
    public static RegionDto ToDto(ReferenceSnapshot refs, Region r) =>
        new(r.Id, r.Code, r.Name, JsonNames.Of(r.Level), refs.Region(r.ParentId)?.Code);

    public static UnitDto ToDto(ReferenceSnapshot refs, Unit u) =>
        new(u.Id, u.Code, u.Name, JsonNames.Of(u.Kind), refs.Unit(u.ParentId)?.Code, refs.Region(u.RegionId)?.Code, u.IsActive);

    public static CategoryDto ToDto(ReferenceSnapshot refs, Category c) =>
        new(c.Id, c.Code, c.Name, refs.Category(c.ParentId)?.Code, refs.IsLeaf(c), c.Keywords, c.IsActive);

    public static ResponsibilityDto? ToDto(ReferenceSnapshot refs, Responsibility entry)
    {
        var category = refs.Category(entry.CategoryId);
        var unit = refs.Unit(entry.UnitId);
        if (category is null || unit is null)
        {
            return null;
        }

        var region = refs.Region(entry.RegionId);
        return new ResponsibilityDto(entry.Id, category.Code, category.Name, region?.Code, region?.Name, unit.Code, unit.Name);
    }
}
