using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Reference;

/// <summary>Keeps a <see cref="ReferenceSnapshot"/> fresh: reloaded after <see cref="Invalidate"/>, or after a minute.</summary>
public sealed class ReferenceData(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    // A reference, not a nullable tuple: readers outside the lock must never see a half-written value.
    private volatile Loaded? _current;
    // Bumped by every invalidation, so a load that began before an edit is not kept as fresh after it.
    private long _generation;

    public async Task<ReferenceSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (IsFresh(_current, now) is { } current)
        {
            return current.Snapshot;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (IsFresh(_current, now) is { } fresh)
            {
                return fresh.Snapshot;
            }

            var generation = Interlocked.Read(ref _generation);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
            var snapshot = new ReferenceSnapshot(
                await db.Regions.AsNoTracking().ToListAsync(cancellationToken),
                await db.Units.AsNoTracking().ToListAsync(cancellationToken),
                await db.Categories.AsNoTracking().ToListAsync(cancellationToken),
                await db.Responsibilities.AsNoTracking().ToListAsync(cancellationToken));
            _current = new Loaded(snapshot, now, generation);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Call after saving a change to regions, units, categories or the responsibility list: the next read loads
    /// them again, so every request after the save sees the change.
    /// </summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _current = null;
    }

    private Loaded? IsFresh(Loaded? loaded, DateTimeOffset now) =>
        loaded is not null && loaded.Generation == Interlocked.Read(ref _generation) && now - loaded.LoadedAt < CacheLifetime
            ? loaded
            : null;

    private sealed record Loaded(ReferenceSnapshot Snapshot, DateTimeOffset LoadedAt, long Generation);
}
