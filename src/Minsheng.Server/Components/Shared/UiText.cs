using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Infrastructure.Localization;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Components.Shared;

/// <summary>Labels of the domain's values (in the user's language) and the display format of times for the web UI.</summary>
internal static partial class UiText
{
    private static readonly ResourceManager SharedStrings = new(typeof(UiStrings).FullName!, typeof(UiStrings).Assembly);

    /// <summary>
    /// The shared translation of a Chinese label, for code without an injected localizer. Chinese is the key and the
    /// default, so only the English resource set is consulted (no lookup, no exception in Chinese).
    /// </summary>
    public static string Tr(string chinese)
    {
        ArgumentNullException.ThrowIfNull(chinese);
        var culture = CultureInfo.CurrentUICulture;
        if (culture.TwoLetterISOLanguageName != "en")
        {
            return chinese;
        }

        return English()?.GetString(chinese) ?? FromTemplate(chinese) ?? chinese;
    }

    private static ResourceSet? English() =>
        SharedStrings.GetResourceSet(new CultureInfo(UiCultures.English), createIfNotExists: true, tryParents: false);

    /// <summary>
    /// A server message with values in it (未知的承办单位代码 X。) matched against the shared strings written as templates
    /// (未知的承办单位代码 {0}。); the values are translated too where they are words themselves (a status, a label).
    /// </summary>
    private static string? FromTemplate(string chinese)
    {
        foreach (var template in Templates.Value)
        {
            var match = template.Pattern.Match(chinese);
            if (match.Success)
            {
                var values = Enumerable.Range(0, template.Holes).Select(i => (object)Tr(match.Groups["p" + i.ToString(CultureInfo.InvariantCulture)].Value)).ToArray();
                return string.Format(CultureInfo.InvariantCulture, template.English, values);
            }
        }

        return null;
    }

    private static readonly Lazy<MessageTemplate[]> Templates = new(() =>
    {
        var templates = new List<MessageTemplate>();
        foreach (DictionaryEntry entry in English() ?? throw new InvalidOperationException("The English shared strings are missing."))
        {
            if (entry.Key is string key && entry.Value is string english && HoleInKey().IsMatch(key))
            {
                var holes = HoleInKey().Matches(key).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Max() + 1;
                var pattern = "^" + EscapedHole().Replace(Regex.Escape(key), m => $"(?<p{m.Groups[1].Value}>.+?)") + "$";
                templates.Add(new MessageTemplate(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline), english, holes,
                    HoleInKey().Replace(key, "").Length));
            }
        }

        // The most specific first: "{0}不能为空。" must not take a message a longer template fits.
        return templates.OrderByDescending(t => t.LiteralLength).ToArray();
    });

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex HoleInKey();

    [GeneratedRegex(@"\\\{(\d+)}")]
    private static partial Regex EscapedHole();

    private sealed record MessageTemplate(Regex Pattern, string English, int Holes, int LiteralLength);

    /// <summary>Times are stored in UTC and shown in Beijing time, as the hotline works.</summary>
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static string Time(DateTime? utc) =>
        utc is { } value ? (value + Beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Of(Channel channel) => channel switch
    {
        Channel.Phone => Tr("电话"),
        Channel.Web => Tr("网站"),
        Channel.App => Tr("App"),
        Channel.Wechat => Tr("微信"),
        Channel.Email => Tr("邮件"),
        Channel.Letter => Tr("来信"),
        Channel.WalkIn => Tr("来访"),
        Channel.Open311 => Tr("Open311 接口"),
        Channel.Media => Tr("媒体"),
        Channel.Transferred => Tr("转办"),
        _ => channel.ToString(),
    };

    public static string Of(Urgency urgency) => Tr(WorkOrderNames.Of(urgency));

    public static string Of(Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => Tr("满意"),
        Satisfaction.BasicallySatisfied => Tr("基本满意"),
        Satisfaction.Unsatisfied => Tr("不满意"),
        _ => satisfaction.ToString(),
    };

    public static string Of(RequestKind kind) => Tr(WorkOrderNames.Of(kind));

    public static string Of(WorkOrderStatus status) => Tr(WorkOrderNames.Of(status));

    public static string Of(WorkOrderAction action) => Tr(WorkOrderNames.Of(action));

    public static string Of(RequesterType type) => Tr(type == RequesterType.Enterprise ? "企业" : "个人");

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
            RequestKind k => Of(k),
            Channel c => Of(c),
            Urgency u => Of(u),
            Satisfaction s => Of(s),
            WorkOrderStatus s => Of(s),
            WorkOrderAction a => Of(a),
            RequesterType t => Of(t),
            _ => json ?? "—",
        };
    }

    public static string Value<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNames.Of(value);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
