using System.Globalization;
using System.Text.Json;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.WorkOrders;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Benchmarks.Intake;

/// <summary>
/// Realistic, varied 12345 requests in Chinese, made from templates with a fixed seed, so every run
/// and every engine registers the same bodies. Codes of the demo county are used when it has them.
/// </summary>
internal static class IntakeBodies
{
    private static readonly JsonSerializerOptions Json = CreateJson();

    private static readonly string[] Towns = ["城关镇", "东城街道", "西城街道", "江南街道", "古山镇", "方岩镇", "石柱镇", "芝英镇", "舟山镇", "唐先镇"];

    private static readonly string[] Estates =
        ["幸福小区", "锦绣花园", "阳光新村", "金色家园", "滨江花苑", "丽州嘉苑", "翠竹苑", "南苑小区", "学府花园", "望春新村", "永安里", "华溪公寓"];

    private static readonly string[] Roads =
        ["人民路", "解放街", "建设路", "南湖路", "丽州中路", "九铃东路", "望春东路", "金城路", "华丰路", "胜利街", "西津路", "总部中心大道"];

    private static readonly string[] Shops = ["烧烤店", "大排档", "KTV", "麻将馆", "夜宵摊", "酒吧", "棋牌室", "汽修店"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];

    private static readonly string[] Companies = ["某五金制品厂", "某建筑劳务公司", "某电动车配件厂", "某餐饮管理公司", "某保洁服务公司", "某装饰工程队"];

    private static readonly string[] Topics =
    [
        "灵活就业人员缴纳养老保险", "新生儿办理医保", "异地就医备案", "公积金提取", "小孩入学报名", "老年人优待证",
        "居住证办理", "个体工商户注册", "残疾人补贴申请", "房屋不动产登记", "电动自行车上牌", "失业金申领",
    ];

    private static readonly string[] Weekdays = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

    private static readonly (int Weight, Channel Channel)[] Channels =
        [(70, Channel.Phone), (10, Channel.Web), (8, Channel.App), (8, Channel.Wechat), (2, Channel.WalkIn), (2, Channel.Email)];

    private static readonly (int Weight, Urgency Urgency)[] Urgencies = [(92, Urgency.Normal), (7, Urgency.Urgent), (1, Urgency.Emergency)];

    private delegate (RequestKind Kind, string Title, string Content) Template(Random r, string town, string estate, string road);

