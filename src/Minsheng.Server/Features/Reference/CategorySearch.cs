using Minsheng.Core.Text;

namespace Minsheng.Server.Features.Reference;

/// <summary>
/// Finds the leaf category an operator means from what they typed: its code, its name or path, part of the name, or the
/// pinyin initials of its name or path (市政设施 → szss). Orders are filed under active leaves only.
/// </summary>
public static class CategorySearch
{
    public const string PathSeparator = " › ";

    public static IReadOnlyList<Category> Find(ReferenceSnapshot refs, string? typed)
    {
        var text = typed?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var leaves = refs.Categories.Where(c => c.IsActive && refs.IsLeaf(c)).ToArray();
        var exact = leaves.Where(c => string.Equals(c.Code, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(c.Name, text, StringComparison.Ordinal)
            || string.Equals(Path(refs, c), text, StringComparison.Ordinal)).ToArray();
        if (exact.Length > 0)
        {
            return exact;
        }

        var letters = text.ToLowerInvariant();
        var byInitials = letters.All(char.IsAsciiLetterOrDigit);
        return leaves.Where(c => c.Name.Contains(text, StringComparison.Ordinal) || byInitials && InitialsMatch(refs, c, letters)).ToArray();
    }

    /// <summary>A prefix of the name's or the path's initials; inside the path only from three letters on (fewer match everything).</summary>
    private static bool InitialsMatch(ReferenceSnapshot refs, Category category, string letters)
    {
        if (PinyinInitials.Of(category.Name).StartsWith(letters, StringComparison.Ordinal))
        {
            return true;
        }

        var path = PinyinInitials.Of(Path(refs, category));
        return path.StartsWith(letters, StringComparison.Ordinal) || letters.Length >= 3 && path.Contains(letters, StringComparison.Ordinal);
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
