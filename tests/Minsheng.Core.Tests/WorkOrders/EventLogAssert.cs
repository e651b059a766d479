using Minsheng.Core.WorkOrders;

namespace Minsheng.Core.Tests.WorkOrders;

/// <summary>Checks that an order's deadlines and on-time flags follow from its events alone.</summary>
internal static class EventLogAssert
{
    public static void Rebuilds(WorkOrder order)
    {
        DateTime? acceptBy = null;
        DateTime? replyBy = null;
        foreach (var e in order.Events.OrderBy(e => e.Sequence))
        {
            var expectedOnTime = e.Action switch
            {
                WorkOrderAction.Accept => DeadlineRule.IsMet(acceptBy, e.OccurredAt),
                WorkOrderAction.Reply => DeadlineRule.IsMet(replyBy, e.OccurredAt),
                _ => null,
            };
            Assert.True(expectedOnTime == e.OnTime, $"{order.Number} event {e.Sequence} ({e.Action}): on time {e.OnTime}, the log says {expectedOnTime}");
            (acceptBy, replyBy) = DeadlineLog.Apply(e, acceptBy, replyBy);
        }

        Assert.True((order.AcceptBy, order.ReplyBy) == (acceptBy, replyBy),
            $"{order.Number}: the order has {order.AcceptBy:O}/{order.ReplyBy:O}, its events give {acceptBy:O}/{replyBy:O}");
        Assert.Equal((acceptBy, replyBy), DeadlineLog.Replay(order.Events));
    }
}
