using Minsheng.Server.Features.Reference;

namespace Minsheng.Server.Components.Shared;

/// <summary>The options of the region, category and unit pickers, in tree order with their paths.</summary>
internal static class Pickers
{
    public sealed record Option(string Code, string Label, int Depth, string? Hint = null);

    /// <summary>Every region under the county, indented by depth (the county itself first).</summary>
    public static IReadOnlyList<Option> Regions(ReferenceSnapshot refs) =>
        Tree(refs.Regions, r => r.Id, r => r.ParentId, r => new Option(r.Code, r.Name, 0), (o, d) => o with { Depth = d });

    /// <summary>
    /// Leaf categories (orders are filed under leaves) labelled with their path (城市管理 › 市政设施) and hinted with their
    /// pinyin initials and code, which the category box also accepts (see <see cref="CategorySearch"/>).
    /// </summary>
    public static IReadOnlyList<Option> LeafCategories(ReferenceSnapshot refs) =>
        refs.Categories.Where(c => c.IsActive && refs.IsLeaf(c))
            .Select(c => new Option(c.Code, CategorySearch.Path(refs, c), 0, CategorySearch.Hint(c)))
            .ToArray();

    /// <summary>All categories for filtering: a group selects everything below it.</summary>
    public static IReadOnlyList<Option> AllCategories(ReferenceSnapshot refs) =>
        Tree(refs.Categories, c => c.Id, c => c.ParentId, c => new Option(c.Code, c.Name, 0), (o, d) => o with { Depth = d });

    public static IReadOnlyList<Option> Units(ReferenceSnapshot refs, bool activeOnly = true) =>
        Tree(refs.Units.Where(u => !activeOnly || u.IsActive).ToArray(), u => u.Id, u => u.ParentId, u => new Option(u.Code, u.Name, 0),
            (o, d) => o with { Depth = d });

    public static string Indented(Option option) => new string('\u3000', option.Depth) + option.Label;

    private static List<Option> Tree<T>(IReadOnlyList<T> items, Func<T, long> id, Func<T, long?> parent, Func<T, Option> option,
        Func<Option, int, Option> depth)
    {
        var ids = items.Select(id).ToHashSet();
        var children = items.ToLookup(i => parent(i) is { } p && ids.Contains(p) ? p : (long?)null);
        var result = new List<Option>();
        void Walk(long? key, int level)
        {
            foreach (var item in children[key])
            {
                result.Add(depth(option(item), level));
                Walk(id(item), level + 1);
            }
        }

        Walk(null, 0);
        return result;
    }
}
