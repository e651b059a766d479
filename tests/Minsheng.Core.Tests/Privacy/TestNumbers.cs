namespace Minsheng.Core.Tests.Privacy;

/// <summary>Builds valid test numbers independently of the code under test.</summary>
internal static class TestNumbers
{
    private static readonly int[] _idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A valid 18-character ID: a valid birth date, region 330784 (永康市), sequence 123.</summary>
    public static string ValidId { get; } = IdCard("33078419900101123");

    /// <summary>A valid 18-character ID whose check character is X.</summary>
    public static string ValidIdEndingInX { get; } = IdCard("33078419850612101");

    /// <summary>An old 15-digit ID: region 330784, born 1985-06-12, sequence 123.</summary>
    public const string OldId = "330784850612123";

    /// <summary>18 digits shaped like an ID but with the wrong check digit (and failing Luhn too).</summary>
    public const string IdWithWrongCheckDigit = "330784199001011234";

    /// <summary>A 19-digit UnionPay card passing Luhn, written in groups of four.</summary>
    public const string GroupedCard19 = "6222 0212 3456 7890 128";

    /// <summary>A 16-digit card passing Luhn.</summary>
    public static string Card16 { get; } = LuhnComplete("622848001234567");

    /// <summary>The same 16 digits with a wrong last digit.</summary>
    public static string Card16FailingLuhn { get; } = Card16[..^1] + (char)('0' + ((Card16[^1] - '0' + 1) % 10));

    public static string IdCard(string first17) => first17 + CheckCharacter(first17);

    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * _idWeights[i];
        }

        return "10X98765432"[sum % 11];
    }

    /// <summary><paramref name="body"/> followed by the digit that makes it pass Luhn.</summary>
    public static string LuhnComplete(string body)
    {
        for (var digit = '0'; digit <= '9'; digit++)
        {
            var candidate = body + digit;
            if (Luhn(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    public static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (digit * 2 > 9 ? (digit * 2) - 9 : digit * 2) : digit;
        }

        return sum % 10 == 0;
    }
}
