using Minsheng.Server.Features.Reference;

namespace Minsheng.Server.Features.Demo;

/// <summary>
/// 青溪县: an invented county (code 339901 is not allocated to any real place) with its townships,
/// villages and communities, the units that handle orders, the category tree and the
/// responsibility list. All names and codes here are made up for demos and tests.
/// </summary>
internal static class DemoCounty
{
    public const string Code = "339901";
    public const string Name = "青溪县";
    public const string HotlineCode = "HOTLINE";

    private static readonly (string Suffix, string Name, string UnitCode, (string Suffix, string Name, string[] Places)[] Villages)[] _townships =
    [
        ("001", "溪城街道", "XCJD",
        [
            ("001", "南门社区", ["南门小区", "锦江花园", "县府宿舍"]),
            ("002", "北塘社区", ["北塘新村", "御景湾"]),
            ("003", "新华社区", ["新华小区", "百货公司宿舍"]),
            ("004", "书院社区", ["书院名邸", "文昌苑"]),
            ("005", "滨江社区", ["滨江花园", "江景华庭"]),
            ("006", "柳岸社区", ["柳岸人家", "金柳苑"]),
        ]),
        ("002", "凤鸣街道", "FMJD",
        [
            ("001", "凤鸣社区", ["凤鸣小区", "凤凰城"]),
            ("002", "锦绣社区", ["锦绣家园", "锦绣天地"]),
            ("003", "翠苑社区", ["翠苑一区", "翠苑二区"]),
            ("004", "清风社区", ["清风雅苑", "清风里"]),
            ("005", "朝阳社区", ["朝阳新村", "阳光城"]),
            ("006", "梧桐社区", ["梧桐苑", "梧桐公馆"]),
        ]),
        ("101", "白沙镇", "BSZ",
        [
            ("001", "白沙社区", ["白沙新村", "沙洲苑"]),
            ("201", "上洋村", []),
            ("202", "下洋村", []),
            ("203", "沙湾村", []),
            ("204", "鹿鸣村", []),
            ("205", "东溪村", []),
        ]),
        ("102", "石桥镇", "SQZ",
        [
            ("001", "石桥社区", ["石桥花苑", "老街小区"]),
            ("201", "前溪村", []),
            ("202", "后岙村", []),
            ("203", "岭头村", []),
            ("204", "东坑村", []),
            ("205", "双塘村", []),
        ]),
        ("103", "桃源镇", "TYZ",
        [
            ("001", "桃源社区", ["桃源新城", "桃花坞小区"]),
            ("201", "杏花村", []),
            ("202", "塘坞村", []),
            ("203", "竹坪村", []),
            ("204", "大岭村", []),
            ("205", "溪头村", []),
        ]),
        ("201", "枫林乡", "FLX",
        [
            ("201", "枫林村", []),
            ("202", "红枫村", []),
            ("203", "坑口村", []),
            ("204", "高坪村", []),
            ("205", "里坞村", []),
            ("206", "黄泥岗村", []),
        ]),
        ("202", "云岭乡", "YLX",
        [
            ("201", "云岭村", []),
            ("202", "云溪村", []),
            ("203", "茶园村", []),
            ("204", "大坑村", []),
            ("205", "小云村", []),
            ("206", "上坪村", []),
        ]),
    ];

    private static readonly DemoUnit[] _countyUnits =
    [
        new(HotlineCode, "青溪县12345政务服务便民热线中心", UnitKind.HotlineCentre, null, Code),
        new("ZJ", "青溪县住房和城乡建设局", UnitKind.Department, null, null),
        new("CG", "青溪县城市管理局", UnitKind.Department, null, null),
        new("ZHZF", "青溪县综合行政执法局", UnitKind.Department, null, null),
        new("SCJG", "青溪县市场监督管理局", UnitKind.Department, null, null),
        new("RS", "青溪县人力资源和社会保障局", UnitKind.Department, null, null),
        new("STHJ", "青溪县生态环境局", UnitKind.Department, null, null),
        new("JT", "青溪县交通运输局", UnitKind.Department, null, null),
        new("GA", "青溪县公安局", UnitKind.Department, null, null),
        new("JY", "青溪县教育局", UnitKind.Department, null, null),
        new("WJ", "青溪县卫生健康局", UnitKind.Department, null, null),
        new("MZ", "青溪县民政局", UnitKind.Department, null, null),
        new("ZRZY", "青溪县自然资源和规划局", UnitKind.Department, null, null),
        new("NYNC", "青溪县农业农村局", UnitKind.Department, null, null),
        new("SL", "青溪县水利局", UnitKind.Department, null, null),
        new("YJ", "青溪县应急管理局", UnitKind.Department, null, null),
        new("WL", "青溪县文化和广电旅游体育局", UnitKind.Department, null, null),
        new("YB", "青溪县医疗保障局", UnitKind.Department, null, null),
        new("SW", "青溪县税务局", UnitKind.Department, null, null),
        new("XF", "青溪县信访局", UnitKind.Department, null, null),
        new("SHW", "青溪县商务局", UnitKind.Department, null, null),
        new("FG", "青溪县发展和改革局", UnitKind.Department, null, null),
        new("SF", "青溪县司法局", UnitKind.Department, null, null),
        new("JX", "青溪县经济和信息化局", UnitKind.Department, null, null),
        new("TY", "青溪县退役军人事务局", UnitKind.Department, null, null),
        new("XFJY", "青溪县消防救援大队", UnitKind.Department, null, null),
        new("ZWB", "青溪县政务服务管理办公室", UnitKind.Department, null, null),
        new("GS", "青溪县自来水有限公司", UnitKind.Enterprise, null, null),
        new("GD", "青溪县供电公司", UnitKind.Enterprise, null, null),
        new("RQ", "青溪县天然气有限公司", UnitKind.Enterprise, null, null),
        new("GJ", "青溪县公共交通有限公司", UnitKind.Enterprise, null, null),
    ];

