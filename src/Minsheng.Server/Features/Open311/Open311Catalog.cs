using Minsheng.Server.Features.Reference;

namespace Minsheng.Server.Features.Open311;

/// <summary>
/// Which categories are Open311 services: the active leaves of the category tree (orders are filed under
/// leaves) whose ancestors are active too. The service_code is the category code; the group is the
/// top-level category.
/// </summary>
internal static class Open311Catalog
{
    public static IEnumerable<Category> Services(ReferenceSnapshot refs) =>
        refs.Categories.Where(c => IsService(refs, c));

    public static Category? Service(ReferenceSnapshot refs, string? code) =>
        refs.CategoryByCode(code) is { } category && IsService(refs, category) ? category : null;

    public static bool IsService(ReferenceSnapshot refs, Category category)
    {
        if (!refs.IsLeaf(category))
        {
            return false;
        }

        for (var c = category; c is not null; c = refs.Category(c.ParentId))
        {
            if (!c.IsActive)
            {
                return false;
            }
        }

        return true;
    }

    public static Category TopLevel(ReferenceSnapshot refs, Category category)
    {
        var top = category;
        while (refs.Category(top.ParentId) is { } parent)
        {
            top = parent;
        }

        return top;
    }

    /// <summary>城市管理 / 市政设施 / 道路破损.</summary>
    public static string Path(ReferenceSnapshot refs, Category category)
    {
        var names = new List<string>();
        for (var c = category; c is not null; c = refs.Category(c.ParentId))
        {
            names.Add(c.Name);
        }

        names.Reverse();
        return string.Join(" / ", names);
    }
}
