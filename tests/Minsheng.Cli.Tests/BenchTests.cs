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
}
