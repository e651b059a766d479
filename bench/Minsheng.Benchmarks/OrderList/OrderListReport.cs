using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Minsheng.Server.Infrastructure.Data;
using Spectre.Console;

namespace Minsheng.Benchmarks.OrderList;

/// <summary>The numbers as a console table, and as a section per engine in bench/RESULTS.md.</summary>
internal static class OrderListReport
{
    private const string Heading = "## Order list (工单查询) on a large database";

    /// <summary>The goal of issue 4: the first page in under this many ms of server time (p95).</summary>
    public const double GoalMs = 300;

    public static Table ToTable(OrderListResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new Table().Border(TableBorder.Rounded)
            .Title(F($"Order list, {Name(result.Engine)}, {result.Seed.Orders:N0} orders: server ms"));
        table.AddColumn("case");
        table.AddColumn(new TableColumn("matching").RightAligned());
        table.AddColumn(new TableColumn("page p50 / p95 / p99 / max").RightAligned());
        table.AddColumn(new TableColumn("API p50 / p95 / p99 / max").RightAligned());
        foreach (var c in result.Cases)
        {
            table.AddRow(Markup.Escape(c.Case.Name), F($"{c.Api.Total:N0}"), Times(c.Page), Times(c.Api));
        }

        return table;
    }

    /// <summary>Replaces each engine's section in <paramref name="path"/> (creating the file, the heading or the section as needed).</summary>
    public static void WriteResults(string path, IReadOnlyList<OrderListResult> results, MachineInfo machine, string command, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(machine);
        var text = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "# Benchmark results\n";
        if (!text.Contains(Heading, StringComparison.Ordinal))
        {
            text = text.TrimEnd('\n') + "\n\n" + Heading + "\n";
        }

        foreach (var result in results)
        {
            var begin = $"<!-- list:{Name(result.Engine)}:begin -->";
            var end = $"<!-- list:{Name(result.Engine)}:end -->";
            var section = begin + "\n" + Section(result, machine, command, date) + end;
            var from = text.IndexOf(begin, StringComparison.Ordinal);
            var to = text.IndexOf(end, StringComparison.Ordinal);
            if (from >= 0 && to > from)
            {
                text = text[..from] + section + text[(to + end.Length)..];
                continue;
            }

            // A new section goes after the last list section, else right after the heading.
            var lastEnd = Regex.Matches(text, @"<!-- list:[a-z]+:end -->").LastOrDefault();
            var at = lastEnd is null
                ? text.IndexOf(Heading, StringComparison.Ordinal) + Heading.Length
                : lastEnd.Index + lastEnd.Length;
            text = text[..at] + "\n\n" + section + text[at..];
        }

        File.WriteAllText(path, text.TrimEnd('\n') + "\n", new UTF8Encoding(false));
    }

    private static string Section(OrderListResult r, MachineInfo machine, string command, DateTimeOffset date)
    {
        var sb = new StringBuilder();
        sb.Append(F($"### {(r.Engine == DatabaseEngine.Sqlite ? "SQLite (temporary file, WAL)" : "PostgreSQL (fresh database)")}, {r.Seed.Orders:N0} orders\n\n"));
        sb.Append(F($"- Date: {date:yyyy-MM-dd HH:mm zzz}\n"));
        sb.Append(F($"- Command: `{command}`\n"));
        sb.Append(F($"- Machine: {machine}\n"));
        sb.Append(F($"- Load average (1 / 5 / 15 min) before the measurement: {r.LoadBefore}; after: {r.LoadAfter}. "));
        sb.Append(F($"Other processes' CPU in the 2 s before: {Share(r.BackgroundCpu)}; CPU busy during the measurement, this process / whole machine: {r.ProcessCpu:P0} / {Share(r.MachineCpu)}.\n"));
        sb.Append(F($"- Data: {r.Seed.Orders:N0} demo orders (the demo generator, seed {r.Options.Seed}: every status, the last 60 days, the demo county's categories, regions and units) "));
        sb.Append(F($"with {r.Seed.Events:N0} events, inserted through EF Core in batches of {r.Options.BatchSize:N0} in {r.Seed.Elapsed.TotalSeconds:F0} s ({r.Seed.OrdersPerSecond:N0} orders/s, segmentation included)"));
        sb.Append(r.Seed.Analyzed ? "; then `VACUUM ANALYZE`, as autovacuum would.\n" : "; no ANALYZE (the server never runs it on SQLite).\n");
        sb.Append(F($"- Measure: the real host (MinshengHost.Create) on 127.0.0.1, one request at a time, {r.Options.Warmup} warm-up then {r.Options.Iterations} measured requests per row and surface. "));
        sb.Append("**Server time**: a Stopwatch in a middleware put in front of the whole pipeline, from the request entering it to the endpoint having written the whole response. ");
        sb.Append("Page: `GET /orders?…` signed in with the cookie (Blazor static SSR, 20 rows); API: `GET /api/v1/work-orders?…` with a bearer token (20 rows). ");
        sb.Append(F($"Goal: p95 under {GoalMs:F0} ms.\n\n"));
        sb.Append("| case | user | query | matching | page p50 / p95 / p99 / max ms | API p50 / p95 / p99 / max ms | client p50 page / API ms |\n");
        sb.Append("|---|---|---|--:|--:|--:|--:|\n");
        foreach (var c in r.Cases)
        {
            var query = c.Case.Query.Length == 0 ? "(none)" : "`" + Uri.UnescapeDataString(c.Case.Query) + "`";
            sb.Append(F($"| {c.Case.Name} | {c.Case.UserName} | {query} | {c.Api.Total:N0} | {Times(c.Page, bold: true)} | {Times(c.Api, bold: true)} | {c.Page.ClientP50:F1} / {c.Api.ClientP50:F1} |\n"));
        }

        var over = r.Cases.SelectMany(c => new[] { ("page", c, c.Page), ("API", c, c.Api) }).Where(x => x.Item3.P95 >= GoalMs).ToArray();
        sb.Append('\n');
        sb.Append(over.Length == 0
            ? F($"Every case is under {GoalMs:F0} ms at p95.\n")
            : F($"Over {GoalMs:F0} ms at p95: {string.Join("; ", over.Select(x => x.Item2.Case.Name + " (" + x.Item1 + ")"))}.\n"));
        return sb.ToString();
    }

    private static string Times(SurfaceMeasure m, bool bold = false) =>
        bold ? F($"{m.P50:F1} / **{m.P95:F1}** / {m.P99:F1} / {m.Max:F1}") : F($"{m.P50:F1} / {m.P95:F1} / {m.P99:F1} / {m.Max:F1}");

    private static string Share(double? value) => value is { } v ? F($"{v:P0}") : "n/a";

    private static string Name(DatabaseEngine engine) => engine == DatabaseEngine.Sqlite ? "sqlite" : "postgres";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
