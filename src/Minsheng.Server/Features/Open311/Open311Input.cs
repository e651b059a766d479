using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Minsheng.Server.Features.Open311;

/// <summary>
/// Reading GeoReport v2 arguments by hand (not model binding), so that every mistake is answered in the
/// spec's error format and an empty parameter behaves exactly like an absent one.
/// </summary>
internal static class Open311Input
{
    public static Open311Format? Format(string? extension) => extension?.ToUpperInvariant() switch
    {
        "XML" => Open311Format.Xml,
        "JSON" => Open311Format.Json,
        _ => null,
    };

    /// <summary>The value, trimmed; null when absent or empty.</summary>
    public static string? Single(StringValues values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    /// <summary>A comma-separated list that may also be repeated (<c>status=open,closed</c> or <c>status=open&amp;status=closed</c>).</summary>
    public static IReadOnlyList<string> List(StringValues values) =>
        values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Null when the jurisdiction is absent or ours; otherwise the 404 description.</summary>
    public static string? CheckJurisdiction(StringValues values, Open311Settings settings)
    {
        var jurisdiction = Single(values);
        return jurisdiction is null || string.Equals(jurisdiction, settings.JurisdictionId, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"jurisdiction_id {jurisdiction} 不存在：本接口只服务 {settings.JurisdictionId}。";
    }

    public static bool TryInt(string? text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}
