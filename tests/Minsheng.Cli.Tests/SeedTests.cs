using Minsheng.Cli.Tests.Infrastructure;

namespace Minsheng.Cli.Tests;

public sealed class SeedTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Seed_FillsAnEmptyDatabase_AndLeavesAFullOneAlone(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var first = await CliRunner.RunAsync(CliRunner.On(database, "seed", "--orders", "20"));
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Seeded", first.Out, StringComparison.Ordinal);
        Assert.Matches(@"work orders\s*│\s*20\s", first.Out);

        var second = await CliRunner.RunAsync(CliRunner.On(database, "seed", "--orders", "20"));
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("not empty", second.Out, StringComparison.Ordinal);
    }
}
