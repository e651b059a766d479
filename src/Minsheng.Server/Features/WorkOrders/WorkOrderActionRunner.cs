using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>What a transition needs besides the order: reference data, time limits, the clock and who acts.</summary>
internal sealed record ActionContext(
    MinshengDbContext Db,
    ReferenceSnapshot Refs,
    CalendarProvider Calendars,
    DateTime Now,
    string Actor);

/// <summary>
/// Loads an order, checks the version the client saw, applies one transition and saves it.
/// The version column is the concurrency token, so of two handlers acting at once one wins and the
/// other gets a 409 (from <see cref="DbUpdateConcurrencyException"/>).
/// </summary>
internal sealed class WorkOrderActionRunner(
    MinshengDbContext db,
    ReferenceData referenceData,
    CalendarProvider calendars,
    TimeProvider time)
{
    public async Task<IResult> RunAsync(
        long id,
        IVersionedRequest body,
        HttpContext http,
        Func<WorkOrder, ActionContext, Task> apply,
        CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.Include(w => w.Events).FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (order is null)
        {
            return WorkOrderResults.NotFound(id);
        }

        var expected = body.Version ?? ParseIfMatch(http.Request.Headers.IfMatch.ToString());
        if (expected is { } version && version != order.Version)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "工单已被他人修改",
                detail: $"你看到的是第 {version} 版，工单现在是第 {order.Version} 版，请刷新后重试。");
        }

        var refs = await referenceData.GetAsync(cancellationToken);
        var context = new ActionContext(db, refs, calendars, time.GetUtcNow().UtcDateTime, Actors.Of(http));
        await apply(order, context);
        await db.SaveChangesAsync(cancellationToken);

        var mergedInto = order.MergedIntoId is { } target
            ? await db.WorkOrders.Where(w => w.Id == target).Select(w => w.Number).FirstOrDefaultAsync(cancellationToken)
            : null;
        http.Response.Headers.ETag = WorkOrderResults.ETag(order.Version);
        return TypedResults.Ok(order.ToDto(refs, context.Now, mergedInto, includeEvents: true));
    }

    /// <summary>Accepts <c>"3"</c>, <c>W/"3"</c> or <c>3</c>; anything else is ignored.</summary>
    private static int? ParseIfMatch(string header)
    {
        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        value = value.Trim('"');
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }
}
