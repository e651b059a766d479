using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Reference;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// One order as the exports show it (CSV and Excel alike): names rather than codes, times in the hotline's local time,
/// the requester's name and phone as the reader's <see cref="PersonalDataView"/> allows.
/// The Chinese column headers are also the keys of <c>WorkOrderExportRow.en.resx</c>.
/// </summary>
public sealed class WorkOrderExportRow
{
    /// <summary>The columns in order: the property each shows, and its Chinese header.</summary>
    public static readonly IReadOnlyList<(string Property, string Header)> Columns =
    [
        (nameof(Number), "编号"),
        (nameof(Kind), "类型"),
        (nameof(Urgency), "紧急程度"),
        (nameof(Status), "状态"),
        (nameof(Title), "标题"),
        (nameof(Category), "分类"),
        (nameof(Region), "区域"),
        (nameof(LeadUnit), "主办单位"),
        (nameof(RequesterName), "诉求人"),
        (nameof(RequesterPhone), "电话"),
        (nameof(RegisteredAt), "受理时间"),
        (nameof(AcceptBy), "签收时限"),
        (nameof(ReplyBy), "办结时限"),
    ];

    public required string Number { get; init; }

    public required string Kind { get; init; }

    public required string Urgency { get; init; }

    public required string Status { get; init; }

    public string? Title { get; init; }

    public string? Category { get; init; }

    public string? Region { get; init; }

    public string? LeadUnit { get; init; }

    public string? RequesterName { get; init; }

    public string? RequesterPhone { get; init; }

    /// <summary>Local time (<c>Unspecified</c> kind), as a spreadsheet shows it.</summary>
    public DateTime RegisteredAt { get; init; }

    public DateTime? AcceptBy { get; init; }

    public DateTime? ReplyBy { get; init; }

    internal static WorkOrderExportRow From(WorkOrder order, PersonalDataView view, ReferenceSnapshot refs, TimeSpan utcOffset)
    {
        var requester = WorkOrderMapping.Requester(order.Requester, view);
        return new WorkOrderExportRow
        {
            Number = order.Number,
            Kind = WorkOrderNames.Of(order.Kind),
            Urgency = WorkOrderNames.Of(order.Urgency),
            Status = WorkOrderNames.Of(order.Status),
            Title = WorkOrderMapping.Text(order.Title, view),
            Category = refs.Category(order.CategoryId)?.Name,
            Region = refs.Region(order.RegionId)?.Name,
            LeadUnit = refs.Unit(order.LeadUnitId)?.Name,
            RequesterName = requester.Name,
            RequesterPhone = requester.Phone,
            RegisteredAt = Local(order.RegisteredAt, utcOffset),
            AcceptBy = order.AcceptBy is { } acceptBy ? Local(acceptBy, utcOffset) : null,
            ReplyBy = order.ReplyBy is { } replyBy ? Local(replyBy, utcOffset) : null,
        };
    }

    private static DateTime Local(DateTime utc, TimeSpan offset) => DateTime.SpecifyKind(utc + offset, DateTimeKind.Unspecified);
}
