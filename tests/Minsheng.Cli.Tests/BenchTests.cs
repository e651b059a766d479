using Minsheng.Cli.Tests.Infrastructure;

namespace Minsheng.Cli.Tests;

/// <summary>A smoke run of the intake benchmark: the real host, real HTTP, a handful of orders.</summary>
public sealed class BenchTests
{
    [Fact]
    public async Task BenchIntake_TinyRunOnSqlite_ReportsTheNumbers()
    {
        using var files = new TempFolder();
        var results = files.File("RESULTS.md");

        var run = await CliRunner.RunAsync("bench", "intake", "--provider", "sqlite", "--orders", "30", "--concurrency", "3", "--warmup", "3", "--results", results);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("HTTP orders/s", run.Out, StringComparison.Ordinal);
        var markdown = File.ReadAllText(results);
        Assert.Contains("<!-- intake:sqlite:begin -->", markdown, StringComparison.Ordinal);
        Assert.Contains("30 by 3 concurrent clients; 0 errors; 30 stored", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchList_TinyRunOnSqlite_MeasuresEveryCaseOnPageAndApi()
    {
        using var files = new TempFolder();
        var results = files.File("RESULTS.md");

        var run = await CliRunner.RunAsync("bench", "list", "--provider", "sqlite", "--orders", "200", "--warmup", "1", "--iterations", "3", "--results", results);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Order list, sqlite, 200 orders", run.Out, StringComparison.Ordinal);
        var markdown = File.ReadAllText(results);
        Assert.Contains("<!-- list:sqlite:begin -->", markdown, StringComparison.Ordinal);
        Assert.Contains("### SQLite (temporary file, WAL), 200 orders", markdown, StringComparison.Ordinal);
        // One row per case, each with the number of matching orders the page and the API agreed on.
        Assert.Contains("| no filter, newest first | operator01 | (none) | 200 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| handler01 (one department) | handler01 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| sort by deadline (replyBy) | operator01 | `sort=replyBy` | 200 |", markdown, StringComparison.Ordinal);
        Assert.Contains("`q=物业`", markdown, StringComparison.Ordinal);
    }
}
