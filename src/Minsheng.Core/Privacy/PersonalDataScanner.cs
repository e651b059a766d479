using System.Text.RegularExpressions;

namespace Minsheng.Core.Privacy;

/// <summary>
/// Finds personal numbers in free text. Each kind has a pattern for its shape; every shape that
/// fits is then validated (ID check digit and birth date, Luhn and issuer prefix, mobile and
/// area-code prefixes). Overlaps are settled by kind — ID (18), bank card, ID (15), mobile,
/// landline — then by position, so a valid 18-digit ID is never also read as a card.
/// </summary>
/// <remarks>
/// The patterns run on a same-length half-width copy of the text (see <see cref="HalfWidth"/>),
/// and each is a zero-width lookahead, so a shape that fails validation never hides another that
/// starts inside it. A number is only taken whole: no digit may touch either end. Replacements
/// keep the original characters of the digits they leave visible.
/// </remarks>
internal static partial class PersonalDataScanner
{
    /// <summary>The shortest personal number (a 3-digit area code and a 7-digit local number).</summary>
    private const int MinimumDigits = 10;

    private const string AreaCode = "010|02[0-9]|0[3-9][0-9]{2}";

    private static readonly PersonalDataMatch[] _none = [];

    /// <summary>The personal numbers in <paramref name="text"/>, in order, without overlaps.</summary>
    public static IReadOnlyList<PersonalDataMatch> Scan(string text)
    {
        if (!HasEnoughDigits(text))
        {
            return _none;
        }

        var normalized = HalfWidth.Normalize(text);
        var candidates = new List<PersonalDataMatch>();

        // In order of precedence: a candidate is taken unless an earlier kind already took a character of it.
        var byPrecedence = new List<List<PersonalDataMatch>>
        {
            Collect(IdCard18Regex(), text, normalized, TryIdCard),
            Collect(BankCardRegex(), text, normalized, TryBankCard),
            Collect(IdCard15Regex(), text, normalized, TryIdCard),
            Collect(MobileRegex(), text, normalized, TryMobile),
            Collect(LandlineRegex(), text, normalized, TryLandline),
        };

        var taken = new bool[text.Length];
        foreach (var group in byPrecedence)
        {
            foreach (var candidate in group)
            {
                if (taken.AsSpan(candidate.Start, candidate.Length).Contains(true))
                {
                    continue;
                }

                taken.AsSpan(candidate.Start, candidate.Length).Fill(true);
                candidates.Add(candidate);
            }
        }

        candidates.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return candidates;
    }

    private static bool HasEnoughDigits(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (HalfWidth.IsDigit(c) && ++count >= MinimumDigits)
            {
                return true;
            }
        }

