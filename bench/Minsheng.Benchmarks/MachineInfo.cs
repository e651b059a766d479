using System.Globalization;
using System.Runtime.InteropServices;

namespace Minsheng.Benchmarks;

/// <summary>What the numbers were measured on, read from the running machine.</summary>
internal sealed record MachineInfo(string Cpu, int Cores, string Memory, string OperatingSystem, string Runtime, string Gc)
{
    public static MachineInfo Read()
    {
        var cpu = ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadField("/proc/meminfo", "MemTotal") is { } total
            && long.TryParse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb)
            ? string.Create(CultureInfo.InvariantCulture, $"{kb / 1024.0 / 1024.0:F1} GiB")
            : "unknown";
        var os = ReadField("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription;
        if (!os.Contains(RuntimeInformation.OSDescription, StringComparison.Ordinal))
        {
            os = $"{os} ({RuntimeInformation.OSDescription})";
        }

        var gc = System.Runtime.GCSettings.IsServerGC ? "server GC" : "workstation GC";
        return new MachineInfo(cpu, Environment.ProcessorCount, memory, os, RuntimeInformation.FrameworkDescription, gc);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Cpu}, {Cores} cores, {Memory} RAM, {OperatingSystem}, {Runtime} ({Gc})");

    private static string? ReadField(string file, string name, char separator = ':')
    {
        if (!File.Exists(file))
        {
            return null;
        }

        foreach (var line in File.ReadLines(file))
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && line[..at].Trim().Equals(name, StringComparison.Ordinal))
            {
                return line[(at + 1)..].Trim();
            }
        }

        return null;
    }
}
