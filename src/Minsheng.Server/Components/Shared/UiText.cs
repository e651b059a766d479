using System.Globalization;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Components.Shared;

/// <summary>Chinese labels and the display format of times for the web UI.</summary>
internal static class UiText
{
    /// <summary>Times are stored in UTC and shown in Beijing time, as the hotline works.</summary>
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static string Time(DateTime? utc) =>
        utc is { } value ? (value + Beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Of(Channel channel) => channel switch
    {
        Channel.Phone => "电话",
        Channel.Web => "网站",
        Channel.App => "App",
        Channel.Wechat => "微信",
        Channel.Email => "邮件",
        Channel.Letter => "来信",
        Channel.WalkIn => "来访",
        Channel.Open311 => "Open311 接口",
        Channel.Media => "媒体",
        Channel.Transferred => "转办",
        _ => channel.ToString(),
    };

    public static string Of(Urgency urgency) => urgency switch
    {
        Urgency.Normal => "一般",
        Urgency.Urgent => "紧急",
        Urgency.Emergency => "特急",
        _ => urgency.ToString(),
    };

    public static string Of(Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        Satisfaction.Unsatisfied => "不满意",
        _ => satisfaction.ToString(),
    };

    public static string Of(RequesterType type) => type == RequesterType.Enterprise ? "企业" : "个人";

    /// <summary>The Chinese name of a kebab-case enum value from a DTO (kind, urgency, channel, status, satisfaction).</summary>
    public static string Name<TEnum>(string? json)
        where TEnum : struct, Enum
    {
        if (!JsonNames.TryParse<TEnum>(json, out var value))
        {
            return json ?? "—";
        }

        return value switch
        {
            RequestKind k => WorkOrderNames.Of(k),
            Channel c => Of(c),
            Urgency u => Of(u),
            Satisfaction s => Of(s),
            WorkOrderStatus s => WorkOrderNames.Of(s),
            WorkOrderAction a => WorkOrderNames.Of(a),
            RequesterType t => Of(t),
            _ => json ?? "—",
        };
    }

    public static string Value<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNames.Of(value);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
