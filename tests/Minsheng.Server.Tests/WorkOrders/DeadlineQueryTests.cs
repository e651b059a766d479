using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

/// <summary>
/// The overdue and due-soon rule gives the same answer in memory (<see cref="DeadlineRule.Evaluate(WorkOrder, DeadlineClock)"/>)
/// and in SQL (<see cref="DeadlineRule.Overdue"/>, <see cref="DeadlineRule.DueSoon"/>) for orders in every status, with
/// deadlines passed, at the instant, due soon and far, judged at several moments (a weekday and a Friday evening).
/// </summary>
public sealed class DeadlineQueryTests
{
    /// <summary>Monday 2 March 2026, 10:00 in Beijing (the app's clock).</summary>
    private static readonly DateTime Monday = MinshengApp.DefaultNow.UtcDateTime;

    private static readonly TimeSpan[] AcceptOffsets =
        [TimeSpan.FromHours(-10), TimeSpan.FromMinutes(-1), TimeSpan.FromHours(3), TimeSpan.FromDays(1).Add(TimeSpan.FromMinutes(1)),
            new(6, 23, 0, 0)];

    private static readonly TimeSpan[] ReplyOffsets =
        [TimeSpan.FromMinutes(-1), TimeSpan.Zero, TimeSpan.FromHours(20), new(6, 23, 0, 0), TimeSpan.FromDays(30)];

    private static readonly string[] Paths =
        ["registered", "dispatched", "returned", "accepted", "replied", "awaiting-callback", "reopened-by-callback", "reopened-by-supervisor",
            "closed", "merged", "withdrawn"];

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Overdue_and_due_soon_are_the_same_in_memory_and_in_sql_for_every_status(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        await app.WithDbAsync(SeedAsync);
        var calendar = await app.Services.GetRequiredService<CalendarProvider>().GetAsync(CancellationToken.None);
        var orders = await app.WithDbAsync(db => db.WorkOrders.AsNoTracking().ToListAsync());
        Assert.All(Enum.GetValues<WorkOrderStatus>(), s => Assert.Contains(orders, o => o.Status == s));

        // Monday 10:00, Tuesday 10:01, Friday 18:00 and Sunday 10:00 (due soon then reaches to Monday 17:30).
        DateTime[] moments = [Monday, Monday.AddDays(1).AddMinutes(1), Monday.AddDays(4).AddHours(8), Monday.AddDays(6)];
        foreach (var clock in moments.Select(m => DeadlineClock.At(m, calendar)))
        {
            var overdueInMemory = orders.Where(o => DeadlineRule.Evaluate(o, clock).IsOverdue).Select(o => o.Number).Order().ToArray();
            var dueSoonInMemory = orders.Where(o => DeadlineRule.Evaluate(o, clock).IsDueSoon).Select(o => o.Number).Order().ToArray();
            var overdueInSql = await app.WithDbAsync(db =>
                db.WorkOrders.Where(DeadlineRule.Overdue(clock.Now)).Select(w => w.Number).OrderBy(n => n).ToArrayAsync());
            var dueSoonInSql = await app.WithDbAsync(db =>
                db.WorkOrders.Where(DeadlineRule.DueSoon(clock)).Select(w => w.Number).OrderBy(n => n).ToArrayAsync());

            Assert.True(overdueInMemory.Length > 0 && dueSoonInMemory.Length > 0, $"at {clock.Now:O} the cases should include both");
            Assert.Equal(overdueInMemory, overdueInSql);
            Assert.Equal(dueSoonInMemory, dueSoonInSql);
        }

        // The case the old rule missed: reopened, its new accept-by passed, its reply-by still ahead.
        var missed = orders.Where(o => o.Status == WorkOrderStatus.Reopened && o.AcceptBy < Monday && o.ReplyBy > Monday).ToArray();
        Assert.NotEmpty(missed);
        var overdueNow = await app.WithDbAsync(db => db.WorkOrders.Where(DeadlineRule.Overdue(Monday)).Select(w => w.Id).ToListAsync());
        Assert.All(missed, o => Assert.Contains(o.Id, overdueNow));
    }

    private static async Task<int> SeedAsync(MinshengDbContext db)
    {
        var unit = await db.Units.Select(u => u.Id).FirstAsync();
        var target = New(0);
        db.WorkOrders.Add(target);
        await db.SaveChangesAsync();

        var n = 1;
        foreach (var path in Paths)
        {
            foreach (var accept in AcceptOffsets)
            {
                foreach (var reply in ReplyOffsets)
                {
                    db.WorkOrders.Add(Walk(New(n++), path, unit, new Deadlines(Monday + accept, Monday + reply), target));
                }
            }
        }

        return await db.SaveChangesAsync();
    }

    private static WorkOrder New(int n) => WorkOrder.Register(
        new NewWorkOrder
        {
            Kind = RequestKind.Complaint,
            Channel = Channel.Phone,
            Title = "路灯不亮",
            Content = "小区门口路灯不亮。",
            CallbackRequired = true,
        },
        $"DL-{n:000000}", "路灯 不亮", "operator01", Monday.AddDays(-20));

    /// <summary>
    /// Walks an order to its status; the deadlines under test are the ones the last dispatch or reopen set. Earlier
    /// steps happen 20 days before, with deadlines long passed.
    /// </summary>
    private static WorkOrder Walk(WorkOrder order, string path, long unit, Deadlines deadlines, WorkOrder target)
    {
        var t = Monday.AddDays(-20);
        DateTime Next() => t = t.AddMinutes(10);
        var old = new Deadlines(Monday.AddDays(-19), Monday.AddDays(-15));
        var reopens = path.StartsWith("reopened", StringComparison.Ordinal);
        if (path != "registered")
        {
            order.Dispatch(unit, [], reopens ? old : deadlines, "dispatcher01", Next(), null);
        }

        switch (path)
        {
            case "returned":
                order.Return("不属于本单位", "handler01", Next());
                break;
            case "merged":
                order.MergeInto(target, null, "operator01", Next());
                break;
            case "withdrawn":
                order.Withdraw("市民撤回", "operator01", Next());
                break;
            case "accepted" or "replied" or "awaiting-callback" or "closed" or "reopened-by-callback" or "reopened-by-supervisor":
                order.Accept("handler01", Next());
                if (path == "accepted")
                {
                    break;
                }

                order.Reply("已处理。", "handler01", Next());
                if (path == "replied")
                {
                    break;
                }

                order.Review(true, null, "dispatcher01", Next());
                if (path == "reopened-by-callback")
                {
                    order.RecordCallback(false, Satisfaction.Unsatisfied, null, deadlines, "operator01", Next());
                }
                else if (path == "closed")
                {
                    order.Close("联系不上市民", "operator01", Next());
                }
                else if (path == "reopened-by-supervisor")
                {
                    order.Close("联系不上市民", "operator01", Next());
                    order.Reopen("市民再次来电", deadlines, "supervisor01", Next());
                }

                break;
        }

        return order;
    }
}
