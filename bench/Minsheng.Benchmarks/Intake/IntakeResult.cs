using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Benchmarks.Intake;

internal sealed record IntakeBenchmarkOptions
{
    public required IReadOnlyList<DatabaseEngine> Engines { get; init; }

    public int Orders { get; init; } = 5000;

    public int Concurrency { get; init; } = 16;

    public int Warmup { get; init; } = 200;

    public int RawBatchSize { get; init; } = 500;

    /// <summary>A PostgreSQL server where fresh databases may be created (and dropped).</summary>
    public string? PostgresAdmin { get; init; }
}

/// <summary>Intake over HTTP: throughput, client-side latency (request sent to response read), CPU.</summary>
internal sealed record HttpMeasure(
    int Orders,
    int Errors,
    int Stored,
    TimeSpan Elapsed,
    double OrdersPerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    double ProcessCpu,
    double? MachineCpu,
    /// <summary>Other processes' share of the machine in the 2 s before the measured run.</summary>
    double? BackgroundCpu,
    bool WithReferenceCodes);

/// <summary>The same orders built as aggregates and inserted with AddRange + SaveChanges per batch.</summary>
internal sealed record RawMeasure(
    int Orders, int BatchSize, TimeSpan Elapsed, double OrdersPerSecond, double SegmentationPerSecond, double ProcessCpu, double? MachineCpu);

internal sealed record IntakeResult(DatabaseEngine Engine, IntakeBenchmarkOptions Options, HttpMeasure Http, RawMeasure Raw);
