namespace Minsheng.Core.Tests.Calendar;

/// <summary>Locates the shared holiday-cn JSON files (../shared/data/holidays-cn relative to the repo root).</summary>
internal static class HolidayData
{
    public const string RequireAllVariable = "MINSHENG_TEST_REQUIRE_ALL";

    public static string? FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "holidays-cn");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The data directory; skips the test when it is absent, or fails when <c>MINSHENG_TEST_REQUIRE_ALL=1</c>.</summary>
    public static string RequireDirectory()
    {
        var directory = FindDirectory();
        if (directory is not null)
        {
            return directory;
        }

        var message =
            "Holiday data not found: no 'shared/data/holidays-cn' directory beside any ancestor of "
            + AppContext.BaseDirectory + " (expected ../shared/data/holidays-cn relative to the repo root).";
        if (string.Equals(Environment.GetEnvironmentVariable(RequireAllVariable), "1", StringComparison.Ordinal))
        {
            Assert.Fail(message + " " + RequireAllVariable + "=1 requires it.");
        }

        Assert.Skip(message);
        return directory!;
    }
}
