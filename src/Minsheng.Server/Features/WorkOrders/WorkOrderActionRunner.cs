using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>What a transition needs besides the order: reference data, time limits, the clock and who acts.</summary>
internal sealed record ActionContext(
    MinshengDbContext Db,
    ReferenceSnapshot Refs,
    CalendarProvider Calendars,
    DateTime Now,
    CurrentUser User,
    DataScope Scope)
{
    public string Actor => User.UserName;
}

/// <summary>
/// Loads an order, checks the version the client saw, applies one transition and saves it.
/// The version column is the concurrency token, so of two handlers acting at once one wins and the
/// other gets a 409 (from <see cref="DbUpdateConcurrencyException"/>).
/// </summary>
internal sealed class WorkOrderActionRunner(
    MinshengDbContext db,
    ReferenceData referenceData,
    CalendarProvider calendars,
    CurrentUser user,
    AuditLog audit,
    TimeProvider time)
{
    public async Task<IResult> RunAsync(
        long id,
        WorkOrderAction action,
        IVersionedRequest body,
        HttpContext http,
        Func<WorkOrder, ActionContext, Task> apply,
        CancellationToken cancellationToken)
    {
        if (!user.IsInAnyRole(ActionPermissions.For(action)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权执行该操作",
                detail: $"你的角色不能执行「{WorkOrderNames.Of(action)}」。");
        }

        // Outside the user's scope an order does not exist for them: 404, not 403. An assisting unit reads the order
        // but its only action is its opinion; every other action needs an order the user handles.
        var scope = await user.GetScopeAsync(cancellationToken);
        var orders = action == WorkOrderAction.AssistOpinion ? scope.ApplyForReading(db.WorkOrders) : scope.Apply(db.WorkOrders);
        var order = await orders.Include(w => w.Events).FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
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
        var context = new ActionContext(db, refs, calendars, time.GetUtcNow().UtcDateTime, user, scope);
        var eventsBefore = order.Events.Count;
        var versionBefore = order.Version;
        await apply(order, context);
        var done = order.Events.Count > eventsBefore ? order.Events[^1].Action : action;
        audit.Add("transition:" + JsonNames.Of(done), AuditModule.Target("work-order", order.Id), order.Number);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Two writers at once can also collide on the event's (order, sequence) key before the version check:
            // if the order moved on meanwhile, that is the same lost race.
            db.ChangeTracker.Clear();
            var current = await db.WorkOrders.AsNoTracking().Where(w => w.Id == id).Select(w => w.Version).FirstOrDefaultAsync(cancellationToken);
            if (current != versionBefore)
            {
                throw new DbUpdateConcurrencyException("The order changed while this action was being saved.", e);
            }

            throw;
        }

        var mergedInto = order.MergedIntoId is { } target
            ? await db.WorkOrders.Where(w => w.Id == target).Select(w => w.Number).FirstOrDefaultAsync(cancellationToken)
            : null;
        http.Response.Headers.ETag = WorkOrderResults.ETag(order.Version);
        return TypedResults.Ok(order.ToDto(refs, context.Now, mergedInto, includeEvents: true, PersonalDataViews.For(user, order)));
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
