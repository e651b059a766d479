namespace Minsheng.Core.Privacy;

/// <summary>Bank card numbers (银行卡号): the Luhn check and what counts as a card in free text.</summary>
public static class BankCardNumber
{
    /// <summary>
    /// True when <paramref name="digits"/> is at least two ASCII digits (no separators) whose
    /// Luhn (mod 10) sum is a multiple of 10.
    /// </summary>
    public static bool PassesLuhn(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return PassesLuhn(digits.AsSpan());
    }

    internal static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2 || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var digit = digits[i] - '0';
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

        return sum % 10 == 0;
    }

    /// <summary>
    /// 16-19 digits, a financial issuer prefix and a passing Luhn check. The prefix follows the
    /// ISO/IEC 7812 major industry identifier: 3, 4, 5, 6 (UnionPay 62, Visa, Mastercard, JCB...),
    /// 9 (national use; old domestic cards such as 9558) and Mastercard's 2221-2720. Numbers
    /// starting 0, 1, 7, 8 or another 2 (airline, petroleum, telecom/SIM, date-prefixed serials
    /// like 2026...) are not cards.
    /// </summary>
    internal static bool IsPlausible(ReadOnlySpan<char> digits) =>
        digits.Length is >= 16 and <= 19 && HasIssuerPrefix(digits) && PassesLuhn(digits);

    private static bool HasIssuerPrefix(ReadOnlySpan<char> digits) => digits[0] switch
    {
        '3' or '4' or '5' or '6' or '9' => true,
        '2' => IsMastercardTwoSeries(digits[..4]),
        _ => false,
    };

    private static bool IsMastercardTwoSeries(ReadOnlySpan<char> prefix)
    {
        var value = ((prefix[0] - '0') * 1000) + ((prefix[1] - '0') * 100) + ((prefix[2] - '0') * 10) + (prefix[3] - '0');
        return value is >= 2221 and <= 2720;
    }
}
