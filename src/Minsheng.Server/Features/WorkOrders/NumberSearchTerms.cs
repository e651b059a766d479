using System.Text.RegularExpressions;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// What a search-box entry made of digits can mean besides words: the end of a 受理编号 (20261129-000123) and the end
/// of a requester's phone number. The last six digits of a number are the day's counter, so 123, 000123, 1129-123
/// and 20261129000123 all name counter 000123 (the last two also the end of the date); a phone is matched by its
/// last four or more digits.
/// </summary>
internal sealed partial record NumberSearchTerms(string? Counter, string? NumberSuffix, string? PhoneDigits)
{
    /// <summary>Characters of a 受理编号's day counter; the index over the number's end has this many.</summary>
    public const int CounterLength = 6;

    /// <summary>The fewest trailing digits a phone is searched by (as on the public progress lookup).</summary>
    public const int PhoneTailLength = 4;

    /// <summary>The terms of a normalised query (half-width), or null when it is not made of digits and separators.</summary>
    public static NumberSearchTerms? Parse(string normalizedQuery)
    {
        ArgumentNullException.ThrowIfNull(normalizedQuery);
        var compact = normalizedQuery.Replace(" ", string.Empty, StringComparison.Ordinal);
        string? counter = null;
        string? suffix = null;
        if (DashedNumber().Match(compact) is { Success: true } dashed)
        {
            counter = dashed.Groups["counter"].Value.PadLeft(CounterLength, '0');
            var day = dashed.Groups["day"].Value;
            suffix = day.Length > 0 ? day + "-" + counter : null;
        }
        else if (Digits().IsMatch(compact) && compact.Length <= 8 + CounterLength)
        {
            counter = compact.Length <= CounterLength ? compact.PadLeft(CounterLength, '0') : compact[^CounterLength..];
            suffix = compact.Length > CounterLength ? compact[..^CounterLength] + "-" + counter : null;
        }

        var phone = PhoneSeparators().Replace(compact, string.Empty);
        var phoneDigits = Digits().IsMatch(phone) && phone.Length is >= PhoneTailLength and <= 20 ? phone : null;
        return counter is null && phoneDigits is null ? null : new NumberSearchTerms(counter, suffix, phoneDigits);
    }

    [GeneratedRegex(@"^(?<day>\d{0,8})-(?<counter>\d{1,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex DashedNumber();

    [GeneratedRegex(@"^\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"[\-()+]", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneSeparators();
}
