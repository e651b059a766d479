using System.Globalization;
using System.Text;
using Minsheng.Core.Calendar;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Reference;

namespace Minsheng.Server.Features.Demo;

/// <summary>
/// Generates realistic demo orders for <see cref="DemoCounty"/>: requests written from our own
/// templates, then driven through the lifecycle with the aggregate's own methods, so that every
/// status occurs (most orders closed) with timestamps spread over the last ~60 days. The same seed,
/// reference data and clock always give the same orders.
/// </summary>
internal sealed class DemoOrderGenerator
{
    /// <summary>How far back the oldest orders go.</summary>
    public const int HistoryDays = 60;

    private static readonly TimeLimitTable _limits = new(DefaultTimeLimits.All);
    private static readonly WorkingCalendar _calendar = WorkingCalendar.ChinaDefault;

    // Share (per cent) of each final status; every status gets at least one order once there are ten.
    private static readonly (WorkOrderStatus Status, int Weight)[] _statusWeights =
    [
        (WorkOrderStatus.Registered, 3),
        (WorkOrderStatus.Dispatched, 5),
        (WorkOrderStatus.Returned, 2),
        (WorkOrderStatus.Accepted, 9),
        (WorkOrderStatus.Replied, 4),
        (WorkOrderStatus.AwaitingCallback, 6),
        (WorkOrderStatus.Reopened, 3),
        (WorkOrderStatus.Closed, 61),
        (WorkOrderStatus.Merged, 3),
        (WorkOrderStatus.Withdrawn, 4),
    ];

    private static readonly (RequestKind Kind, int Weight)[] _kindWeights =
    [
        (RequestKind.Complaint, 34),
        (RequestKind.Consultation, 24),
        (RequestKind.Help, 15),
        (RequestKind.Report, 7),
        (RequestKind.Suggestion, 6),
        (RequestKind.EnterpriseRequest, 4),
        (RequestKind.Praise, 4),
        (RequestKind.Petition, 2),
        (RequestKind.Wish, 2),
        (RequestKind.DevelopmentProblem, 2),
    ];

    private static readonly (Channel Channel, int Weight)[] _channelWeights =
    [
        (Channel.Phone, 62),
        (Channel.Wechat, 12),
        (Channel.Web, 9),
        (Channel.App, 8),
        (Channel.WalkIn, 3),
        (Channel.Transferred, 2),
        (Channel.Letter, 1),
        (Channel.Email, 1),
        (Channel.Media, 1),
        (Channel.Open311, 1),
    ];

    // Hours before now that an order with this final status was registered: open orders are recent.
    private static readonly Dictionary<WorkOrderStatus, (double Min, double Max)> _ageHours = new()
    {
        [WorkOrderStatus.Registered] = (0.2, 10),
        [WorkOrderStatus.Dispatched] = (1, 90),
        [WorkOrderStatus.Returned] = (2, 60),
        [WorkOrderStatus.Accepted] = (8, 400),
        [WorkOrderStatus.Replied] = (6, 220),
        [WorkOrderStatus.AwaitingCallback] = (30, 360),
        [WorkOrderStatus.Reopened] = (96, 960),
        [WorkOrderStatus.Closed] = (48, HistoryDays * 24),
        [WorkOrderStatus.Withdrawn] = (12, HistoryDays * 24),
    };

