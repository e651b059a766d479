using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Reference;

/// <summary>Keeps a <see cref="ReferenceSnapshot"/> fresh: reloaded after an edit here, or after a minute.</summary>
public sealed class ReferenceData(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    // A reference, not a nullable tuple: readers outside the lock must never see a half-written value.
    private volatile Loaded? _current;

    public async Task<ReferenceSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_current is { } current && now - current.LoadedAt < CacheLifetime)
        {
            return current.Snapshot;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } fresh && now - fresh.LoadedAt < CacheLifetime)
            {
                return fresh.Snapshot;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
            var snapshot = new ReferenceSnapshot(
                await db.Regions.AsNoTracking().ToListAsync(cancellationToken),
                await db.Units.AsNoTracking().ToListAsync(cancellationToken),
                await db.Categories.AsNoTracking().ToListAsync(cancellationToken),
                await db.Responsibilities.AsNoTracking().ToListAsync(cancellationToken));
            _current = new Loaded(snapshot, now);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _current = null;

    private sealed record Loaded(ReferenceSnapshot Snapshot, DateTimeOffset LoadedAt);
}
