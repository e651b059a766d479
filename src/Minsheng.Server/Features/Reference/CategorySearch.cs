using Minsheng.Core.Text;

namespace Minsheng.Server.Features.Reference;

/// <summary>
/// Finds the leaf category an operator means from what they typed (the rule of <see cref="TypedMatch"/>: code, name or
/// path, part of the name, pinyin initials such as 市政设施 → szss). Orders are filed under active leaves only.
/// </summary>
public static class CategorySearch
{
    public const string PathSeparator = " › ";

    public static IReadOnlyList<Category> Find(ReferenceSnapshot refs, string? typed)
    {
        ArgumentNullException.ThrowIfNull(refs);
        return TypedMatch.Find(refs.Categories.Where(c => c.IsActive && refs.IsLeaf(c)), typed, c => c.Code, c => c.Name, c => Path(refs, c));
    }

    /// <summary>The category's path from the root: 城市管理 › 市政设施.</summary>
    public static string Path(ReferenceSnapshot refs, Category category)
    {
        var names = new List<string>();
        for (var c = category; c is not null; c = refs.Category(c.ParentId))
        {
            names.Insert(0, c.Name);
        }

        return string.Join(PathSeparator, names);
    }

    /// <summary>What the picker shows beside a category so typing initials finds it: "szss · C0101".</summary>
    public static string Hint(Category category) => PinyinInitials.Of(category.Name) + " · " + category.Code;
}
