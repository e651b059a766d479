using System.Text.RegularExpressions;
using Minsheng.Server.Features.Demo;
using Minsheng.Server.Features.Reference;

namespace Minsheng.Server.Tests.Demo;

public sealed partial class DemoCountyTests
{
    private static readonly string[] NamedUnits =
        ["HOTLINE", "ZJ", "CG", "SCJG", "RS", "STHJ", "JT", "GA", "JY", "WJ", "GS", "GD", "MZ", "ZRZY", "NYNC", "SL", "YJ", "WL", "YB", "SW", "XF", "SHW", "FG", "SF", "RQ", "ZHZF"];

    [Fact]
    public void Regions_AreAFictionalCountyWithTownshipsAndVillages()
    {
        var county = Assert.Single(DemoCounty.Regions, r => r.Level == RegionLevel.County);
        var townships = DemoCounty.Regions.Where(r => r.Level == RegionLevel.Township).ToArray();
        var villages = DemoCounty.Regions.Where(r => r.Level == RegionLevel.Village).ToArray();

        Assert.Equal("339901", county.Code);
        Assert.True(townships.Length >= 5, $"{townships.Length} townships");
        Assert.True(villages.Length >= 30, $"{villages.Length} villages");
        Assert.All(townships, t => Assert.Matches(@"^339901\d{3}$", t.Code));
        Assert.All(townships, t => Assert.Equal(county.Code, t.ParentCode));
        Assert.All(villages, v => Assert.Matches(@"^\d{12}$", v.Code));
        Assert.All(villages, v => Assert.StartsWith(v.ParentCode!, v.Code, StringComparison.Ordinal));
        Assert.All(villages, v => Assert.Contains(townships, t => t.Code == v.ParentCode));
        Assert.All(townships, t => Assert.Matches("(镇|乡|街道)$", t.Name));
        Assert.All(villages, v => Assert.Matches("(村|社区)$", v.Name));
    }

    [Fact]
    public void Units_HaveTheHotlineDepartmentsEnterprisesAndEveryTownshipAndVillage()
    {
        var units = DemoCounty.Units;

        Assert.True(units.Count >= 30, $"{units.Count} units");
        Assert.All(NamedUnits, code => Assert.Contains(units, u => u.Code == code));
        Assert.Equal(UnitKind.HotlineCentre, Assert.Single(units, u => u.Code == "HOTLINE").Kind);
        Assert.Contains(units, u => u.Kind == UnitKind.Enterprise && u.Code == "GS");
        Assert.True(units.Count(u => u.Kind == UnitKind.Department) >= 20);
        Assert.All(units, u => Assert.Matches("^[A-Z][A-Z0-9-]{1,15}$", u.Code));

        foreach (var township in DemoCounty.Regions.Where(r => r.Level == RegionLevel.Township))
        {
            var unit = Assert.Single(units, u => u.Kind == UnitKind.Township && u.RegionCode == township.Code);
            Assert.Null(unit.ParentCode);
            foreach (var village in DemoCounty.Regions.Where(r => r.ParentCode == township.Code))
            {
                var villageUnit = Assert.Single(units, u => u.Kind == UnitKind.Village && u.RegionCode == village.Code);
                Assert.Equal(unit.Code, villageUnit.ParentCode);
            }
        }
    }

    [Fact]
    public void Categories_AreATreeWithManyLeaves_AndCodesAreUnique()
    {
        var categories = DemoCounty.Categories;
        var leaves = DemoCounty.Leaves;

        Assert.True(categories.Count(c => c.Code.Length == 2) >= 12);
        Assert.True(leaves.Count >= 60, $"{leaves.Count} leaves");
        Assert.All(categories.Where(c => c.ParentCode is not null), c => Assert.Contains(categories, p => p.Code == c.ParentCode));
        Assert.All(leaves, l => Assert.Matches(@"^\d{6}$", l.Code));
        Assert.All(leaves, l => Assert.False(string.IsNullOrWhiteSpace(l.Keywords)));
        Assert.All(leaves, l => Assert.NotEmpty(l.Templates));
        foreach (var name in new[] { "噪音扰民", "油烟污染", "占道经营", "违章搭建", "物业服务", "供水停水", "供电故障", "道路破损", "路灯不亮",
                     "公交线路", "出租车拒载", "欠薪讨薪", "社保缴纳", "医保报销", "入学招生", "校外培训", "食品安全", "价格欺诈", "消费维权",
                     "环境卫生", "垃圾清运", "河道污染", "噪声施工", "燃气安全", "房屋漏水", "停车难", "户籍办理", "养老服务", "低保救助",
                     "企业开办", "惠企政策", "邻里纠纷", "村务公开" })
        {
            Assert.Contains(leaves, l => l.Name == name);
        }

        AssertUnique(DemoCounty.Regions.Select(r => r.Code));
        AssertUnique(DemoCounty.Units.Select(u => u.Code));
        AssertUnique(categories.Select(c => c.Code));
        AssertUnique(DemoCounty.Responsibilities.Select(r => (r.CategoryCode, r.RegionCode)));
    }

    [Fact]
    public void EveryLeaf_ResolvesToAUnit_InEveryVillageAndCountyWide()
    {
        var refs = DemoCounty.CreateSnapshot();
        var villages = refs.Regions.Where(r => r.Level == RegionLevel.Village).ToArray();

        foreach (var leaf in refs.Categories.Where(refs.IsLeaf))
        {
            var countyWide = refs.ResponsibleUnit(leaf.Id, null);
            Assert.True(countyWide is { Kind: UnitKind.Department or UnitKind.Enterprise }, $"{leaf.Code} {leaf.Name} resolves to {countyWide?.Code}");
            Assert.All(villages, v => Assert.NotNull(refs.ResponsibleUnit(leaf.Id, v.Id)));
        }
    }

    [Fact]
    public void GrassrootsCategories_GoToTheTownshipOfTheVillage()
    {
        var refs = DemoCounty.CreateSnapshot();
        var village = refs.Regions.First(r => r.Level == RegionLevel.Village);
        var township = refs.Region(village.ParentId)!;

        foreach (var code in new[] { "020301", "140101", "130202" })
        {
            var leaf = refs.CategoryByCode(code)!;
            var unit = refs.ResponsibleUnit(leaf.Id, village.Id)!;
            Assert.Equal(UnitKind.Township, unit.Kind);
            Assert.Equal(township.Id, unit.RegionId);
            Assert.Equal(UnitKind.Department, refs.ResponsibleUnit(leaf.Id, null)!.Kind);
        }
    }

    [Fact]
    public void Templates_UseOnlyKnownSlots()
    {
        var texts = DemoCounty.Leaves
            .SelectMany(l => l.Templates.SelectMany(t => new[] { t.Title, t.Content, t.KnowledgeAnswer }).Append(l.Answer))
            .Concat(DemoCategories.Praise.SelectMany(t => new[] { t.Title, t.Content }))
            .OfType<string>();

        var used = texts.SelectMany(t => Slot().Matches(t).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        Assert.Subset(DemoOrderGenerator.SlotNames.ToHashSet(StringComparer.Ordinal), used);
        Assert.All(texts, t => Assert.Equal(t.Count(c => c == '{'), t.Count(c => c == '}')));
    }

    private static void AssertUnique<T>(IEnumerable<T> values)
    {
        var duplicates = values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(duplicates);
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Slot();
}
