using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

/// <summary>
/// The 协办 look-up goes through each engine's index (SQLite: a table kept by triggers; PostgreSQL: GIN over the
/// array). Whatever wrote the orders, it must find exactly the orders whose assisting units include the unit.
/// </summary>
public sealed class AssistedOrdersIndexTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_demo_order_is_found_by_each_of_its_assisting_units_and_by_no_other(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine, demoOrders: 400);
        var orders = await app.WithDbAsync(db => db.WorkOrders.AsNoTracking().Select(w => new { w.Id, w.AssistingUnitIds }).ToListAsync());
        var units = await app.WithDbAsync(db => db.Units.AsNoTracking().Select(u => u.Id).ToListAsync());
        Assert.True(orders.Count(o => o.AssistingUnitIds.Count > 0) >= 5, "the demo county should have orders with 协办 units");

        foreach (var unit in units)
        {
            var expected = orders.Where(o => o.AssistingUnitIds.Contains(unit)).Select(o => o.Id).Order().ToArray();
            var found = await app.WithDbAsync(db => db.WorkOrders.Where(AssistedOrders.By(db, [unit])).Select(w => w.Id).OrderBy(id => id).ToArrayAsync());
            Assert.True(expected.SequenceEqual(found), $"unit {unit}: found [{string.Join(",", found)}], expected [{string.Join(",", expected)}]");
        }
    }
}
