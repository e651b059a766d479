using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Minsheng.Server.Infrastructure.Data;
using Spectre.Console;

namespace Minsheng.Benchmarks.Intake;

/// <summary>The numbers as a console table, and as a section per engine in bench/RESULTS.md.</summary>
internal static class IntakeReport
{
    private const string FileHeader = """
        # Benchmark results

        Numbers measured on a real machine by the programs in bench/. Each section is rewritten by
        the run that measured it; text outside the marked sections is kept.

        ## Intake (受理)

        """;

    public static Table ToTable(IReadOnlyList<IntakeResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var table = new Table().Border(TableBorder.Rounded).Title("Intake (受理)");
        table.AddColumn("measure");
        foreach (var r in results)
        {
            table.AddColumn(new TableColumn(Name(r.Engine)).RightAligned());
        }

        Row("orders over HTTP / clients", r => F($"{r.Http.Orders} / {r.Options.Concurrency}"));
        Row("errors", r => F($"{r.Http.Errors}"));
        Row("HTTP orders/s", r => F($"{r.Http.OrdersPerSecond:N0}"));
        Row("latency p50 ms", r => F($"{r.Http.P50Ms:F1}"));
        Row("latency p95 ms", r => F($"{r.Http.P95Ms:F1}"));
        Row("latency p99 ms", r => F($"{r.Http.P99Ms:F1}"));
        Row("latency max ms", r => F($"{r.Http.MaxMs:F1}"));
        Row("CPU process / machine", r => Cpu(r.Http));
        Row("other processes' CPU just before", r => Background(r.Http));
        Row(F($"raw EF insert orders/s ({results.FirstOrDefault()?.Raw.BatchSize}/batch)"), r => F($"{r.Raw.OrdersPerSecond:N0}"));
        Row("raw insert CPU process / machine", r => Cpu(r.Raw.ProcessCpu, r.Raw.MachineCpu));
        Row("jieba alone orders/s (1 thread)", r => F($"{r.Raw.SegmentationPerSecond:N0}"));
        return table;

        void Row(string measure, Func<IntakeResult, string> value) =>
            table.AddRow([measure, .. results.Select(value)]);
    }

    /// <summary>Replaces each engine's section in <paramref name="path"/> (creating the file or the section as needed).</summary>
    public static void WriteResults(string path, IReadOnlyList<IntakeResult> results, MachineInfo machine, string command, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(machine);
        var text = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : FileHeader;
        foreach (var result in results)
        {
            var begin = $"<!-- intake:{Name(result.Engine)}:begin -->";
            var end = $"<!-- intake:{Name(result.Engine)}:end -->";
            var section = begin + "\n" + Section(result, machine, command, date) + end;
            var from = text.IndexOf(begin, StringComparison.Ordinal);
            var to = text.IndexOf(end, StringComparison.Ordinal);
            if (from >= 0 && to > from)
            {
                text = text[..from] + section + text[(to + end.Length)..];
                continue;
            }

            // A new section goes after the last intake section, else at the end.
            var lastEnd = Regex.Matches(text, @"<!-- intake:[a-z]+:end -->").LastOrDefault();
            text = lastEnd is null
                ? text.TrimEnd('\n') + "\n\n" + section + "\n"
                : text[..(lastEnd.Index + lastEnd.Length)] + "\n\n" + section + text[(lastEnd.Index + lastEnd.Length)..];
        }

        File.WriteAllText(path, text.TrimEnd('\n') + "\n", new UTF8Encoding(false));
    }

    private static string Section(IntakeResult r, MachineInfo machine, string command, DateTimeOffset date)
    {
        var h = r.Http;
        var raw = r.Raw;
        var sb = new StringBuilder();
        sb.Append(F($"### {(r.Engine == DatabaseEngine.Sqlite ? "SQLite (temporary file, WAL)" : "PostgreSQL (fresh database)")}\n\n"));
        sb.Append(F($"- Date: {date:yyyy-MM-dd HH:mm zzz}\n"));
        sb.Append(F($"- Command: `{command}`\n"));
        sb.Append(F($"- Machine: {machine}\n"));
        sb.Append(F($"- Setup: the real host (MinshengHost.Create) on 127.0.0.1, logging at Warning, clients signed in as the demo operator (bearer token), the demo county's reference data "));
        sb.Append(h.WithReferenceCodes ? "(bodies carry its region and category codes)" : "(it had no regions or categories: bodies carry no codes)");
        sb.Append(F($", {r.Options.Warmup} warm-up orders first; the clients run in the same process as the server.\n\n"));
        sb.Append("| measure | value |\n|---|---|\n");
        sb.Append(F($"| orders registered over HTTP | {h.Orders:N0} by {r.Options.Concurrency} concurrent clients; {h.Errors} errors; {h.Stored:N0} stored |\n"));
        sb.Append(F($"| throughput | **{h.OrdersPerSecond:N0} orders/s** ({h.Elapsed.TotalSeconds:F2} s) |\n"));
        sb.Append(F($"| latency p50 / p95 / p99 / max | {h.P50Ms:F1} / {h.P95Ms:F1} / {h.P99Ms:F1} / {h.MaxMs:F1} ms |\n"));
        sb.Append(F($"| CPU busy during the run: this process (clients + server) / whole machine | {Cpu(h)} |\n"));
        sb.Append(F($"| other processes' CPU in the 2 s before the run (machine minus this process) | {Background(h)} |\n"));
        sb.Append(F($"| raw EF Core insert of the same orders (AddRange + SaveChanges, {raw.BatchSize} per batch, fresh database) | **{raw.OrdersPerSecond:N0} orders/s** ({raw.Orders:N0} in {raw.Elapsed.TotalSeconds:F2} s; each order is one work_orders row and one work_order_events row, plus the full-text index; CPU process / machine {Cpu(raw.ProcessCpu, raw.MachineCpu)}) |\n"));
        sb.Append(F($"| jieba segmentation of the same orders, one thread | {raw.SegmentationPerSecond:N0} orders/s |\n"));
        return sb.ToString();
    }

    private static string Cpu(HttpMeasure h) => Cpu(h.ProcessCpu, h.MachineCpu);

    private static string Cpu(double process, double? machine) =>
        machine is { } m ? F($"{process:P0} / {m:P0}") : F($"{process:P0} / n/a");

    private static string Background(HttpMeasure h) => h.BackgroundCpu is { } b ? F($"{b:P0}") : "n/a";

    private static string Name(DatabaseEngine engine) => engine == DatabaseEngine.Sqlite ? "sqlite" : "postgres";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
