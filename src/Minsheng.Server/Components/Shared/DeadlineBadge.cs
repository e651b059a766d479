using Minsheng.Core.WorkOrders;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Components.Shared;

/// <summary>
/// The badge beside an open order whose deadline is near or past, as <see cref="DeadlineRule"/> judges it. It names
/// which deadline: an order waiting to be signed for (dispatched or reopened) must first be accepted (签收), then
/// replied to (办结); a handler acts differently on each.
/// </summary>
internal static class DeadlineBadge
{
    /// <param name="Css">The badge's style: <c>soon</c> or <c>overdue</c>.</param>
    /// <param name="Text">The Chinese label (a key of the shared strings).</param>
    /// <param name="Due">The deadline the badge is about (UTC), for its tooltip.</param>
    public sealed record Badge(string Css, string Text, DateTime? Due);

    public static Badge? For(string status, DateTime? acceptBy, DateTime? replyBy, DeadlineClock clock) =>
        JsonNames.TryParse<WorkOrderStatus>(status, out var s) ? For(DeadlineRule.Evaluate(s, acceptBy, replyBy, clock)) : null;

    public static Badge? For(DeadlineState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.MostPressing switch
        {
            { Kind: DeadlineKind.Reply, Standing: DeadlineStanding.Overdue } d => new Badge("overdue", "办理超期", d.Due),
            { Kind: DeadlineKind.Accept, Standing: DeadlineStanding.Overdue } d => new Badge("overdue", "签收超期", d.Due),
            { Kind: DeadlineKind.Accept, Standing: DeadlineStanding.DueSoon } d => new Badge("soon", "签收临期", d.Due),
            { Kind: DeadlineKind.Reply, Standing: DeadlineStanding.DueSoon } d => new Badge("soon", "办结临期", d.Due),
            _ => null,
        };
    }
}