    private static readonly string[] _roads =
    [
        "人民路", "解放路", "溪城大道", "凤鸣路", "环城东路", "环城西路", "学府路", "新华街",
        "滨江路", "工业大道", "桃源路", "白沙路", "石桥老街", "文昌路", "青溪大道", "枫林路",
    ];

    private static readonly Lazy<Data> _data = new(Build);

    public static IReadOnlyList<DemoRegion> Regions => _data.Value.Regions;

    public static IReadOnlyList<DemoUnit> Units => _data.Value.Units;

    public static IReadOnlyList<DemoCategory> Categories => _data.Value.Categories;

    public static IReadOnlyList<DemoLeaf> Leaves => DemoCategories.Leaves;

    public static IReadOnlyList<DemoResponsibility> Responsibilities => _data.Value.Responsibilities;

    /// <summary>Street names for addresses: all invented for 青溪县.</summary>
    public static IReadOnlyList<string> Roads => _roads;

    /// <summary>
    /// The demo county as entities with ids 1, 2, 3 … per table, as a snapshot: what the seeder
    /// would store, without a database (for the generator's tests and tools).
    /// </summary>
    public static ReferenceSnapshot CreateSnapshot()
    {
        var regions = new Dictionary<string, Region>(StringComparer.Ordinal);
        foreach (var r in Regions)
        {
            regions[r.Code] = new Region
            {
                Id = regions.Count + 1,
                Code = r.Code,
                Name = r.Name,
                Level = r.Level,
                ParentId = r.ParentCode is null ? null : regions[r.ParentCode].Id,
            };
        }

        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var u in Units)
        {
            units[u.Code] = new Unit
            {
                Id = units.Count + 1,
                Code = u.Code,
                Name = u.Name,
                Kind = u.Kind,
                ParentId = u.ParentCode is null ? null : units[u.ParentCode].Id,
                RegionId = u.RegionCode is null ? null : regions[u.RegionCode].Id,
            };
        }

        var categories = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var c in Categories)
        {
            categories[c.Code] = new Category
            {
                Id = categories.Count + 1,
                Code = c.Code,
                Name = c.Name,
                Keywords = c.Keywords,
                ParentId = c.ParentCode is null ? null : categories[c.ParentCode].Id,
            };
        }

        var responsibilities = Responsibilities.Select((r, i) => new Responsibility
        {
            Id = i + 1,
            CategoryId = categories[r.CategoryCode].Id,
            RegionId = r.RegionCode is null ? null : regions[r.RegionCode].Id,
            UnitId = units[r.UnitCode].Id,
        });
        return new ReferenceSnapshot(regions.Values, units.Values, categories.Values, responsibilities);
    }

    private static Data Build()
    {
        var regions = new List<DemoRegion> { new(Code, Name, RegionLevel.County, null, []) };
        var units = new List<DemoUnit>(_countyUnits);
        var townshipUnits = new List<(string RegionCode, string UnitCode)>();
        foreach (var township in _townships)
        {
            var townshipCode = Code + township.Suffix;
            regions.Add(new DemoRegion(townshipCode, township.Name, RegionLevel.Township, Code, []));
            var unitName = township.Name.EndsWith("街道", StringComparison.Ordinal) ? township.Name + "办事处" : township.Name + "人民政府";
            units.Add(new DemoUnit(township.UnitCode, unitName, UnitKind.Township, null, townshipCode));
            townshipUnits.Add((townshipCode, township.UnitCode));
            foreach (var village in township.Villages)
            {
                var villageCode = townshipCode + village.Suffix;
                regions.Add(new DemoRegion(villageCode, village.Name, RegionLevel.Village, townshipCode, village.Places));
                var committee = village.Name.EndsWith("社区", StringComparison.Ordinal) ? "居民委员会" : "村民委员会";
                units.Add(new DemoUnit(township.UnitCode + "-" + village.Suffix, township.Name + village.Name + committee,
                    UnitKind.Village, township.UnitCode, villageCode));
            }
        }

        var categories = new List<DemoCategory>(DemoCategories.Groups);
        var responsibilities = new List<DemoResponsibility>();
        foreach (var leaf in DemoCategories.Leaves)
        {
            categories.Add(new DemoCategory(leaf.Code, leaf.Name, leaf.Keywords));
            responsibilities.Add(new DemoResponsibility(leaf.Code, null, leaf.UnitCode));
            if (leaf.Grassroots)
            {
                responsibilities.AddRange(townshipUnits.Select(t => new DemoResponsibility(leaf.Code, t.RegionCode, t.UnitCode)));
            }
        }

        // Parents before children: groups (2 digits), then subgroups (4), then leaves (6).
        categories = categories.OrderBy(c => c.Code.Length).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        return new Data(regions, units, categories, responsibilities);
    }

    private sealed record Data(
        IReadOnlyList<DemoRegion> Regions,
        IReadOnlyList<DemoUnit> Units,
        IReadOnlyList<DemoCategory> Categories,
        IReadOnlyList<DemoResponsibility> Responsibilities);
}
