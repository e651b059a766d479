using Minsheng.Cli.Tests.Infrastructure;

namespace Minsheng.Cli.Tests;

/// <summary>What a user sees when they ask for help or get something wrong: plain messages and exit codes.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Help_ListsTheCommands()
    {
        var run = await CliRunner.RunAsync("--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var command in new[] { "seed", "import", "export", "bench" })
        {
            Assert.Contains(command, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_OfACommand_ShowsTheGlobalOptions()
    {
        var run = await CliRunner.RunAsync("export", "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("--provider", run.Out, StringComparison.Ordinal);
        Assert.Contains("--connection", run.Out, StringComparison.Ordinal);
        Assert.Contains("--format", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("export", "--format", "xml")]
    [InlineData("export", "--status", "sleeping")]
    [InlineData("export", "--from", "1 March")]
    [InlineData("import")]
    [InlineData("seed", "--orders", "many")]
    [InlineData("seed", "--provider", "mysql")]
    [InlineData("import", "x.jsonl", "--no-such-option")]
    public async Task BadCommandLine_ExitsNonZeroWithAMessage(params string[] args)
    {
        var run = await CliRunner.RunAsync(args);

        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.NotEqual(string.Empty, (run.Out + run.Error).Trim());
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_IsAPlainFatalError()
    {
        var run = await CliRunner.RunAsync("import", Path.Combine(Path.GetTempPath(), "minsheng-no-such-file.jsonl"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("File not found", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_WithoutAConnectionString_IsAPlainFatalError()
    {
        using var files = new TempFolder();
        var run = await CliRunner.RunAsync("import", files.Write("empty.jsonl", string.Empty), "--provider", "postgres");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("ConnectionStrings", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Out + run.Error, StringComparison.Ordinal);
    }
}
