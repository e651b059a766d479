namespace Minsheng.Cli.Tests.Infrastructure;

/// <summary>What the environment offers the tests: PostgreSQL when configured; in CI everything is required.</summary>
public static class TestEnvironment
{
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable("MINSHENG_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool RequireAll => Environment.GetEnvironmentVariable("MINSHENG_TEST_REQUIRE_ALL") == "1";

    /// <summary>Skips the test when something optional is missing, or fails it when the run requires everything.</summary>
    public static void Require(bool available, string what)
    {
        if (available)
        {
            return;
        }

        if (RequireAll)
        {
            Assert.Fail($"{what} is required (MINSHENG_TEST_REQUIRE_ALL=1) but not available.");
        }

        Assert.Skip($"{what} is not available; set it up to run this test.");
    }
}
