using Microsoft.Extensions.Localization;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Features.Reference;

/// <summary>
/// The field checks the reference-data use cases share, and the names of unit kinds and region levels. Messages are
/// Chinese; they pass through <see cref="ReferenceMessages"/>, so the admin pages show them in English when asked.
/// </summary>
internal sealed class ReferenceRules(IStringLocalizer<ReferenceMessages> l)
{
    // The column sizes of ReferenceConfiguration.
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 100;
    public const int MaxKeywordsLength = 500;

    public IStringLocalizer<ReferenceMessages> Text => l;

    /// <summary>The trimmed code, or null with a message under "code" when it is missing, malformed or another row's.</summary>
    public string? Code(ValidationErrors errors, string? code, Func<string, long?> ownerOf, long? self)
    {
        var text = code?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add("code", l["请填写代码。"]);
            return null;
        }

        if (text.Length > MaxCodeLength)
        {
            errors.Add("code", l["代码不能超过 {0} 个字符。", MaxCodeLength]);
            return null;
        }

        if (!text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            errors.Add("code", l["代码只能包含字母、数字、连字符（-）、下划线（_）和点（.）。"]);
            return null;
        }

        // Codes are looked up case-insensitively everywhere, so "cg" would shadow "CG".
        if (ownerOf(text) is { } owner && owner != self)
        {
            errors.Add("code", l["代码 {0} 已被使用。", text]);
            return null;
        }

        return text;
    }

    public string? Name(ValidationErrors errors, string? name)
    {
        var text = name?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add("name", l["请填写名称。"]);
            return null;
        }

        if (text.Length > MaxNameLength)
        {
            errors.Add("name", l["名称不能超过 {0} 个字符。", MaxNameLength]);
            return null;
        }

        return text;
    }

    /// <summary>
    /// The parent's id (null for none). A parent must exist and must not be the node itself or one of its descendants,
    /// which would make the tree a cycle.
    /// </summary>
    public long? Parent(ValidationErrors errors, string? parentCode, Func<string, long?> idOf, long? self,
        Func<long, IReadOnlyList<long>> subtree, string unknownMessage, string cycleMessage)
    {
        if (string.IsNullOrWhiteSpace(parentCode))
        {
            return null;
        }

        if (idOf(parentCode.Trim()) is not { } parent)
        {
            errors.Add("parentCode", unknownMessage);
            return null;
        }

        if (self is { } id && subtree(id).Contains(parent))
        {
            errors.Add("parentCode", cycleMessage);
            return null;
        }

        return parent;
    }

    public TEnum? Choice<TEnum>(ValidationErrors errors, string field, string? value, string missingMessage,
        Func<string, string, string> unknownMessage, Func<TEnum, string> nameOf)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, missingMessage);
            return null;
        }

        if (JsonNames.TryParse<TEnum>(value, out var parsed))
        {
            return parsed;
        }

        var choices = string.Join(l["、"], Enum.GetValues<TEnum>().Select(v => $"{JsonNames.Of(v)} ({nameOf(v)})"));
        errors.Add(field, unknownMessage(value.Trim(), choices));
        return null;
    }

    public string Of(UnitKind kind) => kind switch
    {
        UnitKind.HotlineCentre => l["热线中心"],
        UnitKind.Department => l["职能部门"],
        UnitKind.Township => l["乡镇街道"],
        UnitKind.Village => l["村（社区）"],
        UnitKind.Enterprise => l["公共企业"],
        _ => kind.ToString(),
    };

    public string Of(RegionLevel level) => level switch
    {
        RegionLevel.County => l["县（市、区）"],
        RegionLevel.Township => l["乡镇（街道）"],
        RegionLevel.Village => l["村（社区）"],
        RegionLevel.Grid => l["网格"],
        RegionLevel.MicroGrid => l["微网格"],
        _ => level.ToString(),
    };
}