    private static readonly Template[] Templates =
    [
        (r, t, e, road) => (RequestKind.Complaint, $"{e}楼下{Pick(r, Shops)}夜间噪音扰民",
            $"我是{t}{e}{r.Next(1, 30)}栋的住户，楼下的{Pick(r, Shops)}每天晚上{r.Next(10, 13)}点以后还在营业，喝酒划拳声音很大，严重影响居民休息。"
            + $"已经向物业反映过{r.Next(2, 6)}次，一直没有效果，家里老人孩子都睡不好，希望有关部门尽快处理。"),
        (r, t, e, road) => (RequestKind.Complaint, $"{road}{Pick(r, Shops)}油烟直排",
            $"{t}{road}{r.Next(1, 400)}号的{Pick(r, Shops)}没有安装油烟净化设施，油烟直接排到后面居民楼，窗户都不敢开，衣服也没法晒。"
            + "夏天以来情况越来越严重，请环保和城管部门上门检查，督促商户整改。"),
        (r, t, e, road) => (RequestKind.Report, $"{road}菜市场门口占道经营",
            $"{t}{road}菜市场门口每天早上{r.Next(5, 8)}点到{r.Next(9, 11)}点有很多流动摊贩占道卖菜，车辆和行人通行困难，"
            + $"上周{Pick(r, Weekdays)}还差点发生剐蹭事故，希望城管部门加强管理，规范经营秩序。"),
        (r, t, e, road) => (RequestKind.Help, $"{road}路灯损坏不亮",
            $"{t}{road}靠近{e}的一段，大约有{r.Next(3, 12)}盏路灯已经坏了{r.Next(3, 20)}天，晚上一片漆黑，"
            + "老人孩子出行很不安全，电动车也容易摔倒，请尽快安排维修。"),
        (r, t, e, road) => (RequestKind.Consultation, $"咨询{Pick(r, Topics)}的办理流程",
            $"您好，我想咨询一下{Pick(r, Topics)}需要准备哪些材料，在{t}哪里可以办理，是否可以在网上或者手机上办理，大概需要多长时间。谢谢。"),
        (r, t, e, road) => (RequestKind.Help, $"{e}突然停水无通知",
            $"{t}{e}从{Pick(r, Weekdays)}上午{r.Next(7, 11)}点开始停水，到现在已经{r.Next(6, 30)}个小时了，小区里有{r.Next(200, 900)}多户居民，"
            + "物业说不清楚原因，也没有提前通知，家里做饭洗漱都成问题，请供水部门尽快查明原因恢复供水。"),
        (r, t, e, road) => (RequestKind.Suggestion, $"建议在{road}增设公交站点",
            $"{t}{road}一带新建了好几个小区，常住人口增加很多，但附近{r.Next(1, 3)}公里内没有公交站，"
            + $"上班上学的居民只能步行或者打车，建议公交公司在{road}与{Pick(r, Roads)}交叉口附近增设站点。"),
        (r, t, e, road) => (RequestKind.Complaint, "工地老板拖欠农民工工资",
            $"我在{t}{Pick(r, Companies)}干活，老板已经拖欠我们{r.Next(2, 8)}个月的工资，一共{r.Next(12, 40)}个工人，"
            + $"共计大约{r.Next(8, 60)}万元，多次讨要都说没钱，马上要过年了，请劳动监察部门帮忙追讨。"),
        (r, t, e, road) => (RequestKind.Report, $"{e}楼顶违章搭建",
            $"{t}{e}{r.Next(1, 30)}栋顶楼住户在楼顶私自搭建彩钢板房，面积大约{r.Next(20, 90)}平方米，"
            + "占用了公共屋面，存在安全隐患，楼下住户担心漏水和倒塌，请综合执法部门核查处理。"),
        (r, t, e, road) => (RequestKind.Praise, $"感谢{t}工作人员热情服务",
            $"上周{Pick(r, Weekdays)}我到{t}便民服务中心办理业务，窗口的{Pick(r, Surnames)}同志非常耐心，"
            + "帮我把材料一项一项核对清楚，当天就办好了，特此表扬，希望转达我们的感谢。"),
        (r, t, e, road) => (RequestKind.Help, $"{road}井盖缺失存在安全隐患",
            $"{t}{road}{r.Next(1, 400)}号门口人行道上有一个井盖缺失，只用一块木板盖着，晚上看不清，"
            + "已经有行人差点踩空，请有关部门尽快补装井盖，消除安全隐患。"),
        (r, t, e, road) => (RequestKind.Complaint, $"{e}物业服务不到位",
            $"{t}{e}的物业公司收费后服务很差，楼道卫生几天才打扫一次，电梯经常故障，{r.Next(1, 30)}栋的电梯已经停了{r.Next(3, 15)}天没人修，"
            + "业主多次投诉没有回应，请住建部门督促物业公司整改。"),
        (r, t, e, road) => (RequestKind.EnterpriseRequest, "企业申请办理排污许可证遇到困难",
            $"我们是{t}的一家小型制造企业，员工{r.Next(20, 200)}人，今年扩建生产线需要重新申请排污许可证，"
            + "在网上提交材料后一直显示审核中，已经等了一个多月，想咨询具体进度和还需要补充哪些材料。"),
        (r, t, e, road) => (RequestKind.Report, $"{road}超市销售过期食品",
            $"我于{Pick(r, Weekdays)}在{t}{road}的一家超市购买了牛奶和面包，回家后发现已经过期{r.Next(2, 20)}天，"
            + "和店家交涉对方态度恶劣，拒绝退换，请市场监管部门调查处理。"),
        (r, t, e, road) => (RequestKind.Complaint, $"{e}垃圾清运不及时",
            $"{t}{e}门口的垃圾桶已经{r.Next(2, 6)}天没有清运，垃圾堆满溢出，天气热臭味很大，招了很多苍蝇蚊子，"
            + "请环卫部门及时清运，并增加清运频次。"),
        (r, t, e, road) => (RequestKind.Suggestion, $"建议{road}学校门口设置红绿灯",
            $"{t}{road}小学门口上下学时间车流量很大，没有红绿灯和斑马线，孩子过马路很危险，"
            + "建议交警部门设置信号灯，并在上下学高峰安排人员疏导。"),
        (r, t, e, road) => (RequestKind.Help, $"{e}附近有流浪狗伤人",
            $"最近{t}{e}附近有{r.Next(3, 10)}条流浪狗经常出没，昨天傍晚有一位老人被咬伤，小区居民都很害怕，"
            + "请有关部门尽快处置，保障居民安全。"),
    ];

