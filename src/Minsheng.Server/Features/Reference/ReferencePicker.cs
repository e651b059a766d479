using Minsheng.Core.Text;

namespace Minsheng.Server.Features.Reference;

/// <summary>Which reference list a picker box chooses from.</summary>
public enum PickerKind
{
    Region,
    Category,
}

/// <summary>One entry a picker box offers: the code it stands for, the path shown (and typed back), initials and code as a hint.</summary>
public sealed record PickerEntry(string Code, string Label, string Hint);

/// <summary>
/// The region and category boxes where an operator types a name, part of it, its pinyin initials (路灯不亮 → ldbl) or its
/// code. One rule for the suggestions shown while typing and for what the server files the order under on submit, so
/// what the list shows is what gets registered. Categories are active leaves (see <see cref="CategorySearch"/>); regions
/// are every node of the region tree.
/// </summary>
public static class ReferencePicker
{
    public const int SuggestionLimit = 10;

    /// <summary>Every entry the typed text may mean (an exact code, name or path wins over partial matches).</summary>
    public static IReadOnlyList<PickerEntry> Resolve(ReferenceSnapshot refs, PickerKind kind, string? typed)
    {
        ArgumentNullException.ThrowIfNull(refs);
        return kind switch
        {
            PickerKind.Category => CategorySearch.Find(refs, typed).Select(c => Entry(refs, c)).ToArray(),
            _ => FindRegions(refs, typed).Select(r => Entry(refs, r)).ToArray(),
        };
    }

    /// <summary>What the list under the box shows: the matches, those whose own name or initials start with the text first.</summary>
    public static IReadOnlyList<PickerEntry> Suggest(ReferenceSnapshot refs, PickerKind kind, string? typed, int limit = SuggestionLimit)
    {
        var text = typed?.Trim() ?? "";
        var letters = text.ToLowerInvariant();
        return Resolve(refs, kind, typed)
            .Select((entry, index) => (entry, index))
            .OrderBy(m => StartsWithTyped(m.entry, text, letters) ? 0 : 1)
            .ThenBy(m => m.index)
            .Take(limit)
            .Select(m => m.entry)
            .ToArray();
    }

    /// <summary>Every entry a box may be given, in tree order (a list to pick from where no script runs).</summary>
    public static IReadOnlyList<PickerEntry> All(ReferenceSnapshot refs, PickerKind kind)
    {
        ArgumentNullException.ThrowIfNull(refs);
        return kind switch
        {
            PickerKind.Category => refs.Categories.Where(c => c.IsActive && refs.IsLeaf(c)).Select(c => Entry(refs, c)).ToArray(),
            _ => refs.Regions.Select(r => Entry(refs, r)).ToArray(),
        };
    }

    /// <summary>The entry of a code (to show what an order is filed under), if the code is known.</summary>
    public static PickerEntry? ByCode(ReferenceSnapshot refs, PickerKind kind, string? code)
    {
        ArgumentNullException.ThrowIfNull(refs);
        return kind switch
        {
            PickerKind.Category => refs.CategoryByCode(code) is { } c ? Entry(refs, c) : null,
            _ => refs.RegionByCode(code) is { } r ? Entry(refs, r) : null,
        };
    }

    private static bool StartsWithTyped(PickerEntry entry, string text, string letters)
    {
        var name = entry.Label[(entry.Label.LastIndexOf(CategorySearch.PathSeparator, StringComparison.Ordinal) is var i and >= 0 ? i + CategorySearch.PathSeparator.Length : 0)..];
        return name.StartsWith(text, StringComparison.Ordinal) || entry.Hint.StartsWith(letters, StringComparison.Ordinal);
    }

    private static PickerEntry Entry(ReferenceSnapshot refs, Category category) =>
        new(category.Code, CategorySearch.Path(refs, category), CategorySearch.Hint(category));

    private static PickerEntry Entry(ReferenceSnapshot refs, Region region) =>
        new(region.Code, RegionPath(refs, region), PinyinInitials.Of(region.Name) + " · " + region.Code);

    private static IReadOnlyList<Region> FindRegions(ReferenceSnapshot refs, string? typed) =>
        TypedMatch.Find(refs.Regions, typed, r => r.Code, r => r.Name, r => RegionPath(refs, r));

    /// <summary>
    /// The region's path below the top of the tree (溪城街道 › 南门社区): every order lies in the one county, so naming it
    /// on each entry adds nothing. The top region itself is its own name.
    /// </summary>
    public static string RegionPath(ReferenceSnapshot refs, Region region)
    {
        ArgumentNullException.ThrowIfNull(refs);
        ArgumentNullException.ThrowIfNull(region);
        var names = new List<string>();
        for (var r = region; r is not null; r = refs.Region(r.ParentId))
        {
            names.Insert(0, r.Name);
        }

        return string.Join(CategorySearch.PathSeparator, names.Count > 1 ? names.Skip(1) : names);
    }
}