        return false;
    }

    private delegate PersonalDataMatch? Validator(string text, string normalized, Group number, Match match);

    private static List<PersonalDataMatch> Collect(Regex regex, string text, string normalized, Validator validate)
    {
        var found = new List<PersonalDataMatch>();
        foreach (Match match in regex.Matches(normalized))
        {
            var number = match.Groups["n"];
            if (validate(text, normalized, number, match) is { } accepted)
            {
                found.Add(accepted);
            }
        }

        // Earlier first, and at one position the longer shape first (e.g. +86 with its prefix).
        found.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return found;
    }

    private static PersonalDataMatch? TryIdCard(string text, string normalized, Group number, Match match)
    {
        Span<int> positions = stackalloc int[number.Length];
        var count = SignificantPositions(normalized, number, positions);
        Span<char> id = stackalloc char[count];
        Gather(normalized, positions[..count], id);
        if (!IdCardNumber.IsValid(id))
        {
            return null;
        }

        return new(number.Index, number.Length, PersonalDataKinds.IdCard, Keep(text, positions[..count], 6, "********", 4));
    }

    private static PersonalDataMatch? TryBankCard(string text, string normalized, Group number, Match match)
    {
        Span<int> positions = stackalloc int[number.Length];
        var count = SignificantPositions(normalized, number, positions);
        Span<char> digits = stackalloc char[count];
        Gather(normalized, positions[..count], digits);
        if (BankCardNumber.IsPlausible(digits))
        {
            return new(number.Index, number.Length, PersonalDataKinds.BankCard, Keep(text, positions[..count], 4, "****", 4));
        }

        // Grouped in fours, the short group at the end may be the next number ("… 5671 3张"):
        // then the four full groups alone can still be the card.
        if (count > 16
            && normalized.AsSpan(number.Index, number.Length).ContainsAny(' ', '-')
            && BankCardNumber.IsPlausible(digits[..16]))
        {
            var length = positions[15] - number.Index + 1;
            return new(number.Index, length, PersonalDataKinds.BankCard, Keep(text, positions[..16], 4, "****", 4));
        }

        return null;
    }

    private static PersonalDataMatch? TryMobile(string text, string normalized, Group number, Match match)
    {
        // The pattern fixes the shape; the national number is the last 11 digits (after any 86).
        Span<int> positions = stackalloc int[number.Length];
        var count = SignificantPositions(normalized, number, positions);
        var national = positions[(count - 11)..count];
        return new(number.Index, number.Length, PersonalDataKinds.Mobile, Keep(text, national, 3, "****", 4));
    }

    private static PersonalDataMatch? TryLandline(string text, string normalized, Group number, Match match)
    {
        var local = match.Groups["local"];
        var visible = string.Concat(text.AsSpan(number.Index, local.Index - number.Index), "****", text.AsSpan(local.Index + local.Length - 4, 4));
        return new(number.Index, number.Length, PersonalDataKinds.Landline, visible);
    }

    /// <summary>The indexes of the digits (and a trailing X) inside the number, skipping separators.</summary>
    private static int SignificantPositions(string normalized, Group number, Span<int> positions)
    {
        var count = 0;
        for (var i = number.Index; i < number.Index + number.Length; i++)
        {
            if (char.IsAsciiDigit(normalized[i]) || normalized[i] is 'X' or 'x')
            {
                positions[count++] = i;
            }
        }

        return count;
    }

    private static void Gather(string normalized, ReadOnlySpan<int> positions, Span<char> destination)
    {
        for (var i = 0; i < positions.Length; i++)
        {
            destination[i] = normalized[positions[i]];
        }
    }

    /// <summary>The first <paramref name="head"/> and last <paramref name="tail"/> digits as written, the mask between.</summary>
    private static string Keep(string text, ReadOnlySpan<int> positions, int head, string mask, int tail)
    {
        Span<char> result = stackalloc char[head + mask.Length + tail];
        for (var i = 0; i < head; i++)
        {
            result[i] = text[positions[i]];
        }

        mask.CopyTo(result[head..]);
        for (var i = 0; i < tail; i++)
        {
            result[head + mask.Length + i] = text[positions[positions.Length - tail + i]];
        }

        return new string(result);
    }

    /// <summary>18-character ID, optionally written 6-8-4 with single spaces.</summary>
    [GeneratedRegex(@"(?<![0-9])(?=(?<n>[0-9]{6} ?[0-9]{8} ?[0-9]{3}[0-9Xx])(?![0-9]))", RegexOptions.CultureInvariant)]
    private static partial Regex IdCard18Regex();

    /// <summary>Old 15-digit ID.</summary>
    [GeneratedRegex(@"(?<![0-9])(?=(?<n>[0-9]{15})(?![0-9Xx]))", RegexOptions.CultureInvariant)]
    private static partial Regex IdCard15Regex();

    /// <summary>16-19 digits in one run, or grouped in fours by spaces or hyphens (4-4-4-4 plus 1-3).</summary>
    [GeneratedRegex(@"(?<![0-9])(?=(?<n>[0-9]{16,19}|[0-9]{4}(?:[ \-][0-9]{4}){3}(?:[ \-][0-9]{1,3})?)(?![0-9Xx]))", RegexOptions.CultureInvariant)]
    private static partial Regex BankCardRegex();

    /// <summary>
    /// 1[3-9]x xxxx xxxx with optional space, hyphen or dot between the 3-4-4 groups, optionally
    /// after +86 or 0086 (then a separator may follow) or a bare 86 written directly in front.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9])(?=(?<n>(?:(?:\+|00)86[ \-]?|86)?1[3-9][0-9][ .\-]?[0-9]{4}[ .\-]?[0-9]{4})(?![0-9]))", RegexOptions.CultureInvariant)]
    private static partial Regex MobileRegex();

    /// <summary>
    /// Area code (010, 02x or 0 + 3 digits) then a 7-8 digit local number starting 2-9: 0579-87654321,
    /// 0579 87654321, 057987654321, (0579)87654321.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9])(?=(?<n>(?:\((?:" + AreaCode + @")\) ?|(?:" + AreaCode + @")[ \-]?)(?<local>[2-9][0-9]{6,7}))(?![0-9]))", RegexOptions.CultureInvariant)]
    private static partial Regex LandlineRegex();
}
