using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;

namespace Minsheng.Server.Features.Open311;

/// <summary>
/// A work order as an Open311 service request. Nothing about the requester leaves: no name, phone or email
/// fields at all, and phone, ID-card and bank-card numbers inside the text are masked.
/// </summary>
internal static class Open311Mapping
{
    public const int MaxDescriptionLength = 4000;

    /// <summary>The spec knows only open and closed: merged and withdrawn orders are closed too.</summary>
    public static bool IsClosed(WorkOrderStatus status) =>
        status is WorkOrderStatus.Closed or WorkOrderStatus.Merged or WorkOrderStatus.Withdrawn;

    public static string Status(WorkOrderStatus status) => IsClosed(status) ? "closed" : "open";

    public static Open311RequestDto ToRequest(WorkOrder order, string? latestComment, ReferenceSnapshot refs)
    {
        var category = refs.Category(order.CategoryId);
        var closed = IsClosed(order.Status);
        return new Open311RequestDto(
            order.Number,
            Status(order.Status),
            StatusNotes(order, latestComment),
            category?.Name,
            category?.Code ?? string.Empty,
            Description(order),
            refs.Unit(order.LeadUnitId)?.Name,
            ServiceNotice(order),
            Open311Dates.Format(order.RegisteredAt),
            Open311Dates.Format(closed ? order.ClosedAt ?? order.UpdatedAt : order.UpdatedAt),
            closed ? null : Open311Dates.Format(order.ReplyBy),
            Mask(order.Location.Address),
            null,
            null,
            order.Location.Latitude,
            order.Location.Longitude,
            null);
    }

    /// <summary>The title, then the content (unless it already starts with the title), masked, at most 4000 characters.</summary>
    public static string Description(WorkOrder order)
    {
        var text = order.Content.StartsWith(order.Title, StringComparison.Ordinal) ? order.Content : order.Title + "\n" + order.Content;
        text = Mask(text)!;
        return text.Length <= MaxDescriptionLength ? text : text[..(MaxDescriptionLength - 1)] + "…";
    }

    /// <summary>The status in words, the note of the latest step, and the answer once it has passed review.</summary>
    public static string StatusNotes(WorkOrder order, string? latestComment)
    {
        var notes = WorkOrderNames.Of(order.Status);
        if (!string.IsNullOrWhiteSpace(latestComment))
        {
            notes += "：" + Mask(latestComment);
        }

        if (order.Status is WorkOrderStatus.AwaitingCallback or WorkOrderStatus.Closed && !string.IsNullOrWhiteSpace(order.Answer))
        {
            notes += "。答复：" + Mask(order.Answer);
        }

        return notes;
    }

    /// <summary>FixMyStreet's finer statuses for one step of the lifecycle (mySociety servicerequestupdates extension).</summary>
    public static string UpdateStatus(WorkOrderAction action, WorkOrderStatus to) => to switch
    {
        WorkOrderStatus.Registered => "open",
        WorkOrderStatus.Dispatched or WorkOrderStatus.Returned => "investigating",
        WorkOrderStatus.Accepted => "action_scheduled",
        WorkOrderStatus.Reopened or WorkOrderStatus.Replied => "in_progress",
        WorkOrderStatus.AwaitingCallback => "fixed",
        WorkOrderStatus.Closed => action == WorkOrderAction.Close ? "closed" : "fixed",
        WorkOrderStatus.Merged => "duplicate",
        _ => "closed",
    };

    public static string? Mask(string? text) => WorkOrderMapping.Text(text, PersonalDataView.Masked);

    private static string? ServiceNotice(WorkOrder order)
    {
        if (IsClosed(order.Status))
        {
            return null;
        }

        return order.ReplyBy is { } by
            ? $"按办理时限，应于 {Open311Dates.Format(by)[..16].Replace('T', ' ')} 前办结答复。"
            : "已受理，正在分派承办单位。";
    }
}
