using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Text;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>受理: registers a request as a work order. A retried POST with the same Idempotency-Key gets the same order.</summary>
internal sealed class Intake(
    MinshengDbContext db,
    ReferenceData referenceData,
    CalendarProvider calendars,
    WorkOrderNumbers numbers,
    ChineseText text,
    CurrentUser user,
    AuditLog audit,
    WriteGate writes,
    TimeProvider time)
{
    public async Task<Results<Created<WorkOrderDto>, ValidationProblem>> HandleAsync(
        RegisterWorkOrderRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (idempotencyKey is { Length: > IdempotencyKeys.MaxLength })
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [IdempotencyKeys.HeaderName] = ["Idempotency-Key 不能超过 100 个字符。"] });
        }

        var refs = await referenceData.GetAsync(cancellationToken);
        if (idempotencyKey is not null && await ReplayAsync(idempotencyKey, refs, cancellationToken) is { } replay)
        {
            return replay;
        }

        var errors = new Dictionary<string, string[]>();
        var category = refs.CategoryByCode(request.CategoryCode);
        if (request.CategoryCode is { Length: > 0 } && category is null)
        {
            errors["categoryCode"] = [$"未知的诉求分类代码 {request.CategoryCode}。"];
        }
        else if (category is { IsActive: false })
        {
            errors["categoryCode"] = [$"诉求分类 {category.Name}（{category.Code}）已停用，请选择其他分类。"];
        }

        var region = refs.RegionByCode(request.Location?.RegionCode);
        if (request.Location?.RegionCode is { Length: > 0 } && region is null)
        {
            errors["location.regionCode"] = [$"未知的行政区划代码 {request.Location.RegionCode}。"];
        }

        if (request.Location is { } loc && (loc.Latitude is null) != (loc.Longitude is null))
        {
            errors["location"] = ["经纬度需同时填写。"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "输入有误");
        }

        var kind = request.Kind!.Value;
        var urgency = request.Urgency ?? Urgency.Normal;
        var rule = (await calendars.GetTimeLimitsAsync(cancellationToken)).For(kind, urgency);
        var now = time.GetUtcNow().UtcDateTime;
        var requester = request.Requester;
        var searchText = text.ToIndexText(request.Title, request.Content); // segmenting is CPU work: not while holding the write

        // The number and the order in one write (one lock on SQLite; see WriteGate): a failed save leaves no gap there.
        await using var write = await writes.EnterAsync(db, cancellationToken);
        var number = await numbers.NextAsync(now, cancellationToken);
        var order = WorkOrder.Register(
            new NewWorkOrder
            {
                Kind = kind,
                Channel = request.Channel ?? Channel.Phone,
                Urgency = urgency,
                Requester = new Requester
                {
                    Name = requester?.Name?.Trim(),
                    Phone = requester?.Phone?.Trim(),
                    Type = requester?.Type ?? RequesterType.Person,
                    IsConfidential = requester?.Confidential ?? false,
                    IsAnonymous = requester?.Anonymous ?? false,
                },
                Title = request.Title!,
                Content = request.Content!,
                Location = new Location
                {
                    Address = request.Location?.Address?.Trim(),
                    Latitude = request.Location?.Latitude,
                    Longitude = request.Location?.Longitude,
                },
                RegionId = region?.Id,
                CategoryId = category?.Id,
                CallbackRequired = request.CallbackRequired ?? rule.CallbackRequired,
                CitizenUserId = user.IsInRole(Roles.Citizen) ? user.UserId : null,
            },
            number,
            searchText,
            user.UserName,
            now);

        db.WorkOrders.Add(order);
        if (idempotencyKey is not null)
        {
            // Same transaction as the order: either both are stored or neither.
            db.IdempotencyKeys.Add(new IdempotencyRecord { Key = idempotencyKey, WorkOrder = order, CreatedAt = now });
        }

        audit.Add("transition:register", null, order.Number);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await write.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // A concurrent retry stored the key first: its order is the answer.
            db.ChangeTracker.Clear();
            if (await ReplayAsync(idempotencyKey, refs, cancellationToken) is { } raced)
            {
                return raced;
            }

            throw;
        }

        return TypedResults.Created($"/api/v1/work-orders/{order.Id}", order.ToDto(refs, now, null, includeEvents: true, PersonalDataViews.For(user, order)));
    }

    /// <summary>
    /// Null when the key is new. Otherwise the order it created (the key and its order are stored in one
    /// transaction), or, when that order is outside the caller's scope, a refusal that reveals nothing.
    /// </summary>
    private async Task<Results<Created<WorkOrderDto>, ValidationProblem>?> ReplayAsync(string key, ReferenceSnapshot refs, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var scope = await user.GetScopeAsync(cancellationToken);
        var order = await scope.Apply(db.WorkOrders.AsNoTracking()).Include(w => w.Events)
            .FirstOrDefaultAsync(w => w.Id == record.WorkOrderId, cancellationToken);
        return order is null
            ? TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [IdempotencyKeys.HeaderName] = ["该 Idempotency-Key 已被使用，请换一个。"] })
            : TypedResults.Created($"/api/v1/work-orders/{order.Id}", order.ToDto(refs, time.GetUtcNow().UtcDateTime, null, includeEvents: true, PersonalDataViews.For(user, order)));
    }
}
