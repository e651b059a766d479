using System.Diagnostics;
using System.Globalization;

namespace Minsheng.Benchmarks;

/// <summary>
/// CPU used over a measurement: by this process (client and server share it) and by the whole
/// machine (which includes a PostgreSQL server), as a share of all cores.
/// </summary>
internal sealed class CpuSampler
{
    private readonly long _startTimestamp;
    private readonly TimeSpan _startProcess;
    private readonly (long Busy, long Total)? _startMachine;

    private CpuSampler()
    {
        _startTimestamp = Stopwatch.GetTimestamp();
        _startProcess = Process.GetCurrentProcess().TotalProcessorTime;
        _startMachine = ReadMachine();
    }

    public static CpuSampler Start() => new();

    /// <returns>Shares of all cores, 0..1: this process, and the machine (null where /proc/stat is missing).</returns>
    public (double Process, double? Machine) Stop()
    {
        var elapsed = Stopwatch.GetElapsedTime(_startTimestamp);
        var process = (Process.GetCurrentProcess().TotalProcessorTime - _startProcess) / (elapsed * Environment.ProcessorCount);
        double? machine = null;
        if (_startMachine is { } start && ReadMachine() is { } end && end.Total > start.Total)
        {
            machine = (double)(end.Busy - start.Busy) / (end.Total - start.Total);
        }

        return (process, machine);
    }

    /// <summary>The "cpu" line of /proc/stat: busy and total jiffies.</summary>
    private static (long Busy, long Total)? ReadMachine()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        var line = File.ReadLines("/proc/stat").FirstOrDefault(l => l.StartsWith("cpu ", StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var values = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal guest guest_nice; guest time is already in user.
        var total = values.Take(8).Sum();
        var idle = values[3] + values[4];
        return (total - idle, total);
    }
}
