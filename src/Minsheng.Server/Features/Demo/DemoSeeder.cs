using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Text;

namespace Minsheng.Server.Features.Demo;

/// <summary>
/// On first start (no units yet) fills the database with the demo county: regions, units, categories,
/// the responsibility list and <see cref="DemoSettings.Orders"/> generated orders, in one transaction.
/// </summary>
internal sealed partial class DemoSeeder(
    IOptions<DemoSettings> options,
    WorkOrderNumbers numbers,
    ChineseText text,
    TimeProvider time,
    ILogger<DemoSeeder> logger) : IDatabaseSeeder
{
    private const int BatchSize = 100;

    public async Task SeedAsync(MinshengDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = options.Value;
        if (!settings.Enabled || await db.Units.AnyAsync(cancellationToken))
        {
            return;
        }

        var started = time.GetTimestamp();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var refs = await SeedReferenceDataAsync(db, cancellationToken);
        var counts = await SeedOrdersAsync(db, refs, settings, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogSeeded(logger, DemoCounty.Name, refs.Regions.Count(r => r.Level == RegionLevel.Township),
            refs.Regions.Count(r => r.Level == RegionLevel.Village), refs.Units.Count, refs.Categories.Count,
            refs.Categories.Count(refs.IsLeaf), refs.Responsibilities.Count);
        LogOrdersSeeded(logger, counts.Values.Sum(), (long)time.GetElapsedTime(started).TotalMilliseconds);
        foreach (var (status, count) in counts.OrderBy(c => c.Key))
        {
            LogOrders(logger, WorkOrderNames.Of(status), count);
        }
    }

    private static async Task<ReferenceSnapshot> SeedReferenceDataAsync(MinshengDbContext db, CancellationToken cancellationToken)
    {
        // Parents are saved before their children so that the children can point at their ids.
        var regions = new Dictionary<string, Region>(StringComparer.Ordinal);
        foreach (var level in DemoCounty.Regions.Select(r => r.Level).Distinct().Order())
        {
            foreach (var r in DemoCounty.Regions.Where(r => r.Level == level))
            {
                var region = new Region
                {
                    Code = r.Code,
                    Name = r.Name,
                    Level = r.Level,
                    ParentId = r.ParentCode is null ? null : regions[r.ParentCode].Id,
                };
                regions[r.Code] = region;
                db.Regions.Add(region);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var hasParent in new[] { false, true })
        {
            foreach (var u in DemoCounty.Units.Where(u => (u.ParentCode is not null) == hasParent))
            {
                var unit = new Unit
                {
                    Code = u.Code,
                    Name = u.Name,
                    Kind = u.Kind,
                    ParentId = u.ParentCode is null ? null : units[u.ParentCode].Id,
                    RegionId = u.RegionCode is null ? null : regions[u.RegionCode].Id,
                };
                units[u.Code] = unit;
                db.Units.Add(unit);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var categories = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var depth in DemoCounty.Categories.Select(c => c.Code.Length).Distinct().Order())
        {
            foreach (var c in DemoCounty.Categories.Where(c => c.Code.Length == depth))
            {
                var category = new Category
                {
                    Code = c.Code,
                    Name = c.Name,
                    Keywords = c.Keywords,
                    ParentId = c.ParentCode is null ? null : categories[c.ParentCode].Id,
                };
                categories[c.Code] = category;
                db.Categories.Add(category);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var responsibilities = DemoCounty.Responsibilities.Select(r => new Responsibility
        {
            CategoryId = categories[r.CategoryCode].Id,
            RegionId = r.RegionCode is null ? null : regions[r.RegionCode].Id,
            UnitId = units[r.UnitCode].Id,
        }).ToList();
        db.Responsibilities.AddRange(responsibilities);
        await db.SaveChangesAsync(cancellationToken);

        return new ReferenceSnapshot(regions.Values, units.Values, categories.Values, responsibilities);
    }

    private async Task<Dictionary<WorkOrderStatus, int>> SeedOrdersAsync(
        MinshengDbContext db, ReferenceSnapshot refs, DemoSettings settings, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<WorkOrderStatus, int>();
        if (settings.Orders <= 0)
        {
            return counts;
        }

        var generator = new DemoOrderGenerator(refs, settings.RandomSeed, time.GetUtcNow().UtcDateTime);
        var plans = generator.Plan(settings.Orders);
        var targetIndexes = plans.Select(p => p.MergeTargetIndex).OfType<int>().ToHashSet();
        var targets = new Dictionary<int, WorkOrder>();
        var pending = 0;
        foreach (var plan in plans)
        {
            var target = plan.MergeTargetIndex is { } t ? targets[t] : null;
            if (target is { Id: 0 })
            {
                // A duplicate points at its original by id: store the original first.
                await SaveBatchAsync(db, cancellationToken);
                pending = 0;
            }

            // The number's date is the registration's local date, as if taken at intake.
            var number = await numbers.NextAsync(plan.RegisteredAt, cancellationToken);
            var order = generator.Build(plan, number, text.ToIndexText(plan.Request.Title, plan.Request.Content), target);
            db.WorkOrders.Add(order);
            if (targetIndexes.Contains(plan.Index))
            {
                targets[plan.Index] = order;
            }

            counts[order.Status] = counts.GetValueOrDefault(order.Status) + 1;
            if (++pending >= BatchSize)
            {
                await SaveBatchAsync(db, cancellationToken);
                pending = 0;
            }
        }

        await SaveBatchAsync(db, cancellationToken);
        return counts;
    }

    /// <summary>Saves and forgets a batch, so that a large demo does not pile up in the change tracker.</summary>
    private static async Task SaveBatchAsync(MinshengDbContext db, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    [LoggerMessage(EventId = 900, Level = LogLevel.Information,
        Message = "Seeded the demo county {County}: {Townships} townships, {Villages} villages and communities, {Units} units, {Categories} categories ({Leaves} leaves), {Responsibilities} responsibilities")]
    private static partial void LogSeeded(ILogger logger, string county, int townships, int villages, int units, int categories, int leaves, int responsibilities);

    [LoggerMessage(EventId = 901, Level = LogLevel.Information, Message = "Seeded {Orders} demo orders; the demo took {ElapsedMs} ms")]
    private static partial void LogOrdersSeeded(ILogger logger, int orders, long elapsedMs);

    [LoggerMessage(EventId = 902, Level = LogLevel.Information, Message = "Demo orders {Status}: {Count}")]
    private static partial void LogOrders(ILogger logger, string status, int count);
}
