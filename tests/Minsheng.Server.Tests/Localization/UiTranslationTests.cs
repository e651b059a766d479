using System.Text.RegularExpressions;
using System.Xml.Linq;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Localization;

/// <summary>
/// The UI is written in Chinese with the Chinese text as the key; English comes from the .en.resx beside each component
/// (UiStrings.en.resx for shared words). These tests read the sources, so a string added without its English fails here.
/// </summary>
public sealed partial class UiTranslationTests
{
    private static readonly string Components = Path.Combine(TestEnvironment.RepositoryRoot, "src", "Minsheng.Server", "Components");

    public static TheoryData<string> RazorFiles() =>
        new(Directory.EnumerateFiles(Components, "*.razor", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Components, f)).Order());

    [Theory]
    [MemberData(nameof(RazorFiles))]
    public void Every_Chinese_string_of_a_page_has_an_English_translation(string file)
    {
        var source = WithoutComments(File.ReadAllText(Path.Combine(Components, file)));
        var own = Translations(Path.ChangeExtension(Path.Combine(Components, file), ".en.resx"));
        var shared = SharedTranslations();

        var missing = new List<string>();
        foreach (Match m in LocalizerKey().Matches(source))
        {
            var dictionary = m.Groups["who"].Value == "T" ? shared : own;
            if (!dictionary.ContainsKey(Unescape(m.Groups["key"].Value)))
            {
                missing.Add($"{m.Groups["who"].Value}[\"{m.Groups["key"].Value}\"]");
            }
        }

        // Chinese literals in code (labels picked later through L[...]) need an entry in the page's or the shared file.
        var rest = LocalizerKey().Replace(source, "");
        foreach (Match m in ChineseLiteral().Matches(rest))
        {
            var key = Unescape(m.Groups["text"].Value);
            if (!own.ContainsKey(key) && !shared.ContainsKey(key))
            {
                missing.Add($"\"{key}\"");
            }
        }

        Assert.True(missing.Count == 0, $"{file}: no English for {string.Join(", ", missing)}");

        // What is left is markup text: any Chinese there bypasses the localizer.
        var untranslated = ChineseLiteral().Replace(rest, "");
        var stray = untranslated.Split('\n').Where(line => Cjk().IsMatch(line)).Select(line => line.Trim()).ToArray();
        Assert.True(stray.Length == 0, $"{file}: Chinese outside L[...]/T[...]: {string.Join(" | ", stray)}");
    }

    [Fact]
    public void The_shared_labels_in_code_have_English_translations()
    {
        var shared = SharedTranslations();
        var missing = new List<string>();
        foreach (var file in new[] { "Shared/UiText.cs", "Shared/DeadlineBadge.cs" })
        {
            var source = WithoutComments(File.ReadAllText(Path.Combine(Components, file)));
            missing.AddRange(ChineseLiteral().Matches(source).Select(m => m.Groups["text"].Value).Where(key => !shared.ContainsKey(key)));
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_English_entry_is_filled_in()
    {
        var empty = Directory.EnumerateFiles(Components, "*.en.resx", SearchOption.AllDirectories)
            .SelectMany(f => Translations(f).Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => $"{Path.GetFileName(f)}: {t.Key}"))
            .ToArray();
        Assert.Empty(empty);
    }

    private static Dictionary<string, string> SharedTranslations() =>
        Translations(Path.Combine(Components, "Shared", "UiStrings.en.resx"));

    private static Dictionary<string, string> Translations(string resx) =>
        File.Exists(resx)
            ? XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "")
            : [];

    private static string WithoutComments(string source)
    {
        source = RazorComment().Replace(source, "");
        source = BlockComment().Replace(source, "");
        return LineComment().Replace(source, "");
    }

    private static string Unescape(string text) => text.Replace("\\\"", "\"", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<who>\b[LT])\[""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"\$?""(?<text>[^""\n]*[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef][^""\n]*)""")]
    private static partial Regex ChineseLiteral();

    [GeneratedRegex(@"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();
}