    /// <summary>Builds <paramref name="count"/> request bodies, as UTF-8 JSON, with the given reference codes.</summary>
    public static IReadOnlyList<RegisterWorkOrderRequest> Create(int count, IReadOnlyList<string> regionCodes, IReadOnlyList<string> categoryCodes, int seed = 12345)
    {
        var random = new Random(seed);
        var bodies = new RegisterWorkOrderRequest[count];
        for (var i = 0; i < count; i++)
        {
            bodies[i] = Create(random, regionCodes, categoryCodes);
        }

        return bodies;
    }

    public static byte[] ToUtf8Json(RegisterWorkOrderRequest request) => JsonSerializer.SerializeToUtf8Bytes(request, Json);

    private static RegisterWorkOrderRequest Create(Random r, IReadOnlyList<string> regionCodes, IReadOnlyList<string> categoryCodes)
    {
        var town = Pick(r, Towns);
        var estate = Pick(r, Estates);
        var road = Pick(r, Roads);
        var (kind, title, content) = Pick(r, Templates)(r, town, estate, road);
        var anonymous = r.Next(100) < 8;
        var enterprise = kind == RequestKind.EnterpriseRequest;
        var withCoordinates = r.Next(100) < 40;
        return new RegisterWorkOrderRequest
        {
            Kind = kind,
            Channel = Weighted(r, Channels),
            Urgency = Weighted(r, Urgencies),
            Title = title,
            Content = content,
            Requester = new RequesterInput
            {
                Name = anonymous ? null : enterprise ? $"{town}{Pick(r, Companies)}" : Pick(r, Surnames) + (r.Next(2) == 0 ? "先生" : "女士"),
                Phone = anonymous ? null : string.Create(CultureInfo.InvariantCulture, $"1{r.Next(3, 10)}{r.Next(0, 1_000_000_000):D9}"),
                Type = enterprise ? RequesterType.Enterprise : RequesterType.Person,
                Confidential = r.Next(100) < 5,
                Anonymous = anonymous,
            },
            Location = new LocationInput
            {
                Address = $"{town}{road}{r.Next(1, 400)}号{(r.Next(2) == 0 ? estate : string.Empty)}",
                Latitude = withCoordinates ? Math.Round(28.85 + (r.NextDouble() * 0.15), 6) : null,
                Longitude = withCoordinates ? Math.Round(120.0 + (r.NextDouble() * 0.15), 6) : null,
                RegionCode = regionCodes.Count > 0 && r.Next(100) < 70 ? Pick(r, regionCodes) : null,
            },
            CategoryCode = categoryCodes.Count > 0 && r.Next(100) < 60 ? Pick(r, categoryCodes) : null,
        };
    }

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    private static T Weighted<T>(Random r, (int Weight, T Value)[] items)
    {
        var roll = r.Next(items.Sum(i => i.Weight));
        foreach (var (weight, value) in items)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return items[^1].Value;
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNames.Policy, allowIntegerValues: false));
        return options;
    }
}
