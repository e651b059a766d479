using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

/// <summary>
/// The response and on-time rates can be rebuilt from the event log alone: after a round trip through the database,
/// every demo order's deadlines follow from its events, and each accept and reply says whether it met the deadline
/// the events before it set.
/// </summary>
public sealed class EventLogRebuildTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_demo_orders_deadlines_and_on_time_flags_rebuild_from_its_events(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine, demoOrders: 300);
        var orders = await app.WithDbAsync(db => db.WorkOrders.AsNoTracking().Include(w => w.Events).ToListAsync());
        Assert.Equal(300, orders.Count);

        foreach (var order in orders)
        {
            DateTime? acceptBy = null;
            DateTime? replyBy = null;
            foreach (var e in order.Events.OrderBy(e => e.Sequence))
            {
                var expected = e.Action switch
                {
                    WorkOrderAction.Accept => DeadlineRule.IsMet(acceptBy, e.OccurredAt),
                    WorkOrderAction.Reply => DeadlineRule.IsMet(replyBy, e.OccurredAt),
                    _ => null,
                };
                Assert.True(expected == e.OnTime, $"{order.Number} #{e.Sequence} {e.Action}: on time {e.OnTime}, the log says {expected}");
                (acceptBy, replyBy) = DeadlineLog.Apply(e, acceptBy, replyBy);
            }

            Assert.True((order.AcceptBy, order.ReplyBy) == (acceptBy, replyBy),
                $"{order.Number} ({order.Status}): the order has {order.AcceptBy:O} / {order.ReplyBy:O}, its events give {acceptBy:O} / {replyBy:O}");
        }

        // The demo has late accepts and late replies, so the flags are not all one way.
        var flags = orders.SelectMany(o => o.Events).Where(e => e.OnTime is not null).ToArray();
        Assert.Contains(flags, e => e.Action == WorkOrderAction.Accept && e.OnTime == false);
        Assert.Contains(flags, e => e.Action == WorkOrderAction.Reply && e.OnTime == false);
        Assert.Contains(flags, e => e.Action == WorkOrderAction.Reply && e.OnTime == true);
    }
}
