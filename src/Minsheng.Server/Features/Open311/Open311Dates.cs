using System.Globalization;
using System.Text.RegularExpressions;

namespace Minsheng.Server.Features.Open311;

/// <summary>
/// W3C date-times as GeoReport v2 wants them: China time with its offset and no fractional seconds
/// (2026-03-02T10:00:00+08:00). Input may use Z or any offset; without one it is read as China time.
/// </summary>
internal static partial class Open311Dates
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private static readonly string[] _inputFormats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"];

    public static string Format(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(ChinaOffset)
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string? Format(DateTime? utc) => utc is { } value ? Format(value) : null;

    /// <summary>Parses 2010-01-01T00:00:00Z, 2010-01-01T08:00:00+08:00, 2010-01-01T08:00 or 2010-01-01.</summary>
    public static bool TryParse(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        var match = W3cDateTime().Match(value);
        if (!match.Success && value.Length > 6 && value[^6] == ' ')
        {
            // An unencoded '+' of the offset in a query string arrives as a space.
            match = W3cDateTime().Match(string.Concat(value.AsSpan(0, value.Length - 6), "+", value.AsSpan(value.Length - 5)));
        }

        if (!match.Success)
        {
            return false;
        }

        var date = match.Groups["date"].Value;
        var time = match.Groups["time"].Success ? match.Groups["time"].Value : "00:00:00";
        if (time.Length == 5)
        {
            time += ":00";
        }

        var offset = match.Groups["offset"].Success ? match.Groups["offset"].Value : "+08:00";
        if (offset == "Z")
        {
            offset = "+00:00";
        }
        else if (offset.Length == 5)
        {
            offset = offset.Insert(3, ":");
        }

        if (!DateTimeOffset.TryParseExact($"{date}T{time}{offset}", _inputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        utc = parsed.UtcDateTime;
        return true;
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?:[T ](?<time>\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?))?(?<offset>Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex W3cDateTime();
}
