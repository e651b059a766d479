using Microsoft.EntityFrameworkCore;
using Minsheng.Core.Calendar;
using Minsheng.Server.Infrastructure.Caching;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Calendar;

/// <summary>
/// The working calendar and time-limit table as stored in the database, cached until an edit (in this process)
/// invalidates them. Other processes pick up edits after <see cref="CacheLifetime"/>; an old table is served while
/// one request reloads it (<see cref="RefreshingValue{T}"/>).
/// </summary>
public sealed class CalendarProvider
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);
    private readonly RefreshingValue<Snapshot> _snapshot;

    public CalendarProvider(IServiceScopeFactory scopes, TimeProvider time)
    {
        _snapshot = new RefreshingValue<Snapshot>(async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
            var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
            var limits = await db.TimeLimits.AsNoTracking().ToListAsync(ct);
            var calendar = new WorkingCalendar(
                days.Select(d => new CalendarDay(d.Date, d.IsOffDay, d.Name)),
                WorkingHours.Default,
                TimeSpan.FromHours(8));
            return new Snapshot(calendar, new TimeLimitTable(limits.Select(TimeLimitMapping.ToRule)));
        }, CacheLifetime, time);
    }

    public async Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken) =>
        (await _snapshot.GetAsync(cancellationToken)).Calendar;

    public async Task<TimeLimitTable> GetTimeLimitsAsync(CancellationToken cancellationToken) =>
        (await _snapshot.GetAsync(cancellationToken)).TimeLimits;

    public void Invalidate() => _snapshot.Invalidate();

    private sealed record Snapshot(WorkingCalendar Calendar, TimeLimitTable TimeLimits);
}
