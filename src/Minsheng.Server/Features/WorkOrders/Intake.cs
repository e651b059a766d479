using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Text;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// 受理: registers a request as a work order, for whoever registers it: an operator at the intake page, an API client,
/// an Open311 client (with the answers to its service's questions), a job. A retry with the same idempotency key gets
/// the same order. The number and the order are taken in one transaction on both engines.
/// </summary>
internal sealed class Intake(
    MinshengDbContext db,
    ReferenceData referenceData,
    CalendarProvider calendars,
    WorkOrderNumbers numbers,
    ChineseText text,
    AuditLog audit,
    WriteGate writes,
    TimeProvider time)
{
    public async Task<WorkOrderResult> RegisterAsync(
        Actor actor,
        RegisterWorkOrderRequest request,
        string? idempotencyKey,
        CancellationToken cancellationToken,
        IntakeExtras? extras = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!ActionPermissions.Permits(actor, WorkOrderAction.Register))
        {
            return new WorkOrderResult.Forbidden(WorkOrderAction.Register);
        }

        if (idempotencyKey is { Length: > IdempotencyKeys.MaxLength })
        {
            return WorkOrderResult.Invalid.Field(IdempotencyKeys.HeaderName, "Idempotency-Key 不能超过 100 个字符。");
        }

        if (idempotencyKey is not null && await ReplayAsync(actor, idempotencyKey, cancellationToken) is { } replay)
        {
            return replay;
        }

        var errors = CommandValidation.Errors(request);
        var refs = await referenceData.GetAsync(cancellationToken);
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
            return new WorkOrderResult.Invalid(errors);
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
        WorkOrder order;
        try
        {
            order = WorkOrder.Register(
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
                    CitizenUserId = actor.IsInRole(Roles.Citizen) ? actor.UserId : null,
                    Attributes = extras?.Attributes is { Count: > 0 } attributes ? attributes : null,
                },
                number,
                searchText,
                actor.Name,
                now);
        }
        catch (DomainRuleException refused)
        {
            return WorkOrderResult.Invalid.Field(refused.Field, refused.Message);
        }

        db.WorkOrders.Add(order);
        if (idempotencyKey is not null)
        {
            // Same transaction as the order: either both are stored or neither.
            db.IdempotencyKeys.Add(new IdempotencyRecord { Key = idempotencyKey, WorkOrder = order, CreatedAt = now });
        }

        audit.Add(actor, "transition:register", null, order.Number);
        if (extras?.AuditAction is { } auditAction)
        {
            audit.Add(actor, auditAction, order.Number, extras.AuditDetail);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await write.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // A concurrent retry stored the key first: its order is the answer.
            db.ChangeTracker.Clear();
            if (await ReplayAsync(actor, idempotencyKey, cancellationToken) is { } raced)
            {
                return raced;
            }

            throw;
        }

        return new WorkOrderResult.Done(order);
    }

    /// <summary>
    /// Null when the key is new. Otherwise the order it created (the key and its order are stored in one
    /// transaction), or, when that order is outside the caller's scope, a refusal that reveals nothing.
    /// </summary>
    private async Task<WorkOrderResult?> ReplayAsync(Actor actor, string key, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var order = await actor.Scope.ApplyForReading(db.WorkOrders.AsNoTracking()).Include(w => w.Events)
            .FirstOrDefaultAsync(w => w.Id == record.WorkOrderId, cancellationToken);
        return order is null
            ? WorkOrderResult.Invalid.Field(IdempotencyKeys.HeaderName, "该 Idempotency-Key 已被使用，请换一个。")
            : new WorkOrderResult.Done(order, Replayed: true);
    }
}
