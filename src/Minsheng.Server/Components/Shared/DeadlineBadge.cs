using Minsheng.Core.WorkOrders;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Components.Shared;

/// <summary>
/// The badge beside an open order whose next deadline is near or past. It names which deadline: a dispatched order
/// must first be accepted (签收), then replied to (办结); a handler acts differently on each.
/// </summary>
internal static class DeadlineBadge
{
    /// <summary>"Due soon" means the next deadline falls within this window.</summary>
    public static readonly TimeSpan SoonWindow = TimeSpan.FromHours(24);

    /// <param name="Css">The badge's style: <c>soon</c> or <c>overdue</c>.</param>
    /// <param name="Text">The Chinese label (a key of the shared strings).</param>
    /// <param name="Due">The deadline the badge is about (UTC), for its tooltip.</param>
    public sealed record Badge(string Css, string Text, DateTime? Due);

    public static Badge? For(string status, DateTime? acceptBy, DateTime? replyBy, bool overdue, DateTime now)
    {
        if (!JsonNames.TryParse<WorkOrderStatus>(status, out var s))
        {
            return null;
        }

        var awaitingAcceptance = s == WorkOrderStatus.Dispatched && acceptBy is not null;
        var openForReply = s is WorkOrderStatus.Dispatched or WorkOrderStatus.Accepted or WorkOrderStatus.Reopened;
        if (openForReply && replyBy < now)
        {
            return new Badge("overdue", "办理超期", replyBy);
        }

        if (awaitingAcceptance && acceptBy < now)
        {
            return new Badge("overdue", "签收超期", acceptBy);
        }

        if (overdue)
        {
            return new Badge("overdue", "已超期", replyBy);
        }

        if (awaitingAcceptance && acceptBy - now <= SoonWindow)
        {
            return new Badge("soon", "签收临期", acceptBy);
        }

        return openForReply && replyBy - now <= SoonWindow ? new Badge("soon", "办结临期", replyBy) : null;
    }
}
