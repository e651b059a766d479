using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Benchmarks.OrderList;

internal sealed record OrderListOptions
{
    public required IReadOnlyList<DatabaseEngine> Engines { get; init; }

    /// <summary>Orders in the database.</summary>
    public int Orders { get; init; } = 100_000;

    /// <summary>Orders per SaveChanges while seeding.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>Requests per case and surface before measuring.</summary>
    public int Warmup { get; init; } = 5;

    /// <summary>Measured requests per case and surface.</summary>
    public int Iterations { get; init; } = 50;

    /// <summary>The demo generator's seed.</summary>
    public int Seed { get; init; } = 12345;

    /// <summary>A PostgreSQL server where fresh databases may be created (and dropped).</summary>
    public string? PostgresAdmin { get; init; }

    /// <summary>Leave the databases behind (their connection strings are printed).</summary>
    public bool KeepDatabases { get; init; }
}

/// <summary>Server times of one surface (the web page or the API) for one case, in ms.</summary>
/// <param name="Total">The number of matching orders the response reported.</param>
/// <param name="ClientP50">The same requests timed by the client on loopback (request sent to body read).</param>
internal sealed record SurfaceMeasure(int Total, double P50, double P95, double P99, double Max, double ClientP50);

internal sealed record CaseMeasure(ListCase Case, SurfaceMeasure Page, SurfaceMeasure Api);

internal sealed record OrderListResult(
    DatabaseEngine Engine,
    OrderListOptions Options,
    SeedMeasure Seed,
    IReadOnlyList<CaseMeasure> Cases,
    string LoadBefore,
    string LoadAfter,
    double ProcessCpu,
    double? MachineCpu,
    /// <summary>Other processes' share of the machine in the 2 s before the measurement.</summary>
    double? BackgroundCpu);