    private static readonly string[] _surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
        "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "叶", "蒋", "潘", "余",
        "方", "汪", "应", "楼", "金", "童", "邵", "钱", "施", "俞", "鲍", "毛",
    ];

    private static readonly string[] _mobilePrefixes =
        ["139", "138", "137", "136", "135", "159", "158", "157", "150", "151", "152", "187", "188", "182", "183", "177", "199"];

    private static readonly string[] _shops = ["烧烤店", "小饭馆", "大排档", "火锅店", "夜宵店", "麻辣烫店", "快餐店", "小龙虾店"];
    private static readonly string[] _stores = ["健身房", "理发店", "美容院", "家电卖场", "手机店", "洗车店", "母婴店", "眼镜店"];
    private static readonly string[] _goods = ["面包", "酸奶", "火腿肠", "牛奶", "速冻水饺", "卤味熟食", "蛋糕"];
    private static readonly string[] _produce = ["猪肉", "排骨", "草鱼", "苹果", "橘子", "牛肉", "虾", "鸡蛋"];
    private static readonly string[] _days = ["两天", "三天", "四五天", "一个星期", "十来天", "半个月"];
    private static readonly string[] _months = ["两个月", "三个月", "四个月", "半年"];
    private static readonly string[] _nights = ["晚上十点以后", "晚上十一点以后", "半夜十二点多", "凌晨一两点", "凌晨三点多"];
    private static readonly string[] _rivers = ["青溪", "白沙溪", "桃源溪", "石桥港", "枫林溪", "云溪"];
    private static readonly string[] _companyWords = ["恒达", "远航", "鑫源", "顺泰", "华越", "金禾", "宏立", "通利", "众诚", "瑞丰", "青禾", "溪峰"];
    private static readonly string[] _industries = ["机械", "纺织", "包装", "电子", "建材", "食品", "五金", "塑业", "家具", "新材料"];
    private static readonly string[] _schools = ["溪城第一小学", "溪城第二小学", "凤鸣小学", "青溪县实验中学", "青溪县第二中学", "凤鸣中学"];
    private static readonly string[] _hospitals = ["青溪县人民医院", "青溪县中医院", "青溪县妇幼保健院"];
    private static readonly int[] _amounts = [1800, 2600, 3500, 4800, 5600, 6200, 8000, 9800, 12000, 15600, 23000, 36000];

    private static readonly string[] _dispatchComments =
        ["请核实处理并按时答复。", "请及时联系诉求人，核实后处理。", "请按职责办理，注意答复质量。", "请现场核查后答复诉求人。"];

    private static readonly string[] _returnReasons =
    [
        "经核实，该诉求不属于本单位职责范围，请重新派单。",
        "诉求反映的地点不在本单位管辖范围内，建议转属地乡镇（街道）处理。",
        "该事项已由其他部门牵头处理，请转相关部门办理。",
        "诉求涉及多个部门职责，建议明确主办单位后重新派单。",
    ];

    private static readonly string[] _assistOpinions =
    [
        "我单位已派员到现场核实，情况属实，相关配合工作已完成，请主办单位统一答复。",
        "经核查，涉及我单位职责的部分已整改到位，其余事项请主办单位继续跟进。",
        "我单位已提供相关资料和处理意见，建议主办单位会同属地共同处置。",
        "已安排人员配合现场处置，后续如需支持请随时联系。",
    ];

    private static readonly string[] _extensionReasons =
    [
        "涉及多个部门，需要联合现场核查，申请延期办理。",
        "需等待第三方检测结果，申请延期。",
        "当事人近期外出，需约定时间上门处理，申请延期。",
        "需协调施工单位排期维修，申请延长办理时限。",
    ];

    private static readonly string[] _reviewRejections =
    [
        "答复内容过于简单，请补充具体处理过程和结果。",
        "答复未说明是否与诉求人联系，请核实后重新答复。",
        "答复与诉求内容不对应，请重新办理。",
    ];

    private static readonly string[] _satisfiedComments =
        ["市民表示问题已解决，对处理结果满意。", "诉求人表示满意，感谢相关部门。", "已解决，市民对办理速度和态度都满意。"];

    private static readonly string[] _basicallySatisfiedComments =
        ["市民表示问题基本解决，希望后续加强巡查。", "诉求人表示基本满意，认为处理速度还可以更快。"];

    private static readonly string[] _unsatisfiedComments =
    [
        "市民表示问题仍未解决，现场情况没有变化，要求重新处理。",
        "诉求人对答复不认可，称承办单位未到现场核实。",
        "市民反映整改后问题又出现了，要求继续处理。",
    ];

    private static readonly string[] _unansweredComments =
    [
        "诉求人表示答复没有解决其疑问，希望进一步说明。",
        "市民表示按答复内容办理时仍遇到问题，要求重新核实。",
    ];

    private static readonly string[] _withdrawReasons =
    [
        "市民来电表示问题已自行解决，申请撤单。",
        "诉求人表示已与对方协商一致，不再需要处理。",
        "市民表示之前已通过其他渠道反映，撤回本次诉求。",
    ];

    private static readonly string[] _reopenReasons =
    [
        "市民再次来电反映同一问题仍未解决，重新交办。",
        "督查发现整改不到位，问题出现反弹，重新交办。",
    ];

    private static readonly string[] _placeWords = ["{addr}", "{spot}", "{village}", "{town}", "{road}", "{river}"];

    private static readonly string[] _estateWords =
        ["物业", "小区", "楼道", "号楼", "楼下", "楼上", "电梯", "顶楼", "高层", "二楼", "一楼", "楼顶", "单元", "楼盘", "交房", "新房"];

    /// <summary>The slots a template may use, e.g. {town} or {shop}.</summary>
    public static IReadOnlyList<string> SlotNames { get; } =
    [
        "town", "village", "spot", "addr", "road", "road2", "n", "shop", "store", "goods", "produce", "days", "months", "time",
        "river", "money", "company", "school", "hospital", "bus", "unit", "leaf",
    ];

    private readonly ReferenceSnapshot _refs;
    private readonly int _seed;
    private readonly DateTime _now;
    private readonly DateTime _latest;
    private readonly List<(DemoLeaf Leaf, Category Category, DemoTemplate Template)> _templates = [];
    private readonly List<(DemoLeaf Leaf, Category Category)> _leaves = [];
    private readonly Region[] _communities;
    private readonly Region[] _villages;
    private readonly Dictionary<long, Unit> _unitsByRegion = [];
    private readonly Unit[] _departments;
    private readonly Dictionary<long, DemoRegion> _places = [];

    /// <param name="refs">The demo county as stored (ids included).</param>
    /// <param name="seed">Seeds every random choice.</param>
    /// <param name="nowUtc">Now: every order is registered and every step taken before it.</param>
    public DemoOrderGenerator(ReferenceSnapshot refs, int seed, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(refs);
        _refs = refs;
        _seed = seed;
        _now = Second(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc));
        _latest = _now - TimeSpan.FromMinutes(2);
        foreach (var leaf in DemoCounty.Leaves)
        {
            var category = refs.CategoryByCode(leaf.Code)
                ?? throw new InvalidOperationException($"Demo category {leaf.Code} is missing from the reference data.");
            _leaves.Add((leaf, category));
            _templates.AddRange(leaf.Templates.Select(t => (leaf, category, t)));
        }

        var definitions = DemoCounty.Regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (var region in refs.Regions)
        {
            if (definitions.TryGetValue(region.Code, out var definition))
            {
                _places[region.Id] = definition;
            }
        }

        _communities = refs.Regions.Where(r => r.Level == RegionLevel.Village && _places.TryGetValue(r.Id, out var d) && d.Places.Count > 0).ToArray();
        _villages = refs.Regions.Where(r => r.Level == RegionLevel.Village && _places.TryGetValue(r.Id, out var d) && d.Places.Count == 0).ToArray();
        if (_communities.Length == 0 || _villages.Length == 0)
        {
            throw new InvalidOperationException("The demo county's villages and communities are missing from the reference data.");
        }

        foreach (var unit in refs.Units.Where(u => u.RegionId is not null && u.Kind is UnitKind.Township or UnitKind.Village))
        {
            _unitsByRegion[unit.RegionId!.Value] = unit;
        }

        _departments = refs.Units.Where(u => u.Kind == UnitKind.Department && u.IsActive).ToArray();
    }

    /// <summary>Plans <paramref name="count"/> orders, sorted by registration time.</summary>
    public IReadOnlyList<DemoOrderPlan> Plan(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var rng = new Random(_seed);
        var statuses = Statuses(count, rng);
        var drafts = new List<Draft>(count);
        for (var i = 0; i < count; i++)
        {
            drafts.Add(statuses[i] == WorkOrderStatus.Merged ? new Draft { Target = WorkOrderStatus.Merged } : NewDraft(statuses[i], rng));
        }

        // Duplicates: a second citizen raises what an open order already covers, a little later.
        var open = drafts.Where(d => d.Target is not (WorkOrderStatus.Merged or WorkOrderStatus.Closed or WorkOrderStatus.Withdrawn)
                                     && d.RegisteredAt < _latest - TimeSpan.FromMinutes(30)).ToList();
        for (var i = 0; i < drafts.Count; i++)
        {
            if (drafts[i].Target != WorkOrderStatus.Merged)
            {
                continue;
            }

            if (open.Count == 0)
            {
                drafts[i] = NewDraft(WorkOrderStatus.Withdrawn, rng);
                continue;
            }

            drafts[i] = Duplicate(open[rng.Next(open.Count)], rng);
        }

        var ordered = drafts.Select((d, i) => (Draft: d, Original: i))
            .OrderBy(x => x.Draft.RegisteredAt)
            .ThenBy(x => x.Original)
            .Select(x => x.Draft)
            .ToList();
        var positions = ordered.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i); // Draft has reference equality
        return ordered.Select((d, i) => new DemoOrderPlan(
            i,
            d.Request!,
            d.RegisteredAt,
            d.Target,
            d.MergeTarget is null ? null : positions[d.MergeTarget],
            d.UnitAnswer!,
            d.DirectAnswer,
            d.Seed)).ToArray();
    }

    /// <summary>
    /// Registers the planned order under <paramref name="number"/> and takes it through its life to the
    /// planned status. A duplicate needs the order it merges into (<paramref name="mergeTarget"/>),
    /// stored already so that its id is known.
    /// </summary>
    public WorkOrder Build(DemoOrderPlan plan, string number, string searchText, WorkOrder? mergeTarget)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var life = new Life(this, plan, number, searchText);
        life.Run(mergeTarget);
        return life.Order;
    }

    /// <summary>Plans and builds in memory, numbered DEMO-000001 …: for tests and tools without a database.</summary>
    public IReadOnlyList<WorkOrder> Generate(int count)
    {
        var orders = new List<WorkOrder>(count);
        foreach (var plan in Plan(count))
        {
            var target = plan.MergeTargetIndex is { } t ? orders[t] : null;
            var number = string.Create(CultureInfo.InvariantCulture, $"DEMO-{plan.Index + 1:D6}");
            orders.Add(Build(plan, number, plan.Request.Title, target));
        }

        return orders;
    }

    private static List<WorkOrderStatus> Statuses(int count, Random rng)
    {
        var statuses = new List<WorkOrderStatus>(count);
        if (count < _statusWeights.Length)
        {
            for (var i = 0; i < count; i++)
            {
                statuses.Add(Weighted(rng, _statusWeights));
            }

            return statuses;
        }

        var total = _statusWeights.Sum(w => w.Weight);
        foreach (var (status, weight) in _statusWeights.Where(w => w.Status != WorkOrderStatus.Closed))
        {
            statuses.AddRange(Enumerable.Repeat(status, Math.Max(1, count * weight / total)));
        }

        // The rest are closed (never fewer than one: count >= number of statuses).
        statuses.AddRange(Enumerable.Repeat(WorkOrderStatus.Closed, count - statuses.Count));
        for (var i = statuses.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (statuses[i], statuses[j]) = (statuses[j], statuses[i]);
        }

        return statuses;
    }

    private Draft NewDraft(WorkOrderStatus target, Random rng)
    {
        RequestKind kind;
        do
        {
            kind = Weighted(rng, _kindWeights);
        }
        while (kind == RequestKind.Praise && target != WorkOrderStatus.Closed);

        DemoLeaf leaf;
        Category category;
        DemoTemplate template;
        if (kind == RequestKind.Praise)
        {
            (leaf, category) = _leaves[rng.Next(_leaves.Count)];
            template = DemoCategories.Praise[rng.Next(DemoCategories.Praise.Count)];
        }
        else
        {
            var candidates = _templates.Where(t => t.Template.Kind == kind).ToList();
            (leaf, category, template) = candidates[rng.Next(candidates.Count)];
        }

        var text = template.Title + template.Content;
        var region = text.Contains("{addr}", StringComparison.Ordinal) || _estateWords.Any(w => text.Contains(w, StringComparison.Ordinal))
            ? _communities[rng.Next(_communities.Length)]
            : text.Contains('村', StringComparison.Ordinal) || rng.NextDouble() < 0.45
                ? _villages[rng.Next(_villages.Length)]
                : _communities[rng.Next(_communities.Length)];
        var slots = Slots(region, rng);
        var unit = _refs.ResponsibleUnit(category.Id, region.Id) ?? _departments[0];
        slots["unit"] = unit.Name;
        slots["leaf"] = leaf.Name;

        // A consultation that names no place is kept without a location, like a question about a rule.
        var located = _placeWords.Any(w => text.Contains(w, StringComparison.Ordinal)) || rng.NextDouble() < 0.5;
        var draft = new Draft
        {
            Target = target,
            Leaf = leaf,
            Category = category,
            Template = template,
            Region = located ? region : null,
            Slots = slots,
            Seed = rng.Next(),
        };
        draft.RegisteredAt = Registration(_ageHours[target], rng);
        draft.Request = Request(draft, rng);
        draft.UnitAnswer = kind == RequestKind.Praise
            ? Render("感谢市民对我们工作的肯定，已将表扬转达至{unit}相关工作人员，我们将继续做好服务。", slots)
            : Render(template.KnowledgeAnswer ?? leaf.Answer, slots);
        draft.DirectAnswer = kind == RequestKind.Praise
            ? Render("感谢您的来电和肯定，您对{unit}的表扬已记录并转达，我们会继续改进服务。", slots)
            : template.KnowledgeAnswer is { } answer ? Render(answer, slots) : null;
        return draft;
    }

    /// <summary>The same matter raised again by someone else: same text and place, another requester.</summary>
    private Draft Duplicate(Draft original, Random rng)
    {
        var room = _latest - original.RegisteredAt;
        var delay = TimeSpan.FromMinutes(15) + (Min(room * 0.8, TimeSpan.FromDays(2)) - TimeSpan.FromMinutes(15)) * rng.NextDouble();
        var draft = new Draft
        {
            Target = WorkOrderStatus.Merged,
            Leaf = original.Leaf,
            Category = original.Category,
            Template = original.Template,
            Region = original.Region,
            Slots = original.Slots,
            MergeTarget = original,
            RegisteredAt = Second(original.RegisteredAt + Max(delay, TimeSpan.FromMinutes(1))),
            UnitAnswer = original.UnitAnswer,
            DirectAnswer = original.DirectAnswer,
            Seed = rng.Next(),
        };
        draft.Request = Request(draft, rng);
        return draft;
    }

    private NewWorkOrder Request(Draft draft, Random rng)
    {
        var template = draft.Template!;
        var slots = draft.Slots!;
        var kind = template.Kind;
        var urgency = template.Urgency is { } hinted && rng.NextDouble() < 0.8
            ? hinted
            : kind is RequestKind.Consultation or RequestKind.Praise or RequestKind.Suggestion || rng.NextDouble() < 0.94
                ? Urgency.Normal
                : Urgency.Urgent;
        var channel = kind == RequestKind.Petition
            ? Pick(rng, [Channel.Letter, Channel.WalkIn, Channel.Phone])
            : Weighted(rng, _channelWeights);
        var anonymous = kind is not (RequestKind.EnterpriseRequest or RequestKind.Petition) && rng.NextDouble() < 0.05;
        var requester = kind == RequestKind.EnterpriseRequest
            ? new Requester { Name = slots["company"], Phone = Mobile(rng), Type = RequesterType.Enterprise }
            : new Requester
            {
                Name = Pick(rng, _surnames) + (rng.NextDouble() < 0.5 ? "先生" : "女士"),
                Phone = Mobile(rng),
                IsAnonymous = anonymous,
                IsConfidential = !anonymous && rng.NextDouble() < 0.08,
            };
        return new NewWorkOrder
        {
            Kind = kind,
            Channel = channel,
            Urgency = urgency,
            Requester = requester,
            Title = Render(template.Title, slots),
            Content = Render(template.Content, slots),
            Location = draft.Region is null ? null : new Location { Address = slots["addr"] },
            RegionId = draft.Region?.Id,
            CategoryId = draft.Category!.Id,
            CallbackRequired = _limits.For(kind, urgency).CallbackRequired,
        };
    }

    private Dictionary<string, string> Slots(Region region, Random rng)
    {
        var township = _refs.Region(region.ParentId)!;
        var places = _places[region.Id].Places;
        var roads = DemoCounty.Roads;
        var road = Pick(rng, roads);
        var building = rng.Next(1, 29).ToString(CultureInfo.InvariantCulture);
        var spot = places.Count > 0 ? Pick(rng, places) : region.Name;
        var address = places.Count > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{township.Name}{region.Name}{spot}{building}幢{rng.Next(1, 4)}单元")
            : string.Create(CultureInfo.InvariantCulture, $"{township.Name}{region.Name}{rng.Next(1, 13)}组");
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["town"] = township.Name,
            ["village"] = region.Name,
            ["spot"] = spot,
            ["addr"] = address,
            ["road"] = road,
            ["road2"] = Pick(rng, roads.Where(r => r != road).ToArray()),
            ["n"] = building,
            ["shop"] = Pick(rng, _shops),
            ["store"] = Pick(rng, _stores),
            ["goods"] = Pick(rng, _goods),
            ["produce"] = Pick(rng, _produce),
            ["days"] = Pick(rng, _days),
            ["months"] = Pick(rng, _months),
            ["time"] = Pick(rng, _nights),
            ["river"] = Pick(rng, _rivers),
            ["money"] = Pick(rng, _amounts).ToString(CultureInfo.InvariantCulture),
            ["company"] = "青溪" + Pick(rng, _companyWords) + Pick(rng, _industries) + "有限公司",
            ["school"] = rng.NextDouble() < 0.3 ? township.Name[..2] + "中心小学" : Pick(rng, _schools),
            ["hospital"] = rng.NextDouble() < 0.25
                ? township.Name + (township.Name.EndsWith("街道", StringComparison.Ordinal) ? "社区卫生服务中心" : "卫生院")
                : Pick(rng, _hospitals),
            ["bus"] = rng.Next(1, 27).ToString(CultureInfo.InvariantCulture) + "路",
        };
    }

    /// <summary>A registration instant about <paramref name="ageHours"/> before now, mostly in local office hours.</summary>
    private DateTime Registration((double Min, double Max) ageHours, Random rng)
    {
        var age = TimeSpan.FromHours(ageHours.Min + ((ageHours.Max - ageHours.Min) * rng.NextDouble()));
        var date = DateOnly.FromDateTime(_now - age + _calendar.UtcOffset);
        for (var i = 0; i < 10 && !_calendar.IsWorkingDay(date) && rng.NextDouble() < 0.5; i++)
        {
            date = date.AddDays(-1); // fewer calls on rest days
        }

        var r = rng.NextDouble();
        var hour = r < 0.8 ? 8.0 + (10.0 * rng.NextDouble())
            : r < 0.95 ? 18.0 + (4.5 * rng.NextDouble())
            : 6.5 + (1.5 * rng.NextDouble());
        var at = Second(DateTime.SpecifyKind(date.ToDateTime(TimeOnly.MinValue).AddHours(hour) - _calendar.UtcOffset, DateTimeKind.Utc));
        if (at > _latest - TimeSpan.FromMinutes(5))
        {
            at = Second(_latest - TimeSpan.FromMinutes(5 + rng.Next(0, 180)));
        }

        return at;
    }

    private static string Render(string template, IReadOnlyDictionary<string, string> slots)
    {
        var builder = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                throw new FormatException($"Unclosed slot in demo template: {template}");
            }

            builder.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            builder.Append(slots.TryGetValue(name, out var value) ? value : throw new FormatException($"Unknown slot {{{name}}} in demo template."));
            i = close + 1;
        }

        return builder.ToString();
    }

    private static string Mobile(Random rng) =>
        Pick(rng, _mobilePrefixes) + rng.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static T Weighted<T>(Random rng, IReadOnlyList<(T Value, int Weight)> items)
    {
        var roll = rng.Next(items.Sum(i => i.Weight));
        foreach (var (value, weight) in items)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return items[^1].Value;
    }

    private static DateTime Second(DateTime value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>The next instant inside working time (the instant itself when it is).</summary>
    private static DateTime NextWorkingTime(DateTime utc)
    {
        var hours = _calendar.Hours;
        var local = utc + _calendar.UtcOffset;
        for (var guard = 0; guard < 60; guard++)
        {
            var date = DateOnly.FromDateTime(local);
            if (_calendar.IsWorkingDay(date))
            {
                var time = TimeOnly.FromDateTime(local);
                if (time < hours.MorningStart)
                {
                    return DateTime.SpecifyKind(date.ToDateTime(hours.MorningStart) - _calendar.UtcOffset, DateTimeKind.Utc);
                }

                if (time < hours.MorningEnd)
                {
                    return utc;
                }

                if (time < hours.AfternoonStart)
                {
                    return DateTime.SpecifyKind(date.ToDateTime(hours.AfternoonStart) - _calendar.UtcOffset, DateTimeKind.Utc);
                }

                if (time < hours.AfternoonEnd)
                {
                    return utc;
                }
            }

            local = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }

        return utc;
    }

    /// <summary>The instant <paramref name="amount"/> of working time after <paramref name="utc"/>.</summary>
    private static DateTime AddWorkingTime(DateTime utc, TimeSpan amount)
    {
        var hours = _calendar.Hours;
        var t = NextWorkingTime(utc);
        for (var guard = 0; guard < 400; guard++)
        {
            var local = t + _calendar.UtcOffset;
            var date = DateOnly.FromDateTime(local);
            var windowEnd = TimeOnly.FromDateTime(local) < hours.MorningEnd ? hours.MorningEnd : hours.AfternoonEnd;
            var available = date.ToDateTime(windowEnd) - local;
            if (amount <= available)
            {
                return t + amount;
            }

            amount -= available;
            t = NextWorkingTime(t + available);
        }

        return t;
    }

    private sealed class Draft
    {
        public WorkOrderStatus Target { get; init; }

        public DemoLeaf? Leaf { get; init; }

        public Category? Category { get; init; }

        public DemoTemplate? Template { get; init; }

        public Region? Region { get; init; }

        public Dictionary<string, string>? Slots { get; init; }

        public Draft? MergeTarget { get; init; }

        public DateTime RegisteredAt { get; set; }

        public NewWorkOrder? Request { get; set; }

        public string? UnitAnswer { get; set; }

        public string? DirectAnswer { get; set; }

        public int Seed { get; init; }
    }

    /// <summary>One order's life: a clock that only moves forward and never passes now, and the steps.</summary>
    private sealed class Life
    {
        private readonly DemoOrderGenerator _g;
        private readonly DemoOrderPlan _plan;
        private readonly Random _rng;
        private readonly string _operator;
        private readonly string _dispatcher;
        private readonly string _callbackAgent;
        private DateTime _t;

        public Life(DemoOrderGenerator generator, DemoOrderPlan plan, string number, string searchText)
        {
            _g = generator;
            _plan = plan;
            _rng = new Random(plan.Seed);
            _operator = string.Create(CultureInfo.InvariantCulture, $"话务员{_rng.Next(1, 13):D2}");
            _dispatcher = string.Create(CultureInfo.InvariantCulture, $"派单员{_rng.Next(1, 5):D2}");
            _callbackAgent = string.Create(CultureInfo.InvariantCulture, $"回访员{_rng.Next(1, 6):D2}");
            _t = Second(plan.RegisteredAt);
            Order = WorkOrder.Register(plan.Request, number, searchText, _operator, _t);
        }

        public WorkOrder Order { get; }

        private bool Knowledge => _plan.DirectAnswer is not null;

        private bool Emergency => Order.Urgency == Urgency.Emergency;

        private bool Urgent => Order.Urgency != Urgency.Normal;

        public void Run(WorkOrder? mergeTarget)
        {
            switch (_plan.Target)
            {
                case WorkOrderStatus.Registered:
                    break;
                case WorkOrderStatus.Dispatched:
                    FirstDispatch(wrongFirst: 0.1);
                    break;
                case WorkOrderStatus.Returned:
                    Dispatch(WrongUnit(), null);
                    Wait(TimeSpan.FromHours(1), TimeSpan.FromHours(20));
                    Order.Return(Pick(_rng, _returnReasons), Handler(), _t);
                    break;
                case WorkOrderStatus.Accepted:
                    RunToAccepted();
                    break;
                case WorkOrderStatus.Replied:
                    if (Knowledge && _rng.NextDouble() < 0.6)
                    {
                        DirectAnswer();
                    }
                    else
                    {
                        FirstDispatch(wrongFirst: 0.05);
                        Accept();
                        Reply(_plan.UnitAnswer, late: 0.1);
                    }

                    break;
                case WorkOrderStatus.AwaitingCallback:
                    RunToAwaitingCallback();
                    break;
                case WorkOrderStatus.Reopened:
                    RunToAwaitingCallback();
                    if (_rng.NextDouble() < 0.7)
                    {
                        Callback(satisfied: false);
                    }
                    else
                    {
                        Callback(satisfied: true);
                        Wait(TimeSpan.FromDays(1), TimeSpan.FromDays(8));
                        Order.Reopen(Pick(_rng, _reopenReasons), Deadlines(), "督办员01", _t);
                    }

                    break;
                case WorkOrderStatus.Closed:
                    RunToClosed();
                    break;
                case WorkOrderStatus.Merged:
                    if (_rng.NextDouble() < 0.25)
                    {
                        FirstDispatch(wrongFirst: 0);
                    }

                    ArgumentNullException.ThrowIfNull(mergeTarget);
                    Wait(TimeSpan.FromMinutes(10), TimeSpan.FromHours(3), working: false);

                    // The merge is also a step of the target's timeline, which is already written: it comes after its last step.
                    if (mergeTarget.Events[^1].OccurredAt is var targetLast && _t < targetLast)
                    {
                        MoveTo(targetLast + TimeSpan.FromMinutes(10), working: false);
                        _t = _t < targetLast ? targetLast : _t; // "now" came first: at the very moment of its last step
                    }

                    Order.MergeInto(mergeTarget, $"与工单{mergeTarget.Number}反映的是同一问题，合并办理。", _dispatcher, _t);
                    break;
                case WorkOrderStatus.Withdrawn:
                    var r = _rng.NextDouble();
                    if (r >= 0.4)
                    {
                        FirstDispatch(wrongFirst: 0);
                        if (r >= 0.8)
                        {
                            Accept();
                        }
                    }

                    Wait(TimeSpan.FromMinutes(20), TimeSpan.FromDays(1));
                    Order.Withdraw(Pick(_rng, _withdrawReasons), _operator, _t);
                    break;
                default:
                    throw new InvalidOperationException($"No demo life for {_plan.Target}.");
            }

            if (Order.Status != _plan.Target)
            {
                throw new InvalidOperationException($"Demo order {Order.Number} ended {Order.Status}, planned {_plan.Target}.");
            }
        }

        private void RunToAccepted()
        {
            FirstDispatch(wrongFirst: 0.06);
            Accept();
            var r = _rng.NextDouble();
            if (Order.Kind == RequestKind.Consultation)
            {
                r = 0.5; // a question needs no extension
            }

            if (r < 0.22)
            {
                Extension(decide: false);
            }
            else if (r < 0.32)
            {
                Extension(decide: true);
            }
            else if (r < 0.42)
            {
                Reply(_plan.UnitAnswer, late: 0.1);
                Wait(TimeSpan.FromMinutes(20), TimeSpan.FromHours(5));
                Order.Review(false, Pick(_rng, _reviewRejections), _dispatcher, _t);
            }
        }

        private void RunToAwaitingCallback()
        {
            if (Knowledge && _rng.NextDouble() < 0.4)
            {
                DirectAnswer();
                Review(reject: 0);
                return;
            }

            HandleByUnit();
        }

        private void RunToClosed()
        {
            if (Order.Kind == RequestKind.Praise)
            {
                DirectAnswer();
                Review(reject: 0); // praise needs no callback: the review closes it
                return;
            }

            if (Knowledge && _rng.NextDouble() < 0.55)
            {
                DirectAnswer();
                Review(reject: 0);
                if (Order.Status == WorkOrderStatus.AwaitingCallback)
                {
                    Wait(TimeSpan.FromMinutes(30), TimeSpan.FromHours(6));
                    if (_rng.NextDouble() < 0.5)
                    {
                        Order.Close("咨询类诉求已直接答复，无需回访。", _dispatcher, _t);
                    }
                    else
                    {
                        Callback(satisfied: true);
                    }
                }

                return;
            }

            HandleByUnit();
            if (Order.Status == WorkOrderStatus.Closed)
            {
                return;
            }

            var r = _rng.NextDouble();
            if (r < 0.78)
            {
                Callback(satisfied: true);
                return;
            }

            if (r < 0.86)
            {
                Wait(TimeSpan.FromDays(1), TimeSpan.FromDays(3));
                Order.Close("回访时连续三次联系诉求人均未接通，按规定结案。", _callbackAgent, _t);
                return;
            }

            // Unsolved at callback: the unit handles it again, then the citizen is satisfied.
            Callback(satisfied: false);
            if (Order.LeadUnitId is null)
            {
                FirstDispatch(wrongFirst: 0);
            }

            Accept();
            Reply("针对回访中市民再次反映的问题，我单位已重新组织人员到现场核查。" + _plan.UnitAnswer, late: 0.1);
            Review(reject: 0);
            Callback(satisfied: true);
        }

        /// <summary>Dispatch, accept, maybe an extension, reply and review: ends awaiting callback (or closed when none is needed).</summary>
        private void HandleByUnit()
        {
            FirstDispatch(wrongFirst: 0.06);
            Accept();
            if (Order.Kind != RequestKind.Consultation && _rng.NextDouble() < 0.08)
            {
                Extension(decide: true);
            }

            Reply(_plan.UnitAnswer, late: 0.12);
            Review(reject: 0.06);
        }

        private void DirectAnswer()
        {
            Wait(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(25), working: false);
            Order.DirectAnswer(_plan.DirectAnswer!, _operator, _t);
        }

        private void FirstDispatch(double wrongFirst)
        {
            if (_rng.NextDouble() < wrongFirst)
            {
                Dispatch(WrongUnit(), null);
                Wait(TimeSpan.FromHours(1), TimeSpan.FromHours(20));
                Order.Return(Pick(_rng, _returnReasons), Handler(), _t);
                Wait(TimeSpan.FromMinutes(10), TimeSpan.FromHours(2));
                Dispatch(RightUnit(), "经核实属贵单位职责，请予办理。");
                return;
            }

            Dispatch(RightUnit(), Urgent ? "紧急件，请立即安排人员处置并及时反馈。" : _rng.NextDouble() < 0.7 ? Pick(_rng, _dispatchComments) : null);
        }

        private void Dispatch(Unit unit, string? comment)
        {
            if (Emergency)
            {
                Wait(TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(15), working: false);
            }
            else if (Urgent)
            {
                Wait(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(60), working: false);
            }
            else
            {
                Wait(TimeSpan.FromMinutes(15), TimeSpan.FromHours(3));
            }

            var assisting = new List<long>();
            if (Order.Status != WorkOrderStatus.Returned && _rng.NextDouble() < 0.1)
            {
                var township = _g._refs.Region(Order.RegionId) is { ParentId: { } parent } && _g._unitsByRegion.TryGetValue(parent, out var t) ? t : null;
                var helper = township is not null && unit.Kind != UnitKind.Township ? township : Pick(_rng, _g._departments);
                if (helper.Id != unit.Id)
                {
                    assisting.Add(helper.Id);
                }
            }

            Order.Dispatch(unit.Id, assisting, Deadlines(), _dispatcher, _t, comment);
        }

        private void Accept()
        {
            var acceptBy = Order.AcceptBy ?? _t;
            if (Emergency)
            {
                Wait(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(50), working: false);
            }
            else if (_rng.NextDouble() < 0.08 && acceptBy > _t)
            {
                MoveTo(acceptBy + TimeSpan.FromHours(1 + (20 * _rng.NextDouble())), working: true); // signed for late
            }
            else
            {
                Before(acceptBy, 0.05, 0.85, working: true);
            }

            Order.Accept(Handler(), _t);
            if (Order.AssistingUnitIds.Count > 0 && _rng.NextDouble() < 0.6)
            {
                // 协办: the assisting unit reports to the lead unit while it handles the order.
                Wait(TimeSpan.FromHours(1), TimeSpan.FromDays(1));
                var assisting = _g._refs.Unit(Order.AssistingUnitIds[0])!;
                Order.RecordAssistOpinion(assisting.Id, Pick(_rng, _assistOpinions), assisting.Name + "经办人", _t);
            }

            // A township often hands the order to the village or community it concerns (sub-dispatch).
            var lead = _g._refs.Unit(Order.LeadUnitId)!;
            if (lead.Kind == UnitKind.Township && Order.RegionId is { } regionId
                && _g._unitsByRegion.TryGetValue(regionId, out var village) && village.ParentId == lead.Id
                && _rng.NextDouble() < 0.35 && Order.Status == WorkOrderStatus.Accepted)
            {
                Wait(TimeSpan.FromMinutes(30), TimeSpan.FromHours(4));
                Order.Dispatch(village.Id, [], Deadlines(), Handler(), _t, $"请{_g._refs.Region(regionId)!.Name}核实处理并反馈。");
                Wait(TimeSpan.FromMinutes(20), TimeSpan.FromHours(8));
                Order.Accept(Handler(), _t);
            }
        }

        private void Extension(bool decide)
        {
            Wait(TimeSpan.FromHours(2), TimeSpan.FromDays(2));
            var replyBy = Order.ReplyBy ?? _t;
            var until = _calendar.Add(replyBy > _t ? replyBy : _t, TimeLimit.WorkingDays(_rng.Next(3, 11)));
            Order.RequestExtension(until, Pick(_rng, _extensionReasons), Handler(), _t);
            if (decide)
            {
                Wait(TimeSpan.FromHours(1), TimeSpan.FromHours(8));
                var approve = _rng.NextDouble() < 0.85;
                Order.DecideExtension(approve, approve ? "同意延期，请在延期时限内办结。" : "延期理由不充分，请按原时限办结。", _dispatcher, _t);
            }
        }

        private void Reply(string answer, double late)
        {
            var replyBy = Order.ReplyBy ?? _t;
            if (_rng.NextDouble() < late)
            {
                MoveTo(replyBy + TimeSpan.FromHours(2 + (70 * _rng.NextDouble())), working: true);
            }
            else
            {
                Before(replyBy, 0.15, 0.75, working: !Emergency);
            }

            Order.Reply(answer, Handler(), _t);
        }

        private void Review(double reject)
        {
            Wait(TimeSpan.FromMinutes(20), TimeSpan.FromHours(5));
            if (Order.LeadUnitId is not null && _rng.NextDouble() < reject)
            {
                Order.Review(false, Pick(_rng, _reviewRejections), _dispatcher, _t);
                Wait(TimeSpan.FromHours(4), TimeSpan.FromDays(2));
                Order.Reply(_plan.UnitAnswer + "已电话联系诉求人告知处理结果，诉求人表示知悉。", Handler(), _t);
                Wait(TimeSpan.FromMinutes(20), TimeSpan.FromHours(5));
            }

            Order.Review(true, _rng.NextDouble() < 0.3 ? "答复规范，审核通过。" : null, _dispatcher, _t);
        }

        private void Callback(bool satisfied)
        {
            Wait(TimeSpan.FromHours(2), TimeSpan.FromDays(2));
            if (satisfied)
            {
                var fully = _rng.NextDouble() < 0.72;
                Order.RecordCallback(true, fully ? Satisfaction.Satisfied : Satisfaction.BasicallySatisfied,
                    Pick(_rng, fully ? _satisfiedComments : _basicallySatisfiedComments), Deadlines(), _callbackAgent, _t);
            }
            else
            {
                Order.RecordCallback(false, _rng.NextDouble() < 0.7 ? Satisfaction.Unsatisfied : Satisfaction.BasicallySatisfied,
                    Pick(_rng, Order.Kind == RequestKind.Consultation ? _unansweredComments : _unsatisfiedComments), Deadlines(), _callbackAgent, _t);
            }
        }

        private Deadlines Deadlines() => _limits.Compute(_calendar, Order.Kind, Order.Urgency, _t);

        private Unit RightUnit() =>
            _g._refs.ResponsibleUnit(Order.CategoryId!.Value, Order.RegionId) ?? Pick(_rng, _g._departments);

        private Unit WrongUnit()
        {
            var right = RightUnit();
            Unit wrong;
            do
            {
                wrong = Pick(_rng, _g._departments);
            }
            while (wrong.Id == right.Id);
            return wrong;
        }

        /// <summary>The lead unit's handler: "&lt;unit&gt;经办人".</summary>
        private string Handler() => (_g._refs.Unit(Order.LeadUnitId)?.Name ?? "承办单位") + "经办人";

        private DateTime InWorkingTime(DateTime target)
        {
            var moved = NextWorkingTime(target);
            return moved == target ? target : moved + TimeSpan.FromMinutes(50 * _rng.NextDouble());
        }

        private void Wait(TimeSpan min, TimeSpan max, bool working = true) =>
            MoveTo(_t + min + ((max - min) * _rng.NextDouble()), working);

        /// <summary>
        /// A step meant to meet <paramref name="deadline"/>: taken after a share (from <paramref name="from"/>,
        /// up to <paramref name="from"/> + <paramref name="spread"/>) of the time left, counted in working
        /// time when <paramref name="working"/>.
        /// </summary>
        private void Before(DateTime deadline, double from, double spread, bool working)
        {
            var share = from + (spread * _rng.NextDouble());
            var left = working ? _calendar.WorkingTimeBetween(_t, deadline) : deadline - _t;
            if (left < TimeSpan.FromMinutes(10))
            {
                Wait(TimeSpan.FromHours(1), TimeSpan.FromHours(20), working);
                return;
            }

            MoveTo(working ? AddWorkingTime(_t, left * share) : _t + (left * share), working);
        }

        /// <summary>Moves the clock to <paramref name="target"/> (into working time if asked), never backwards and never past now.</summary>
        private void MoveTo(DateTime target, bool working)
        {
            if (working)
            {
                target = InWorkingTime(target);
            }

            if (target > _g._latest)
            {
                // Too late for now: somewhere between the last step and now instead, in working time if there is some.
                target = _g._latest > _t ? _t + ((_g._latest - _t) * (0.3 + (0.6 * _rng.NextDouble()))) : _t;
                if (working && InWorkingTime(target) is var moved && moved <= _g._latest)
                {
                    target = moved;
                }
            }

            _t = Second(target < _t ? _t : target);
        }
    }
}
