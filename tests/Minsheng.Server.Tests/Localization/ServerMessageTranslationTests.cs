using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Minsheng.Server.Components.Shared;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Localization;

/// <summary>
/// Messages the server builds with values in them reach the English UI in English: the shared strings hold each one
/// as a template ({0}, {1}), and the UI matches what the server said against them.
/// </summary>
public sealed partial class ServerMessageTranslationTests
{

    /// <summary>Where the UI's messages come from; Open311 answers machines (API only) and the seeder writes names.</summary>
    private static readonly string[] Sources =
    [
        "src/Minsheng.Core/WorkOrders", "src/Minsheng.Server/Features/WorkOrders", "src/Minsheng.Server/Features/Accounts",
        "src/Minsheng.Server/Features/Reference", "src/Minsheng.Server/Infrastructure/Web",
    ];

    private static readonly string[] NotMessages = ["AccountSeeder.cs"];

    [Theory]
    [InlineData("未知的承办单位代码 XYZ-9。", "Unknown unit code XYZ-9.")]
    [InlineData("工单当前状态为「已办结」，不能执行「签收」。", "The order is \"Closed\": \"Accept\" cannot be done now.")]
    [InlineData("当前状态不允许该操作：工单当前状态为「已派单」，不能执行「回访」。",
        "Not allowed in the order's current state: The order is \"Dispatched\": \"Callback\" cannot be done now.")]
    [InlineData("退单理由不能为空。", "Reason for return: cannot be empty.")]
    [InlineData("说明不能超过 500 字。", "A note has at most 500 characters.")]
    [InlineData("你看到的是第 3 版，工单现在是第 5 版，请刷新后重试。", "You saw version 3; the order is now at version 5. Reload and try again.")]
    [InlineData("标题不能为空。", "The title cannot be empty.")]
    [InlineData("一句没有英文的新话。", "一句没有英文的新话。")]
    public void A_message_with_values_is_translated_with_its_values(string chinese, string english)
    {
        Assert.Equal(english, InCulture("en", () => UiText.Tr(chinese)));
        Assert.Equal(chinese, InCulture("zh-CN", () => UiText.Tr(chinese)));
    }

    [Fact]
    public void Every_message_the_server_builds_with_values_has_an_English_template()
    {
        var shared = XDocument.Load(Path.Combine(TestEnvironment.RepositoryRoot, "src/Minsheng.Server/Components/Shared/UiStrings.en.resx")).Root!
            .Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var files = Sources.SelectMany(s => Directory.EnumerateFiles(Path.Combine(TestEnvironment.RepositoryRoot, s), "*.cs", SearchOption.AllDirectories))
            .Where(f => !NotMessages.Contains(Path.GetFileName(f)) && !f.Contains("Migrations", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(files);

        var missing = new List<string>();
        var found = 0;
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) || line.Contains("Log", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var template in InterpolatedTemplates(line).Where(t => Cjk().IsMatch(t)))
                {
                    found++;
                    if (!shared.Contains(template))
                    {
                        missing.Add($"{Path.GetFileName(file)}: {template}");
                    }
                }
            }
        }

        Assert.True(found > 20, $"only {found} interpolated messages found: the scan is broken");
        Assert.True(missing.Count == 0, "no English template in UiStrings.en.resx for:\n" + string.Join("\n", missing));
    }

    /// <summary>Each <c>$"…"</c> on the line with its holes numbered: <c>$"未知的{label} {part}。"</c> → <c>未知的{0} {1}。</c>.</summary>
    private static IEnumerable<string> InterpolatedTemplates(string line)
    {
        for (var start = line.IndexOf("$\"", StringComparison.Ordinal); start >= 0; start = line.IndexOf("$\"", start + 2, StringComparison.Ordinal))
        {
            var text = new StringBuilder();
            var holes = 0;
            var i = start + 2;
            for (; i < line.Length && line[i] != '"'; i++)
            {
                if (line[i] == '\\' && i + 1 < line.Length)
                {
                    text.Append(line[++i]);
                }
                else if (line[i] == '{' && i + 1 < line.Length && line[i + 1] == '{')
                {
                    text.Append('{');
                    i++;
                }
                else if (line[i] == '{')
                {
                    i = SkipHole(line, i);
                    text.Append('{').Append(holes++).Append('}');
                }
                else
                {
                    text.Append(line[i]);
                }
            }

            yield return text.ToString();
        }
    }

    /// <summary>The index of the hole's closing brace, past nested braces and string literals.</summary>
    private static int SkipHole(string line, int open)
    {
        var depth = 0;
        for (var i = open; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '"':
                    i = line.IndexOf('"', i + 1);
                    break;
                case '\'':
                    i = line.IndexOf('\'', i + 2);
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return i;
            }
        }

        return line.Length;
    }

    private static string InCulture(string name, Func<string> action)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(name);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [GeneratedRegex(@"[\u4e00-\u9fff]")]
    private static partial Regex Cjk();
}
