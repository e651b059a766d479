namespace Minsheng.Server.Tests.Infrastructure;

/// <summary>What the environment offers the tests: PostgreSQL when configured; in CI everything is required.</summary>
public static class TestEnvironment
{
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable("MINSHENG_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    /// <summary>The checkout the tests run from (the folder with Minsheng.slnx), for tests that read the sources.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

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

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Minsheng.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Minsheng.slnx) was not found above the test assembly.");
    }
}
