using System.Globalization;
using System.Text;
using System.Text.Json;
using MiniExcelLibs;
using Minsheng.Cli.Tests.Infrastructure;

namespace Minsheng.Cli.Tests;

/// <summary>import then export, on each engine, through the commands as a user runs them.</summary>
public sealed class ImportExportTests : IDisposable
{
    private static readonly string[] GoodTitles = ["小区楼下烧烤店油烟扰民", "咨询灵活就业人员缴纳养老保险", "人民路井盖缺失"];

    private static readonly string MixedFile = string.Join('\n',
        """{"kind":"complaint","channel":"phone","urgency":"normal","title":"小区楼下烧烤店油烟扰民","content":"幸福小区3栋楼下烧烤店每晚油烟很大，十一点后还很吵。","requester":{"name":"王女士","phone":"13812345678"},"location":{"address":"城关镇幸福小区3栋"}}""",
        """{"kind":"consultation","channel":"walk-in","title":"咨询灵活就业人员缴纳养老保险","content":"请问灵活就业人员怎么缴纳养老保险？需要哪些材料？"}""",
        "",
        """{"kind":"nonsense","title":"标题","content":"内容"}""",
        """{"kind":"complaint","title":"","content":"内容"}""",
        """{"kind":"complaint","title":"路灯不亮""",
        """{"kind":"help","channel":"wechat","urgency":"urgent","title":"人民路井盖缺失","content":"人民路100号门口井盖缺失，晚上很危险。","requester":{"anonymous":true}}""",
        """{"kind":"complaint","title":"标题","content":"内容","categoryCode":"NOPE"}""",
        """{"kind":"complaint","title":"标题","content":"内容","requester":{"phone":"call me"}}""") + "\n";

