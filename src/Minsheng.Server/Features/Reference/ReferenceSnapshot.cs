namespace Minsheng.Server.Features.Reference;

/// <summary>The region, unit and category trees in memory: small, read on every request, edited rarely.</summary>
public sealed class ReferenceSnapshot
{
    private readonly Dictionary<long, Region> _regions;
    private readonly Dictionary<string, Region> _regionsByCode;
    private readonly Dictionary<long, Unit> _units;
    private readonly Dictionary<string, Unit> _unitsByCode;
    private readonly Dictionary<long, Category> _categories;
    private readonly Dictionary<string, Category> _categoriesByCode;
    private readonly ILookup<long?, Region> _regionChildren;
    private readonly ILookup<long?, Unit> _unitChildren;
    private readonly ILookup<long?, Category> _categoryChildren;
    private readonly Dictionary<(long CategoryId, long? RegionId), Responsibility> _responsibilities;

    /// <summary>
    /// Nothing at all: what a page holds before its data has loaded. A static-SSR page renders once while its first await
    /// is pending (a cache reload), so its fields must never be null.
    /// </summary>
    public static readonly ReferenceSnapshot Empty = new([], [], [], []);

    public ReferenceSnapshot(IEnumerable<Region> regions, IEnumerable<Unit> units, IEnumerable<Category> categories, IEnumerable<Responsibility> responsibilities)
    {
        Regions = regions.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
        Units = units.OrderBy(u => u.Code, StringComparer.Ordinal).ToArray();
        Categories = categories.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
        Responsibilities = responsibilities.ToArray();
        _regions = Regions.ToDictionary(r => r.Id);
        _regionsByCode = Regions.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        _units = Units.ToDictionary(u => u.Id);
        _unitsByCode = Units.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        _categories = Categories.ToDictionary(c => c.Id);
        _categoriesByCode = Categories.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        _regionChildren = Regions.ToLookup(r => r.ParentId);
        _unitChildren = Units.ToLookup(u => u.ParentId);
        _categoryChildren = Categories.ToLookup(c => c.ParentId);
        _responsibilities = Responsibilities.ToDictionary(r => (r.CategoryId, r.RegionId));
    }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<Unit> Units { get; }

    public IReadOnlyList<Category> Categories { get; }

    public IReadOnlyList<Responsibility> Responsibilities { get; }

    public Region? Region(long? id) => id is { } key && _regions.TryGetValue(key, out var r) ? r : null;

    public Region? RegionByCode(string? code) => code is not null && _regionsByCode.TryGetValue(code.Trim(), out var r) ? r : null;

    public Unit? Unit(long? id) => id is { } key && _units.TryGetValue(key, out var u) ? u : null;

    public Unit? UnitByCode(string? code) => code is not null && _unitsByCode.TryGetValue(code.Trim(), out var u) ? u : null;

    public Category? Category(long? id) => id is { } key && _categories.TryGetValue(key, out var c) ? c : null;

    public Category? CategoryByCode(string? code) => code is not null && _categoriesByCode.TryGetValue(code.Trim(), out var c) ? c : null;

    public bool IsLeaf(Category category) => !_categoryChildren[category.Id].Any();

    public bool IsLeaf(Region region) => !_regionChildren[region.Id].Any();

    /// <summary>The region and every region below it.</summary>
    public IReadOnlyList<long> RegionSubtree(long id) => Subtree(id, r => _regionChildren[r].Select(c => c.Id));

    public IReadOnlyList<long> UnitSubtree(long id) => Subtree(id, u => _unitChildren[u].Select(c => c.Id));

    public IReadOnlyList<long> CategorySubtree(long id) => Subtree(id, c => _categoryChildren[c].Select(x => x.Id));

    /// <summary>
    /// 职责清单 lookup: the unit responsible for a category in a region, trying the region and then each
    /// region above it, then the category's parents, then the whole jurisdiction.
    /// </summary>
    public Unit? ResponsibleUnit(long categoryId, long? regionId) =>
        ResponsibleEntry(categoryId, regionId) is { } entry ? Unit(entry.UnitId) : null;

    /// <summary>The entry of the list that <see cref="ResponsibleUnit"/> follows.</summary>
    public Responsibility? ResponsibleEntry(long categoryId, long? regionId)
    {
        for (var category = Category(categoryId); category is not null; category = Category(category.ParentId))
        {
            for (var region = Region(regionId); region is not null; region = Region(region.ParentId))
            {
                if (_responsibilities.TryGetValue((category.Id, region.Id), out var entry))
                {
                    return entry;
                }
            }

            if (_responsibilities.TryGetValue((category.Id, null), out var anywhere))
            {
                return anywhere;
            }
        }

        return null;
    }

    private static List<long> Subtree(long root, Func<long?, IEnumerable<long>> children)
    {
        var result = new List<long> { root };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(children(result[i]));
        }

        return result;
    }
}
