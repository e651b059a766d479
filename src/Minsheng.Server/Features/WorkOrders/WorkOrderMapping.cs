using Minsheng.Core.Privacy;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Features.WorkOrders;

internal static class WorkOrderMapping
{
    /// <summary>The order as <paramref name="actor"/> may see it, with the actions they may take next.</summary>
    public static WorkOrderDto ToDtoFor(this WorkOrder order, Actor actor, ReferenceSnapshot refs, DateTime now, string? mergedIntoNumber) =>
        order.ToDto(refs, now, mergedIntoNumber, includeEvents: true, PersonalDataViews.For(actor, order), ActionPermissions.AllowedFor(actor, order));

    public static WorkOrderDto ToDto(this WorkOrder order, ReferenceSnapshot refs, DateTime now, string? mergedIntoNumber, bool includeEvents,
        PersonalDataView view, IReadOnlyList<WorkOrderAction> allowedActions)
    {
        var region = refs.Region(order.RegionId);
        return new WorkOrderDto(
            order.Id,
            order.Number,
            JsonNames.Of(order.Kind),
            JsonNames.Of(order.Channel),
            JsonNames.Of(order.Urgency),
            JsonNames.Of(order.Status),
            WorkOrderNames.Of(order.Status),
            Text(order.Title, view)!,
            Text(order.Content, view)!,
            Requester(order.Requester, view),
            new LocationDto(order.Location.Address, order.Location.Latitude, order.Location.Longitude, Ref(region)),
            Ref(refs.Category(order.CategoryId)),
            Ref(refs.Unit(order.LeadUnitId)),
            order.AssistingUnitIds.Select(id => refs.Unit(id)).OfType<Unit>().Select(u => Ref(u)!).ToArray(),
            new DeadlinesDto(order.AcceptBy, order.ReplyBy,
                DeadlineRule.IsAcceptOverdue(order.Status, order.AcceptBy, now), DeadlineRule.IsReplyOverdue(order.Status, order.ReplyBy, now),
                order.PendingExtensionUntil, order.PendingExtensionReason),
            order.RegisteredAt,
            order.DispatchedAt,
            order.AcceptedAt,
            order.RepliedAt,
            order.ClosedAt,
            Text(order.Answer, view),
            order.CallbackRequired,
            new CallbackResultDto(order.Solved, order.Satisfaction is { } s ? JsonNames.Of(s) : null),
            order.ReturnCount,
            order.ReopenCount,
            mergedIntoNumber,
            order.Version,
            allowedActions.Select(JsonNames.Of).ToArray(),
            includeEvents ? order.Events.OrderBy(e => e.Sequence).Select(e => e.ToDto(refs, view)).ToArray() : null);
    }

    /// <summary>Free text with phone, ID-card and bank-card numbers masked unless the view is full.</summary>
    public static string? Text(string? text, PersonalDataView view) =>
        text is null || view == PersonalDataView.Full ? text : PersonalDataMasker.MaskText(text);

    public static RequesterDto Requester(Requester requester, PersonalDataView view) => view switch
    {
        PersonalDataView.Full => new RequesterDto(requester.Name, requester.Phone, JsonNames.Of(requester.Type), requester.IsConfidential, requester.IsAnonymous),
        PersonalDataView.Hidden => new RequesterDto(null, null, JsonNames.Of(requester.Type), requester.IsConfidential, requester.IsAnonymous),
        _ => new RequesterDto(PersonalDataMasker.MaskName(requester.Name), PersonalDataMasker.MaskPhone(requester.Phone),
            JsonNames.Of(requester.Type), requester.IsConfidential, requester.IsAnonymous),
    };

    public static WorkOrderSummaryDto ToSummary(this WorkOrder order, ReferenceSnapshot refs, DateTime now, PersonalDataView view) => new(
        order.Id,
        order.Number,
        JsonNames.Of(order.Kind),
        JsonNames.Of(order.Urgency),
        JsonNames.Of(order.Status),
        WorkOrderNames.Of(order.Status),
        Text(order.Title, view)!,
        Ref(refs.Category(order.CategoryId)),
        Ref(refs.Region(order.RegionId)),
        Ref(refs.Unit(order.LeadUnitId)),
        order.RegisteredAt,
        order.AcceptBy,
        order.ReplyBy,
        DeadlineRule.IsOverdue(order.Status, order.AcceptBy, order.ReplyBy, now),
        order.Version);

    public static WorkOrderEventDto ToDto(this WorkOrderEvent e, ReferenceSnapshot refs, PersonalDataView view) => new(
        e.Sequence,
        JsonNames.Of(e.Action),
        WorkOrderNames.Of(e.Action),
        e.FromStatus is { } from ? JsonNames.Of(from) : null,
        JsonNames.Of(e.ToStatus),
        e.Actor,
        e.OccurredAt,
        Ref(refs.Unit(e.FromUnitId)),
        Ref(refs.Unit(e.ToUnitId)),
        Text(e.Comment, view),
        e.Outcome,
        e.AcceptBy,
        e.ReplyBy,
        e.OnTime,

        ActorNames.Default(e.Actor));


    private static ReferenceDto? Ref(Region? r) => r is null ? null : new ReferenceDto(r.Id, r.Code, r.Name);

    private static ReferenceDto? Ref(Unit? u) => u is null ? null : new ReferenceDto(u.Id, u.Code, u.Name);

    private static ReferenceDto? Ref(Category? c) => c is null ? null : new ReferenceDto(c.Id, c.Code, c.Name);
}
