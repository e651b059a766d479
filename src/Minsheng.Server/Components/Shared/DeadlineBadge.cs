using Minsheng.Core.WorkOrders;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Components.Shared;

/// <summary>临期 / 超期: the badge beside an open order whose next deadline is near or past.</summary>
internal static class DeadlineBadge
{
    /// <summary>"Due soon" means the next deadline falls within this window.</summary>
    public static readonly TimeSpan SoonWindow = TimeSpan.FromHours(24);

    public static (string Css, string Text)? For(string status, DateTime? acceptBy, DateTime? replyBy, bool overdue, DateTime now)
    {
        if (!JsonNames.TryParse<WorkOrderStatus>(status, out var s))
        {
            return null;
        }

        if (overdue)
        {
            return ("overdue", s == WorkOrderStatus.Dispatched && acceptBy < now && !(replyBy < now) ? "签收超期" : "已超期");
        }

        var next = s switch
        {
            WorkOrderStatus.Dispatched => acceptBy ?? replyBy,
            WorkOrderStatus.Accepted or WorkOrderStatus.Reopened => replyBy,
            _ => null,
        };
        return next is { } by && by - now <= SoonWindow ? ("soon", "即将到期") : null;
    }
}
