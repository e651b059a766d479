using System.Globalization;
using System.Text;
using JiebaNet.Segmenter;
using Microsoft.Extensions.ObjectPool;

namespace Minsheng.Server.Infrastructure.Text;

/// <summary>
/// Chinese text for search: normalised (full width to half width, lower case) and segmented
/// with jieba into space-separated words that FTS5 and PostgreSQL's "simple" parser index as tokens.
/// jieba.NET does not promise that one <see cref="JiebaSegmenter"/> may be used by two threads at once, so each call
/// borrows one from a pool instead of queueing behind a process-wide lock: intake, import and search segment in
/// parallel. (The dictionary and the HMM model the segmenters share are loaded once and only read.)
/// </summary>
public sealed class ChineseText
{
    private static readonly Lock InitLock = new();
    private static bool _configured;
    private readonly ObjectPool<JiebaSegmenter> _segmenters;

    public ChineseText()
    {
        EnsureConfigured();
        _segmenters = new DefaultObjectPool<JiebaSegmenter>(new DefaultPooledObjectPolicy<JiebaSegmenter>(), Environment.ProcessorCount * 2);
    }

    /// <summary>Words for the index: search mode, so both 烧烤店 and 烧烤 are found.</summary>
    public string ToIndexText(params string?[] parts)
    {
        var text = Normalize(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
        var segmenter = _segmenters.Get();
        try
        {
            return string.Join(' ', Tokens(segmenter.CutForSearch(text)));
        }
        finally
        {
            _segmenters.Return(segmenter);
        }
    }

    /// <summary>Words of a query, precise mode; every word must match.</summary>
    public IReadOnlyList<string> ToQueryTerms(string query)
    {
        var text = Normalize(query);
        var segmenter = _segmenters.Get();
        try
        {
            return Tokens(segmenter.Cut(text)).Distinct(StringComparer.Ordinal).Take(16).ToArray();
        }
        finally
        {
            _segmenters.Return(segmenter);
        }
    }

    /// <summary>Full-width letters, digits and punctuation to half width; lower case; trimmed.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var ch = c switch
            {
                '\u3000' => ' ',
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                _ => c,
            };
            builder.Append(char.ToLower(ch, CultureInfo.InvariantCulture));
        }

        return builder.ToString().Trim();
    }

    private static IEnumerable<string> Tokens(IEnumerable<string> words) =>
        words.Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
             .Where(w => w.Length > 0);

    private static void EnsureConfigured()
    {
        lock (InitLock)
        {
            if (_configured)
            {
                return;
            }

            ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources", "jieba");
            _configured = true;
        }
    }
}
