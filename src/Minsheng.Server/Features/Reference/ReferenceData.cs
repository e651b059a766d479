using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Infrastructure.Caching;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Reference;

/// <summary>
/// Keeps a <see cref="ReferenceSnapshot"/>: reloaded after <see cref="Invalidate"/>, or refreshed after a minute
/// (see <see cref="RefreshingValue{T}"/>: an old snapshot is served while one request reloads it).
/// </summary>
public sealed class ReferenceData
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);
    private readonly RefreshingValue<ReferenceSnapshot> _snapshot;

    public ReferenceData(IServiceScopeFactory scopes, TimeProvider time)
    {
        _snapshot = new RefreshingValue<ReferenceSnapshot>(async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
            return new ReferenceSnapshot(
                await db.Regions.AsNoTracking().ToListAsync(ct),
                await db.Units.AsNoTracking().ToListAsync(ct),
                await db.Categories.AsNoTracking().ToListAsync(ct),
                await db.Responsibilities.AsNoTracking().ToListAsync(ct));
        }, CacheLifetime, time);
    }

    public Task<ReferenceSnapshot> GetAsync(CancellationToken cancellationToken) => _snapshot.GetAsync(cancellationToken);

    /// <summary>
    /// Call after saving a change to regions, units, categories or the responsibility list: the next read loads
    /// them again, so every request after the save sees the change.
    /// </summary>
    public void Invalidate() => _snapshot.Invalidate();
}
