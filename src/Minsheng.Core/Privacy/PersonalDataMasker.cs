using System.Text;
using System.Text.RegularExpressions;

namespace Minsheng.Core.Privacy;

/// <summary>
/// Masks citizens' personal data (个人信息脱敏) for display, export and logs: phone numbers and
/// names in their own fields, and mobile/landline/ID/bank card numbers inside free text
/// (诉求内容, 回复). Every method is idempotent: masking a masked value changes nothing.
/// </summary>
public static partial class PersonalDataMasker
{
    /// <summary>Forms of address that stay readable: "王女士" is already not identifying.</summary>
    private static readonly string[] _honorifics = ["先生", "女士", "同志", "老师"];

    /// <summary>
    /// Masks one phone number. A mobile number — with or without spaces, hyphens or dots, with or
    /// without +86/0086/86 — becomes its first 3 and last 4 national digits around "****"
    /// ("+86 138 1234 5678" → "138****5678"). A landline with area code keeps the area code as
    /// written ("0579-87654321" → "0579-****4321", "(0579)87654321" → "(0579)****4321"). Anything
    /// else (short numbers, extensions, several numbers) is masked but for its last 2 characters.
    /// Null and empty (or blank) values come back as they are; others are trimmed.
    /// </summary>
    public static string? MaskPhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return phone;
        }

        var value = phone.Trim();
        var normalized = HalfWidth.Normalize(value);
        if (MaskedMobileRegex().IsMatch(normalized) || MaskedLandlineRegex().IsMatch(normalized))
        {
            return value;
        }

        if (PersonalDataScanner.Scan(value) is [var only]
            && only.Start == 0
            && only.Length == value.Length
            && only.Kind is PersonalDataKinds.Mobile or PersonalDataKinds.Landline)
        {
            return only.Replacement;
        }

        return MaskAllButLast(value, 2);
    }

    /// <summary>
    /// Masks a person's name, keeping its first character: "张三" → "张*", "欧阳娜娜" → "欧***"
    /// (one '*' per character, compound surnames included). A trailing 先生/女士/同志/老师 is kept
    /// and only the part before it is masked, so "王女士" stays "王女士", "王小明先生" becomes
    /// "王**先生" and "欧阳女士" becomes "欧*女士"; a bare "先生" stays as it is.
    /// A Latin-script name becomes its first letter and "***" ("John Smith" → "J***").
    /// Null and empty (or blank) values come back as they are; others are trimmed.
    /// </summary>
    public static string? MaskName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return name;
        }

        var value = name.Trim();
        foreach (var honorific in _honorifics)
        {
            if (value.EndsWith(honorific, StringComparison.Ordinal))
            {
                var stem = value[..^honorific.Length];
                var bare = stem.TrimEnd();
                return string.Concat(MaskBareName(bare), stem[bare.Length..], honorific);
            }
        }

        return MaskBareName(value);
    }

    /// <summary>
    /// Masks the personal numbers in free text and leaves every other character as it is:
    /// mobile numbers ("138****5678", separators and any +86 dropped), landlines with area code
    /// ("0579-****4321"), 18-digit IDs with a valid check digit and birth date and 15-digit IDs
    /// with a valid birth date ("330784********123X"), and bank cards of 16-19 digits (grouped in
    /// fours or not) that pass the Luhn check ("6222****0128"). Order numbers, dates, times,
    /// amounts, house numbers, postal codes and digit runs failing the checks are left alone.
    /// Full-width digits are recognised too.
    /// </summary>
    public static string MaskText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = PersonalDataScanner.Scan(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var next = 0;
        foreach (var match in matches)
        {
            result.Append(text, next, match.Start - next).Append(match.Replacement);
            next = match.End;
        }

        return result.Append(text, next, text.Length - next).ToString();
    }

    /// <summary>The kinds of personal numbers <see cref="MaskText"/> would mask in <paramref name="text"/>.</summary>
    public static PersonalDataKinds Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kinds = PersonalDataKinds.None;
        foreach (var match in PersonalDataScanner.Scan(text))
        {
            kinds |= match.Kind;
        }

        return kinds;
    }

    private static string MaskBareName(string name)
    {
        if (IsLatinName(name))
        {
            foreach (var rune in name.EnumerateRunes())
            {
                if (Rune.IsLetter(rune))
                {
                    return rune + "***";
                }
            }
        }

        var result = new StringBuilder(name.Length);
        var first = true;
        foreach (var rune in name.EnumerateRunes())
        {
            if (first)
            {
                result.Append(rune);
                first = false;
            }
            else
            {
                result.Append('*');
            }
        }

        return result.ToString();
    }

    /// <summary>Some letters, all of them Latin (Basic Latin through IPA, or Latin Extended Additional).</summary>
    private static bool IsLatinName(string name)
    {
        var letters = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            if (rune.Value is >= 0x0250 and not (>= 0x1E00 and <= 0x1EFF))
            {
                return false;
            }

            letters++;
        }

        return letters > 0;
    }

    private static string MaskAllButLast(string value, int visible)
    {
        var runes = 0;
        foreach (var unused in value.EnumerateRunes())
        {
            runes++;
        }

        var result = new StringBuilder(value.Length);
        var index = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            if (index++ < runes - visible)
            {
                result.Append('*');
            }
            else
            {
                result.Append(rune);
            }
        }

        return result.ToString();
    }

    /// <summary>A mobile number as <see cref="MaskPhone"/> writes it.</summary>
    [GeneratedRegex(@"^1[3-9][0-9]\*{4}[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex MaskedMobileRegex();

    /// <summary>A landline as <see cref="MaskPhone"/> writes it.</summary>
    [GeneratedRegex(@"^(?:\((?:010|02[0-9]|0[3-9][0-9]{2})\) ?|(?:010|02[0-9]|0[3-9][0-9]{2})[ \-]?)\*{4}[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex MaskedLandlineRegex();
}
