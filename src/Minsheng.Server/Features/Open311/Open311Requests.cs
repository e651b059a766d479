using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Open311;

/// <summary>
/// GET requests, GET requests/{id} and GET tokens/{token}. The service_request_id is the order's 受理编号. Only
/// public orders are shown: confidential ones (保密) are left out of lists and are 404 by id, as are orders not
/// yet filed under a category (they belong to no service).
/// </summary>
internal static class Open311Requests
{
    public const string Root = "service_requests";
    public const int MaxIds = 1000;

    public static IQueryable<WorkOrder> Public(MinshengDbContext db) =>
        db.WorkOrders.AsNoTracking().Where(w => !w.Requester.IsConfidential && w.CategoryId != null);

    public static async Task<IResult> ListAsync(string format, HttpRequest request, MinshengDbContext db, ReferenceData referenceData,
        IOptions<Open311Settings> options, TimeProvider time, CancellationToken ct)
    {
        if (Open311Input.Format(format) is not { } f)
        {
            return Open311Errors.BadExtension(format);
        }

        var query = request.Query;
        if (Open311Input.CheckJurisdiction(query["jurisdiction_id"], options.Value) is { } unknown)
        {
            return Open311Errors.NotFound(f, unknown);
        }

        var refs = await referenceData.GetAsync(ct);
        var errors = new List<string>();
        var ids = Open311Input.List(query["service_request_id"]);
        if (ids.Count > MaxIds)
        {
            return Open311Errors.BadRequest(f, $"service_request_id 一次最多 {MaxIds} 个。");
        }

        var orders = Public(db);
        if (ids.Count > 0)
        {
            // A list of ids overrides every other argument.
            orders = orders.Where(w => ids.Contains(w.Number));
            return Open311Result.Ok(Root, await LoadAsync(orders, 0, MaxIds, refs, ct), f);
        }

        var page = Open311Query.Read(query, time.GetUtcNow().UtcDateTime, errors);
        var statuses = Open311Input.List(query["status"]);
        var wantsOpen = statuses.Contains("open", StringComparer.OrdinalIgnoreCase);
        var wantsClosed = statuses.Contains("closed", StringComparer.OrdinalIgnoreCase);
        foreach (var status in statuses.Where(s => !s.Equals("open", StringComparison.OrdinalIgnoreCase) && !s.Equals("closed", StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add($"status {status} 无效：只能是 open 或 closed。");
        }

        var categoryIds = new List<long?>();
        foreach (var code in Open311Input.List(query["service_code"]))
        {
            if (refs.CategoryByCode(code) is not { } category)
            {
                return Open311Errors.NotFound(f, $"service_code {code} 不存在。");
            }

            // A group's code stands for every service under it.
            categoryIds.AddRange(refs.CategorySubtree(category.Id).Select(id => (long?)id));
        }

        if (errors.Count > 0 || page is null)
        {
            return Open311Errors.BadRequest(f, errors);
        }

        orders = orders.Where(w => w.RegisteredAt >= page.FromUtc && w.RegisteredAt < page.ToUtcExclusive);
        if (categoryIds.Count > 0)
        {
            orders = orders.Where(w => categoryIds.Contains(w.CategoryId));
        }

        if (wantsOpen != wantsClosed)
        {
            orders = wantsClosed
                ? orders.Where(w => w.Status == WorkOrderStatus.Closed || w.Status == WorkOrderStatus.Merged || w.Status == WorkOrderStatus.Withdrawn)
                : orders.Where(w => w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Merged && w.Status != WorkOrderStatus.Withdrawn);
        }

        return Open311Result.Ok(Root, await LoadAsync(orders, page.Skip, page.PageSize, refs, ct), f);
    }

    public static async Task<IResult> GetAsync(string serviceRequestId, string format, HttpRequest request, MinshengDbContext db,
        ReferenceData referenceData, IOptions<Open311Settings> options, CancellationToken ct)
    {
        if (Open311Input.Format(format) is not { } f)
        {
            return Open311Errors.BadExtension(format);
        }

        if (Open311Input.CheckJurisdiction(request.Query["jurisdiction_id"], options.Value) is { } unknown)
        {
            return Open311Errors.NotFound(f, unknown);
        }

        var id = serviceRequestId.Trim();
        var found = await LoadAsync(Public(db).Where(w => w.Number == id), 0, 1, await referenceData.GetAsync(ct), ct);
        return found.Count == 0
            ? Open311Errors.NotFound(f, $"service_request_id {serviceRequestId} 不存在。")
            : Open311Result.Ok(Root, found, f);
    }

    /// <summary>
    /// POST registers at once and answers the service_request_id, so a token is never handed out; for clients
    /// that ask anyway, the token of a request is its service_request_id.
    /// </summary>
    public static async Task<IResult> TokenAsync(string token, string format, HttpRequest request, MinshengDbContext db,
        IOptions<Open311Settings> options, CancellationToken ct)
    {
        if (Open311Input.Format(format) is not { } f)
        {
            return Open311Errors.BadExtension(format);
        }

        if (Open311Input.CheckJurisdiction(request.Query["jurisdiction_id"], options.Value) is { } unknown)
        {
            return Open311Errors.NotFound(f, unknown);
        }

        var id = token.Trim();
        var number = await Public(db).Where(w => w.Number == id).Select(w => w.Number).FirstOrDefaultAsync(ct);
        return number is null
            ? Open311Errors.NotFound(f, $"token {token} 不存在。")
            : Open311Result.Ok(Root, new[] { new Open311TokenDto(number, number) }, f);
    }

    private static async Task<IReadOnlyList<Open311RequestDto>> LoadAsync(IQueryable<WorkOrder> orders, int skip, int take,
        ReferenceSnapshot refs, CancellationToken ct)
    {
        var rows = await orders
            .OrderByDescending(w => w.RegisteredAt).ThenByDescending(w => w.Id)
            .Skip(skip).Take(take)
            .Select(w => new { Order = w, LatestComment = w.Events.OrderByDescending(e => e.Sequence).Select(e => e.Comment).FirstOrDefault() })
            .ToListAsync(ct);
        return rows.Select(r => Open311Mapping.ToRequest(r.Order, r.LatestComment, refs)).ToArray();
    }
}
