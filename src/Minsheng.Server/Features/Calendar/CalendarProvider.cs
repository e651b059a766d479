using Microsoft.EntityFrameworkCore;
using Minsheng.Core.Calendar;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Calendar;

/// <summary>
/// The working calendar and time-limit table as stored in the database, cached until an edit
/// (in this process) invalidates them. Other processes pick up edits after <see cref="CacheLifetime"/>.
/// </summary>
public sealed class CalendarProvider(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _snapshot;

    public async Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken)).Calendar;

    public async Task<TimeLimitTable> GetTimeLimitsAsync(CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken)).TimeLimits;

    public void Invalidate() => _snapshot = null;

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_snapshot is { } current && now - current.LoadedAt < CacheLifetime)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } fresh && now - fresh.LoadedAt < CacheLifetime)
            {
                return fresh;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
            var days = await db.CalendarDays.AsNoTracking().ToListAsync(cancellationToken);
            var limits = await db.TimeLimits.AsNoTracking().ToListAsync(cancellationToken);
            var calendar = new WorkingCalendar(
                days.Select(d => new CalendarDay(d.Date, d.IsOffDay, d.Name)),
                WorkingHours.Default,
                TimeSpan.FromHours(8));
            var table = new TimeLimitTable(limits.Select(TimeLimitMapping.ToRule));
            _snapshot = new Snapshot(calendar, table, now);
            return _snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Snapshot(WorkingCalendar Calendar, TimeLimitTable TimeLimits, DateTimeOffset LoadedAt);
}
