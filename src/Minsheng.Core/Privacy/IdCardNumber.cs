namespace Minsheng.Core.Privacy;

/// <summary>
/// Mainland resident identity card numbers (居民身份证号码, GB 11643): 18 characters — a 6-digit
/// region code, the birth date yyyyMMdd, a 3-digit sequence and an ISO 7064 MOD 11-2 check
/// character (0-9 or X) — or the old 15-digit form (region, yyMMdd of a 19xx birth date, sequence).
/// </summary>
public static class IdCardNumber
{
    private const string CheckCharacters = "10X98765432";

    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// True when <paramref name="candidate"/> (exactly, no separators) is an 18-character number
    /// with a known province code, a plausible birth date (1900-2099) and the right check
    /// character (X in either case), or a 15-digit number with a known province code and a valid
    /// 19yyMMdd birth date. A leading 9 followed by a province digit (the 2023 foreigner's
    /// permanent residence card, which uses the same check) also counts as a region.
    /// </summary>
    public static bool IsValid(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return IsValid(candidate.AsSpan());
    }

    internal static bool IsValid(ReadOnlySpan<char> candidate) => candidate.Length switch
    {
        18 => IsValid18(candidate),
        15 => IsValid15(candidate),
        _ => false,
    };

    private static bool IsValid18(ReadOnlySpan<char> id)
    {
        if (!AllDigits(id[..17]) || !HasKnownRegion(id))
        {
            return false;
        }

        var year = Number(id.Slice(6, 4));
        if (year is < 1900 or > 2099 || !IsDate(year, Number(id.Slice(10, 2)), Number(id.Slice(12, 2))))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11] == char.ToUpperInvariant(id[17]);
    }

    private static bool IsValid15(ReadOnlySpan<char> id) =>
        AllDigits(id)
        && HasKnownRegion(id)
        && IsDate(1900 + Number(id.Slice(6, 2)), Number(id.Slice(8, 2)), Number(id.Slice(10, 2)));

    /// <summary>The province-level codes in use (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81-83), or 9 + a province digit.</summary>
    private static bool HasKnownRegion(ReadOnlySpan<char> id)
    {
        var province = Number(id[..2]);
        return province is (>= 11 and <= 15) or (>= 21 and <= 23) or (>= 31 and <= 37) or (>= 41 and <= 46)
            or (>= 50 and <= 54) or (>= 61 and <= 65) or 71 or (>= 81 and <= 83) or (>= 91 and <= 96);
    }

    private static bool IsDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool AllDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
