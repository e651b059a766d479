using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Features.Open311;

/// <summary>
/// GET servicerequestupdates: the mySociety extension FixMyStreet polls to sync status back. Every step of every
/// public order (the work-order event log) between start_date and end_date, oldest first, as a request_update with
/// FixMyStreet's finer status and, in external_status_code, Minsheng's own.
/// </summary>
internal static class Open311Updates
{
    public const string Root = "service_request_updates";

    public static async Task<IResult> ListAsync(string format, HttpRequest request, MinshengDbContext db, ReferenceData referenceData,
        IOptions<Open311Settings> options, TimeProvider time, CancellationToken ct)
    {
        if (Open311Input.Format(format) is not { } f)
        {
            return Open311Errors.BadExtension(format);
        }

        if (Open311Input.CheckJurisdiction(request.Query["jurisdiction_id"], options.Value) is { } unknown)
        {
            return Open311Errors.NotFound(f, unknown);
        }

        var errors = new List<string>();
        if (Open311Query.Read(request.Query, time.GetUtcNow().UtcDateTime, errors) is not { } page)
        {
            return Open311Errors.BadRequest(f, errors);
        }

        var refs = await referenceData.GetAsync(ct);
        var rows = await db.WorkOrderEvents.AsNoTracking()
            .Where(e => e.OccurredAt >= page.FromUtc && e.OccurredAt < page.ToUtcExclusive)
            .Join(Open311Requests.Public(db), e => e.WorkOrderId, w => w.Id,
                (e, w) => new { e.Id, e.Sequence, e.Action, e.ToStatus, e.OccurredAt, e.Comment, e.ToUnitId, w.Number, OrderStatus = w.Status, w.Answer })
            .OrderBy(x => x.OccurredAt).ThenBy(x => x.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .ToListAsync(ct);

        var updates = rows.Select(r =>
        {
            var description = WorkOrderNames.Of(r.Action);
            if (r.Action is WorkOrderAction.Dispatch or WorkOrderAction.Redispatch
                && refs.Unit(r.ToUnitId) is { } unit)
            {
                description += "至" + unit.Name;
            }

            if (!string.IsNullOrWhiteSpace(r.Comment))
            {
                description += "：" + Open311Mapping.Mask(r.Comment);
            }

            var status = Open311Mapping.UpdateStatus(r.Action, r.ToStatus);
            if (status == "fixed" && r.OrderStatus is WorkOrderStatus.AwaitingCallback or WorkOrderStatus.Closed && !string.IsNullOrWhiteSpace(r.Answer))
            {
                // The answer the citizen gets, once it has passed review (as the public status look-up shows it).
                description += "。答复：" + Open311Mapping.Mask(r.Answer);
            }

            return new Open311UpdateDto(
                string.Create(CultureInfo.InvariantCulture, $"{r.Number}-{r.Sequence}"),
                r.Number,
                status,
                Open311Dates.Format(r.OccurredAt),
                description,
                string.Empty,
                JsonNames.Of(r.ToStatus));
        }).ToArray();
        return Open311Result.Ok(Root, updates, f);
    }
}
