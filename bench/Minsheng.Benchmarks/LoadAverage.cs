using System.Globalization;

namespace Minsheng.Benchmarks;

/// <summary>The machine's 1-, 5- and 15-minute load averages (runnable tasks), as <c>uptime</c> shows them.</summary>
internal static class LoadAverage
{
    public static string Read()
    {
        if (!File.Exists("/proc/loadavg"))
        {
            return "n/a";
        }

        var parts = File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 ? string.Create(CultureInfo.InvariantCulture, $"{parts[0]} / {parts[1]} / {parts[2]}") : "n/a";
    }
}
