using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Features.Demo;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Text;

namespace Minsheng.Benchmarks.OrderList;

/// <summary>
/// Fills a database that holds the demo county (reference data and users, no orders) with many demo
/// orders: the demo generator's orders (every status, every step an event, the full-text index text),
/// numbered per local day as intake numbers them, inserted in large batches by a fresh context each,
/// without automatic change detection.
/// </summary>
internal static class OrderListSeeder
{
    public static async Task<SeedMeasure> SeedAsync(
        IServiceProvider services, int count, int batchSize, int seed, Action<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var refs = await services.GetRequiredService<ReferenceData>().GetAsync(cancellationToken);
        var calendar = await services.GetRequiredService<CalendarProvider>().GetAsync(cancellationToken);
        var text = services.GetRequiredService<ChineseText>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

        var started = Stopwatch.GetTimestamp();
        var generator = new DemoOrderGenerator(refs, seed, now);
        var plans = generator.Plan(count);
        var targetIndexes = plans.Select(p => p.MergeTargetIndex).OfType<int>().ToHashSet();
        var targets = new Dictionary<int, WorkOrder>();
        var lastNumberOfDay = new Dictionary<string, long>(StringComparer.Ordinal);
        var batch = new List<WorkOrder>(batchSize);
        var stored = 0;
        var events = 0L;

        foreach (var plan in plans)
        {
            var target = plan.MergeTargetIndex is { } t ? targets[t] : null;
            if (target is { Id: 0 })
            {
                // A duplicate points at its original by id: store the original first.
                await FlushAsync();
            }

            // As WorkOrderNumbers hands them out: the registration's local day, then a counter per day.
            var day = (plan.RegisteredAt + calendar.UtcOffset).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var sequence = lastNumberOfDay[day] = lastNumberOfDay.GetValueOrDefault(day) + 1;
            var number = string.Create(CultureInfo.InvariantCulture, $"{day}-{sequence:D6}");
            var order = generator.Build(plan, number, text.ToIndexText(plan.Request.Title, plan.Request.Content), target);
            batch.Add(order);
            if (targetIndexes.Contains(plan.Index))
            {
                targets[plan.Index] = order;
            }

            if (batch.Count >= batchSize)
            {
                await FlushAsync();
            }
        }

        await FlushAsync();

        await using (var scope = services.CreateAsyncScope())
        {
            // Intake goes on from here without handing out a number twice.
            var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
            db.NumberSequences.AddRange(lastNumberOfDay.Select(d => new NumberSequence { Day = d.Key, LastValue = d.Value }));
            await db.SaveChangesAsync(cancellationToken);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);

        // PostgreSQL's autovacuum would gather statistics after this many inserts anyway; do it now, not at a random
        // moment during the measurement. SQLite gets nothing: the server never runs ANALYZE on it either.
        var analyzed = false;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
            if (db.Engine == DatabaseEngine.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE", cancellationToken);
                analyzed = true;
            }
        }

        return new SeedMeasure(stored, events, elapsed, analyzed);

        async Task FlushAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }

            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.WorkOrders.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            stored += batch.Count;
            events += batch.Sum(o => (long)o.Events.Count);
            batch.Clear();
            progress?.Invoke(stored);
        }
    }
}

/// <summary>What the seeding took: orders and events stored, wall time, and whether statistics were gathered afterwards.</summary>
internal sealed record SeedMeasure(int Orders, long Events, TimeSpan Elapsed, bool Analyzed)
{
    public double OrdersPerSecond => Orders / Elapsed.TotalSeconds;
}
