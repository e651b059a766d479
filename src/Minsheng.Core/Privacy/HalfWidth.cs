namespace Minsheng.Core.Privacy;

/// <summary>
/// Maps the full-width forms a Chinese input method produces (０-９, Ｘ, －, ＋, （）, ．, the
/// ideographic space) to their ASCII counterparts. Every mapping is one UTF-16 unit to one, so
/// indexes into the result are indexes into the input.
/// </summary>
internal static class HalfWidth
{
    public static string Normalize(string text)
    {
        var index = text.AsSpan().IndexOfAnyInRange('\uFF01', '\uFF5E');
        if (index < 0 && !text.Contains('\u3000', StringComparison.Ordinal))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Map(source[i]);
            }
        });
    }

    /// <summary>True for 0-9 in either width.</summary>
    public static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '\uFF10' and <= '\uFF19';

    private static char Map(char c) => c switch
    {
        >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
        '\uFF38' => 'X',
        '\uFF58' => 'x',
        '\uFF0D' => '-',
        '\uFF0B' => '+',
        '\uFF08' => '(',
        '\uFF09' => ')',
        '\uFF0E' => '.',
        '\u3000' => ' ',
        _ => c,
    };
}
