using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>The order page (detail with timeline) and the order list (filters, full text, paging).</summary>
internal static class WorkOrderQueries
{
    public const int MaxPageSize = 200;

    public static async Task<Results<Ok<WorkOrderDto>, NotFound<ProblemDetails>>> GetAsync(long id, HttpContext http, MinshengDbContext db,
        ReferenceData referenceData, CurrentUser user, TimeProvider time, CancellationToken ct)
    {
        var order = await FindAsync(await user.GetActorAsync(ct), id, db, referenceData, time, ct);
        if (order is null)
        {
            return WorkOrderHttp.NotFound(id);
        }

        http.Response.Headers.ETag = WorkOrderHttp.ETag(order.Version);
        return TypedResults.Ok(order);
    }

    /// <summary>The order as <paramref name="actor"/> may read it, with the actions they may take; null outside their scope.</summary>
    public static async Task<WorkOrderDto?> FindAsync(Actor actor, long id, MinshengDbContext db, ReferenceData referenceData, TimeProvider time,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var order = await actor.Scope.ApplyForReading(db.WorkOrders.AsNoTracking()).Include(w => w.Events).FirstOrDefaultAsync(w => w.Id == id, ct);
        if (order is null)
        {
            return null;
        }

        var mergedInto = order.MergedIntoId is { } target
            ? await db.WorkOrders.Where(w => w.Id == target).Select(w => w.Number).FirstOrDefaultAsync(ct)
            : null;
        var refs = await referenceData.GetAsync(ct);
        return await ActorNames.FillAsync(order.ToDtoFor(actor, refs, time.GetUtcNow().UtcDateTime, mergedInto), db, ct);
    }

    /// <summary>脱敏查看: the requester's name, phone and the text as registered; written to the audit log.</summary>
    public static async Task<Results<Ok<PersonalDataDto>, NotFound<ProblemDetails>>> UnmaskAsync(long id, MinshengDbContext db, CurrentUser user,
        AuditLog audit, CancellationToken ct)
    {
        var scope = await user.GetScopeAsync(ct);
        var order = await scope.ApplyForReading(db.WorkOrders.AsNoTracking()).FirstOrDefaultAsync(w => w.Id == id, ct);
        if (order is null)
        {
            return WorkOrderHttp.NotFound(id);
        }

        await audit.WriteAsync("unmask", AuditModule.Target("work-order", order.Id), order.Number, cancellationToken: ct);
        return TypedResults.Ok(new PersonalDataDto(
            order.Id,
            order.Number,
            WorkOrderMapping.Requester(order.Requester, PersonalDataView.Full),
            order.Title,
            order.Content,
            order.Answer));
    }

    public static async Task<Results<Ok<PageDto<WorkOrderSummaryDto>>, ValidationProblem>> ListAsync(
        [AsParameters] WorkOrderFilter filter, MinshengDbContext db, WorkOrderFilters filters, CurrentUser user, ReferenceData referenceData,
        TimeProvider time, CancellationToken ct)
    {
        var (orders, errors) = await filters.ApplyAsync(db.WorkOrders.AsNoTracking(), filter, ct);
        var pageNumber = ParseInt(filter.Page, "page", 1, 1, int.MaxValue, errors);
        var size = ParseInt(filter.PageSize, "pageSize", 20, 1, MaxPageSize, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "查询条件有误");
        }

        var refs = await referenceData.GetAsync(ct);
        var total = await orders.CountAsync(ct);
        var items = await orders.PageAsync(db.WorkOrders.AsNoTracking(), pageNumber, size, ct);
        var now = time.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new PageDto<WorkOrderSummaryDto>(
            items.Select(w => w.ToSummary(refs, now, PersonalDataViews.For(user, w))).ToArray(), pageNumber, size, total));
    }



    internal static int ParseInt(string? text, string field, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[field] = [string.Create(CultureInfo.InvariantCulture, $"{field} 应为 {min} 到 {max} 之间的整数。")];
        return fallback;
    }
}
