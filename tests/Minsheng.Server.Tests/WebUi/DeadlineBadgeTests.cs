using Minsheng.Core.Calendar;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Components.Shared;

namespace Minsheng.Server.Tests.WebUi;

public sealed class DeadlineBadgeTests
{
    /// <summary>Monday 30 November 2026, 10:00 in Beijing: due soon runs to Tuesday 10:00.</summary>
    private static readonly DateTime Now = new(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc);

    private static readonly DeadlineClock Clock = DeadlineClock.At(Now, WorkingCalendar.ChinaDefault);

    [Fact]
    public void A_dispatched_order_near_its_accept_by_says_accept_due_soon()
    {
        var badge = DeadlineBadge.For("dispatched", Now.AddHours(3), Now.AddDays(5), Clock);
        Assert.Equal(new DeadlineBadge.Badge("soon", "签收临期", Now.AddHours(3)), badge);
    }

    [Fact]
    public void A_dispatched_order_past_its_accept_by_says_accept_overdue()
    {
        var badge = DeadlineBadge.For("dispatched", Now.AddHours(-1), Now.AddDays(5), Clock);
        Assert.Equal(new DeadlineBadge.Badge("overdue", "签收超期", Now.AddHours(-1)), badge);
    }

    [Fact]
    public void An_accepted_order_near_its_reply_by_says_reply_due_soon()
    {
        var badge = DeadlineBadge.For("accepted", Now.AddDays(-2), Now.AddHours(20), Clock);
        Assert.Equal(new DeadlineBadge.Badge("soon", "办结临期", Now.AddHours(20)), badge);
    }

    [Fact]
    public void An_order_past_its_reply_by_says_reply_overdue_even_before_acceptance()
    {
        Assert.Equal("办理超期", DeadlineBadge.For("reopened", null, Now.AddMinutes(-5), Clock)?.Text);
        Assert.Equal("办理超期", DeadlineBadge.For("dispatched", Now.AddDays(-3), Now.AddMinutes(-5), Clock)?.Text);
    }

    [Fact]
    public void A_reopened_order_past_its_new_accept_by_says_accept_overdue()
    {
        var badge = DeadlineBadge.For("reopened", Now.AddHours(-1), Now.AddDays(5), Clock);
        Assert.Equal(new DeadlineBadge.Badge("overdue", "签收超期", Now.AddHours(-1)), badge);
    }

    [Theory]
    [InlineData("accepted", 30)] // reply-by more than a working day away
    [InlineData("replied", -5)] // waiting for review: the unit's deadlines no longer run
    [InlineData("closed", -5)]
    public void Otherwise_there_is_no_badge(string status, int replyInHours) =>
        Assert.Null(DeadlineBadge.For(status, null, Now.AddHours(replyInHours), Clock));
}
