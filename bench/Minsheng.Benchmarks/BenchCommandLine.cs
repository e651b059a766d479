namespace Minsheng.Benchmarks;

/// <summary>What every benchmark command shares: the command line that reproduces a run, and where the results go.</summary>
internal static class BenchCommandLine
{
    /// <summary>The command that reproduces the run; a connection string given on the command line is not repeated.</summary>
    public static string Command(string configuration, IReadOnlyList<string> arguments, bool postgres)
    {
        var shown = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            shown.Add(arguments[i]);
            if (arguments[i] == "--postgres" && i + 1 < arguments.Count)
            {
                shown.Add("\"$MINSHENG_TEST_POSTGRES\"");
                i++;
            }
        }

        var command = $"dotnet run -c {configuration} --project bench/Minsheng.Benchmarks -- {string.Join(' ', shown)}".TrimEnd();
        return postgres && !arguments.Contains("--postgres")
            ? $"MINSHENG_TEST_POSTGRES=<server> {command}"
            : command;
    }

    /// <summary>bench/RESULTS.md in the repository that holds the current directory, if any.</summary>
    public static string? DefaultResultsFile()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Minsheng.slnx")))
            {
                return Path.Combine(dir.FullName, "bench", "RESULTS.md");
            }
        }

        return null;
    }
}