    private readonly TempFolder _files = new();

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Import_MixedFile_ImportsGoodLinesAndReportsBadOnesWithLineNumbers(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var file = _files.Write("mixed.jsonl", MixedFile);

        var run = await CliRunner.RunAsync(CliRunner.OnNew(database, "import", file));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Imported 3 orders; rejected 5 lines; skipped 1 blank lines.", run.Out, StringComparison.Ordinal);
        Assert.Contains("line 4: kind:", run.Out, StringComparison.Ordinal);
        Assert.Contains("line 5: title: 标题不能为空。", run.Out, StringComparison.Ordinal);
        Assert.Contains("line 6: body: 不是有效的 JSON", run.Out, StringComparison.Ordinal);
        Assert.Contains("line 8: categoryCode: 未知的诉求分类代码 NOPE。", run.Out, StringComparison.Ordinal);
        Assert.Contains("line 9: requester.phone:", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("line 1:", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("line 7:", run.Out, StringComparison.Ordinal);

        var export = _files.File("orders.jsonl");
        var exported = await CliRunner.RunAsync(CliRunner.On(database, "export", "--out", export));
        Assert.True(exported.ExitCode == 0, exported.ToString());
        var orders = File.ReadAllLines(export).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(GoodTitles.Order(StringComparer.Ordinal), orders.Select(o => o.GetProperty("title").GetString()!).Order(StringComparer.Ordinal));
        var consultation = orders.Single(o => o.GetProperty("kind").GetString() == "consultation");
        Assert.Equal("walk-in", consultation.GetProperty("channel").GetString());
        Assert.Equal("registered", consultation.GetProperty("status").GetString());
        var events = consultation.GetProperty("events").EnumerateArray().ToArray();
        Assert.Equal("register", Assert.Single(events).GetProperty("action").GetString());
        Assert.Equal("import", events[0].GetProperty("actor").GetString());
        var help = orders.Single(o => o.GetProperty("kind").GetString() == "help");
        Assert.Equal("urgent", help.GetProperty("urgency").GetString());
        Assert.Equal(JsonValueKind.Null, help.GetProperty("requester").GetProperty("name").ValueKind);
        Assert.All(orders, o => Assert.Matches(@"^\d{8}-\d{6}$", o.GetProperty("number").GetString()!));
        Assert.Contains("小区楼下烧烤店油烟扰民", File.ReadAllText(export), StringComparison.Ordinal); // Chinese as is, not \u escapes

        // Personal data is masked as the API masks it, unless asked for (and the export is audited either way).
        var complaint = orders.Single(o => o.GetProperty("kind").GetString() == "complaint");
        Assert.DoesNotContain("13812345678", complaint.GetProperty("requester").GetRawText(), StringComparison.Ordinal);
        var full = await CliRunner.RunAsync(CliRunner.On(database, "export", "--personal-data"));
        Assert.True(full.ExitCode == 0, full.ToString());
        Assert.Contains("\"phone\":\"13812345678\"", full.StandardOutputText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Export_Csv_HasBomHeaderAndOneRowPerOrder_AndFiltersApply(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var import = await CliRunner.RunAsync(CliRunner.OnNew(database, "import", _files.Write("mixed.jsonl", MixedFile)));
        Assert.True(import.ExitCode == 2, import.ToString());

        var csv = _files.File("orders.csv");
        var run = await CliRunner.RunAsync(CliRunner.On(database, "export", "--out", csv));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Exported 3 orders (csv)", run.Out, StringComparison.Ordinal);

        var bytes = File.ReadAllBytes(csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("id,number,kind,urgency,status,statusName,title,", lines[0], StringComparison.Ordinal);
        var complaint = Assert.Single(lines, l => l.Contains("小区楼下烧烤店油烟扰民", StringComparison.Ordinal));
        Assert.Contains(",complaint,normal,registered,", complaint, StringComparison.Ordinal);

        // The API's filters: by status, and by local registration day (to is inclusive).
        var none = await CliRunner.RunAsync(CliRunner.On(database, "export", "--format", "csv", "--status", "closed,withdrawn"));
        Assert.True(none.ExitCode == 0, none.ToString());
        Assert.Single(Encoding.UTF8.GetString(none.StandardOutput).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(8));
        var days = await CliRunner.RunAsync(CliRunner.On(database, "export", "--status", "registered",
            "--from", today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "--to", today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.True(days.ExitCode == 0, days.ToString());
        Assert.Equal(3, days.StandardOutputText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("Exported 3 orders (jsonl) to standard output", days.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, days.Out);

        var past = await CliRunner.RunAsync(CliRunner.On(database, "export", "--from", "2020-01-01", "--to", "2020-01-31"));
        Assert.True(past.ExitCode == 0, past.ToString());
        Assert.Empty(past.StandardOutput);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Export_Xlsx_IsTheWebExportsWorkbook_MaskedUnlessPersonalDataIsAskedFor(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var import = await CliRunner.RunAsync(CliRunner.OnNew(database, "import", _files.Write("mixed.jsonl", MixedFile)));
        Assert.True(import.ExitCode == 2, import.ToString());

        var masked = _files.File("orders.xlsx");
        var run = await CliRunner.RunAsync(CliRunner.On(database, "export", "--out", masked));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Exported 3 orders (xlsx)", run.Out, StringComparison.Ordinal);
        using (var workbook = File.OpenRead(masked))
        {
            var (headers, rows) = ReadWorkbook(workbook);
            Assert.Equal(["编号", "类型", "紧急程度", "状态", "标题", "分类", "区域", "主办单位", "诉求人", "电话", "受理时间", "签收时限", "办结时限"], headers);
            Assert.Equal(GoodTitles.Order(StringComparer.Ordinal), rows.Select(r => (string)r["标题"]!).Order(StringComparer.Ordinal));
            var complaint = rows.Single(r => (string)r["类型"]! == "投诉");
            Assert.Equal("138****5678", complaint["电话"]);
            Assert.IsType<DateTime>(complaint["受理时间"]);
        }

        // --personal-data gives the numbers as registered; to standard output the workbook comes whole as well.
        var full = await CliRunner.RunAsync(CliRunner.On(database, "export", "--format", "xlsx", "--personal-data"));
        Assert.True(full.ExitCode == 0, full.ToString());
        using (var workbook = new MemoryStream(full.StandardOutput))
        {
            var (_, rows) = ReadWorkbook(workbook);
            Assert.Equal(3, rows.Count);
            Assert.Equal("13812345678", rows.Single(r => (string)r["类型"]! == "投诉")["电话"]);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Import_AllGood_ExitsZero(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var good = string.Join('\n', MixedFile.Split('\n').Where(l => GoodTitles.Any(t => l.Contains(t, StringComparison.Ordinal))));
        var run = await CliRunner.RunAsync(CliRunner.OnNew(database, "import", _files.Write("good.jsonl", good), "--batch-size", "2"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Imported 3 orders; rejected 0 lines", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FileNotInUtf8_IsAPlainFatalError()
    {
        await using var database = await TestDatabase.CreateAsync(Engines.Sqlite);
        var file = _files.File("gbk.jsonl");
        byte[] gbk = [0xC4, 0xE3, 0xBA, 0xC3]; // 你好 in GBK
        File.WriteAllBytes(file, [.. "{\"kind\":\"complaint\",\"title\":\""u8.ToArray(), .. gbk, .. "\",\"content\":\"x\"}\n"u8.ToArray()]);

        var run = await CliRunner.RunAsync(CliRunner.OnNew(database, "import", file));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("not UTF-8", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _files.Dispose();

    private static (string[] Headers, IReadOnlyList<IDictionary<string, object?>> Rows) ReadWorkbook(Stream workbook)
    {
        var headerRow = (IDictionary<string, object?>)MiniExcel.Query(workbook, useHeaderRow: false, excelType: ExcelType.XLSX).First();
        workbook.Position = 0;
        var rows = MiniExcel.Query(workbook, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToArray();
        return (headerRow.Values.Select(v => (string)v!).ToArray(), rows);
    }
}
