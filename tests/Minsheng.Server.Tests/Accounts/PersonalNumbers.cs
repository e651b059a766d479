using System.Globalization;
using System.Security.Cryptography;

namespace Minsheng.Server.Tests.Accounts;

/// <summary>
/// Real-looking personal numbers for privacy tests, computed here rather than taken from the code under test:
/// mobile numbers, 18-digit ID numbers with a valid check character (GB 11643), Luhn-valid bank cards.
/// </summary>
internal static class PersonalNumbers
{
    private static readonly int[] _idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private const string IdCheckCharacters = "10X98765432";

    /// <summary>A mobile number nobody else in the test run uses: 139 and eight random digits.</summary>
    public static string UniqueMobile() =>
        "139" + RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>The check character of the first 17 digits of an ID number.</summary>
    public static char IdCheckCharacter(string first17)
    {
        Assert.Equal(17, first17.Length);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * _idWeights[i];
        }

        return IdCheckCharacters[sum % 11];
    }

    /// <summary>
    /// An 18-digit ID number (region 330784, born on <paramref name="birthDate"/>) whose check character is X;
    /// the three sequence digits are searched from <paramref name="startSequence"/> (random by default).
    /// </summary>
    public static string IdEndingInX(string birthDate = "19850612", int? startSequence = null)
    {
        var start = startSequence ?? RandomNumberGenerator.GetInt32(0, 1000);
        for (var i = 0; i < 1000; i++)
        {
            var first17 = "330784" + birthDate + ((start + i) % 1000).ToString("D3", CultureInfo.InvariantCulture);
            if (IdCheckCharacter(first17) == 'X')
            {
                return first17 + "X";
            }
        }

        throw new InvalidOperationException("no sequence number gives the check character X");
    }

    /// <summary>A card number of <paramref name="prefix"/> and random digits, completed with its Luhn check digit.</summary>
    public static string LuhnCard(string prefix = "622202", int length = 16)
    {
        var body = prefix;
        while (body.Length < length - 1)
        {
            body += RandomNumberGenerator.GetInt32(0, 10).ToString(CultureInfo.InvariantCulture);
        }

        return body + LuhnCheckDigit(body);
    }

    public static char LuhnCheckDigit(string body)
    {
        var sum = 0;
        var doubled = true; // the check digit will be appended on the right, so the rightmost body digit is doubled
        for (var i = body.Length - 1; i >= 0; i--)
        {
            var digit = body[i] - '0';
            if (doubled)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            doubled = !doubled;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    public static bool PassesLuhn(string digits) => LuhnCheckDigit(digits[..^1]) == digits[^1];

    /// <summary>"6222021234567890" → "6222 0212 3456 7890", as people write cards.</summary>
    public static string Grouped(string digits) =>
        string.Join(' ', Enumerable.Range(0, (digits.Length + 3) / 4).Select(i => digits.Substring(i * 4, Math.Min(4, digits.Length - (i * 4)))));

    /// <summary>"13912345678" → "139-1234-5678".</summary>
    public static string Hyphenated(string mobile) => $"{mobile[..3]}-{mobile[3..7]}-{mobile[7..]}";

    /// <summary>How a mobile number is shown masked: its first 3 and last 4 digits around four asterisks.</summary>
    public static string MaskedMobile(string mobile) => mobile[..3] + "****" + mobile[^4..];
}
