using System.Text;

namespace Minsheng.Core.Text;

/// <summary>
/// The pinyin initials of Chinese text (城市管理 → csgl), so an operator can find a category by typing a few letters.
/// GB2312 orders its 3,755 level-one characters (the common ones) by pinyin, so the initial of such a character follows
/// from its code point in GB2312. Level-two characters (ordered by radical) and polyphones beyond their first reading are
/// not covered; letters and digits pass through lower-cased, everything else is dropped.
/// </summary>
public static class PinyinInitials
{
    private static readonly Encoding Gb2312 = CreateGb2312();

    // The first GB2312 code (high byte * 256 + low byte) of each initial's block; no pinyin starts with i, u or v.
    private static readonly (int From, char Initial)[] Blocks =
    [
        (0xB0A1, 'a'), (0xB0C5, 'b'), (0xB2C1, 'c'), (0xB4EE, 'd'), (0xB6EA, 'e'), (0xB7A2, 'f'), (0xB8C1, 'g'), (0xB9FE, 'h'),
        (0xBBF7, 'j'), (0xBFA6, 'k'), (0xC0AC, 'l'), (0xC2E8, 'm'), (0xC4C3, 'n'), (0xC5B6, 'o'), (0xC5BE, 'p'), (0xC6DA, 'q'),
        (0xC8BB, 'r'), (0xC8F6, 's'), (0xCBFA, 't'), (0xCDDA, 'w'), (0xCEF4, 'x'), (0xD1B9, 'y'), (0xD4D1, 'z'),
    ];

    private const int LevelOneEnd = 0xD7F9;

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                result.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (c < '\u4e00' || c > '\u9fff' || Initial(c, bytes) is not { } initial)
            {
                continue;
            }

            result.Append(initial);
        }

        return result.ToString();
    }

    private static char? Initial(char c, Span<byte> bytes)
    {
        ReadOnlySpan<char> one = [c];
        if (Gb2312.GetBytes(one, bytes) != 2)
        {
            return null;
        }

        var code = (bytes[0] << 8) | bytes[1];
        if (code < Blocks[0].From || code > LevelOneEnd)
        {
            return null;
        }

        var initial = Blocks[0].Initial;
        foreach (var (from, letter) in Blocks)
        {
            if (code < from)
            {
                break;
            }

            initial = letter;
        }

        return initial;
    }

    private static Encoding CreateGb2312()
    {
        // Characters outside GB2312 become "?" (one byte) and are skipped above.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("gb2312", EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
