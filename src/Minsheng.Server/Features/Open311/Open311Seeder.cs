using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Open311;

/// <summary>
/// Gives a few of the demo county's categories the extra questions a civic app should ask (service definitions),
/// once: only when those categories exist and no attribute has been stored yet.
/// </summary>
internal sealed partial class Open311Seeder(ILogger<Open311Seeder> logger) : IDatabaseSeeder
{
    private static readonly ServiceAttributeValue[] _periods =
    [
        new("day", "白天（6:00–22:00）"),
        new("night", "夜间（22:00–次日 6:00）"),
    ];

    /// <summary>By category code of the demo county (噪音扰民, 噪声施工, 道路破损).</summary>
    private static readonly Dictionary<string, Func<ServiceAttribute[]>> _definitions = new(StringComparer.Ordinal)
    {
        ["030301"] = () =>
        [
            new ServiceAttribute
            {
                Code = "period", Order = 1, Datatype = ServiceAttributeDatatype.SingleValueList, Required = true,
                Description = "时段：噪声主要出现在什么时候？", Values = [.. _periods],
            },
            new ServiceAttribute
            {
                Code = "source", Order = 2, Datatype = ServiceAttributeDatatype.MultiValueList,
                Description = "噪声来源（可多选）",
                Values = [new("square-dance", "广场舞"), new("ktv", "KTV、酒吧"), new("shop", "商铺喇叭"), new("vehicle", "车辆"), new("other", "其他")],
            },
        ],
        ["010201"] = () =>
        [
            new ServiceAttribute
            {
                Code = "period", Order = 1, Datatype = ServiceAttributeDatatype.SingleValueList, Required = true,
                Description = "时段：施工噪声主要出现在什么时候？", Values = [.. _periods],
            },
            new ServiceAttribute
            {
                Code = "observed_at", Order = 2, Datatype = ServiceAttributeDatatype.Datetime,
                Description = "最近一次听到施工的时间", DatatypeDescription = "日期时间，如 2026-03-01T23:30:00+08:00",
            },
        ],
        ["020201"] = () =>
        [
            new ServiceAttribute
            {
                Code = "area", Order = 1, Datatype = ServiceAttributeDatatype.Number,
                Description = "破损面积大约多少平方米？", DatatypeDescription = "平方米，填数字",
            },
            new ServiceAttribute
            {
                Code = "danger_notice", Order = 2, Datatype = ServiceAttributeDatatype.Text, Variable = false,
                Description = "如路面塌陷已危及行人车辆安全，请同时拨打 110 或 12345 电话。",
            },
        ],
    };

    public async Task SeedAsync(MinshengDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.ServiceAttributes.AnyAsync(cancellationToken))
        {
            return;
        }

        var codes = _definitions.Keys.ToArray();
        var categories = await db.Categories.AsNoTracking().Where(c => codes.Contains(c.Code)).ToListAsync(cancellationToken);
        foreach (var category in categories)
        {
            foreach (var attribute in _definitions[category.Code]())
            {
                attribute.CategoryId = category.Id;
                db.ServiceAttributes.Add(attribute);
            }
        }

        if (categories.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            LogSeeded(logger, categories.Count);
        }
    }

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Open311 service definitions seeded for {Categories} demo categories")]
    private static partial void LogSeeded(ILogger logger, int categories);
}
