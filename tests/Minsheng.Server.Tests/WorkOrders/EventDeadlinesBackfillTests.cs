using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

/// <summary>
/// Migration EventDeadlines backfills the typed event columns for rows written before it: from the old outcome JSON
/// (a reply's onTime, an approved extension's until) and from what the orders' own columns still show.
/// </summary>
public sealed class EventDeadlinesBackfillTests
{
    private const string Before = "AssistingUnitIndex";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Old_rows_get_every_value_that_can_be_derived_and_no_wrong_one(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine, demoOrders: 200);
        var truth = await app.WithDbAsync(db => db.WorkOrders.AsNoTracking().Include(w => w.Events).ToListAsync());

        // Back to the schema before the columns, with replies written the old way ({"onTime":…} in the outcome).
        await app.WithDbAsync(async db =>
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            Assert.EndsWith("_" + Before, (await db.Database.GetAppliedMigrationsAsync()).Last(), StringComparison.Ordinal);
            foreach (var reply in truth.SelectMany(o => o.Events).Where(e => e.Action == WorkOrderAction.Reply))
            {
                var outcome = reply.OnTime == true ? """{"onTime":true}""" : """{"onTime":false}""";
                await db.Database.ExecuteSqlAsync($"UPDATE work_order_events SET outcome = {outcome} WHERE id = {reply.Id}");
            }

            await db.GetService<IMigrator>().MigrateAsync();
            return 0;
        });

        var backfilled = (await app.WithDbAsync(db => db.WorkOrders.AsNoTracking().Include(w => w.Events).ToListAsync()))
            .ToDictionary(o => o.Id);
        foreach (var order in truth)
        {
            var after = backfilled[order.Id];
            foreach (var (was, now) in order.Events.OrderBy(e => e.Sequence).Zip(after.Events.OrderBy(e => e.Sequence)))
            {
                var where = $"{order.Number} #{was.Sequence} {was.Action}";
                Assert.True(now.AcceptBy is null || now.AcceptBy == was.AcceptBy, $"{where}: accept-by {now.AcceptBy:O}, was {was.AcceptBy:O}");
                Assert.True(now.ReplyBy is null || now.ReplyBy == was.ReplyBy, $"{where}: reply-by {now.ReplyBy:O}, was {was.ReplyBy:O}");
                Assert.True(now.OnTime is null || now.OnTime == was.OnTime, $"{where}: on time {now.OnTime}, was {was.OnTime}");
                if (was.Action == WorkOrderAction.Reply || (was.Action == WorkOrderAction.ExtensionDecision && was.ReplyBy is not null))
                {
                    Assert.True((now.ReplyBy, now.OnTime) == (was.ReplyBy, was.OnTime), $"{where}: the outcome JSON held it");
                }
            }

            // The events that set the deadlines the order holds now are backfilled, so the log gives them again.
            Assert.Equal((order.AcceptBy, order.ReplyBy), DeadlineLog.Replay(after.Events));
        }
    }
}
