namespace Minsheng.Benchmarks;

internal static class Percentiles
{
    /// <summary>Nearest rank on sorted values.</summary>
    public static double Of(double[] sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
