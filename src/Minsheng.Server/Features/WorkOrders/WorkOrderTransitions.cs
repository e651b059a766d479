using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// The lifecycle's use cases, one method per action, for whoever acts: a person through a page or the API, a
/// background job as a <see cref="SystemActors">system actor</see>, a test. Each checks the actor's role and scope,
/// the command's input and the version the actor saw, resolves reference data and time limits, lets the aggregate
/// apply the state machine, and saves the order with its event and an audit entry in one transaction. Nothing is
/// thrown for a refusal: every outcome is a <see cref="WorkOrderResult"/>.
/// </summary>
public sealed partial class WorkOrderTransitions(
    MinshengDbContext db,
    ReferenceData referenceData,
    CalendarProvider calendars,
    AuditLog audit,
    TimeProvider time,
    ILogger<WorkOrderTransitions> logger)
{
    public Task<WorkOrderResult> DirectAnswerAsync(Actor actor, long id, AnswerRequest command, CancellationToken cancellationToken) =>
        RunAsync(actor, id, WorkOrderAction.DirectAnswer, command, (order, c) =>
        {
            order.DirectAnswer(command.Answer!, c.Actor.Name, c.Now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>派单, and 转派 of an order already with a unit (the hotline moves it, or the lead unit hands it down).</summary>
    public Task<WorkOrderResult> DispatchAsync(Actor actor, long id, DispatchRequest command, CancellationToken cancellationToken) =>
        RunAsync(actor, id, WorkOrderAction.Dispatch, command, async (order, c) =>
        {
            var lead = ResolveLeadUnit(order, command.UnitCode, c);
            var hotline = c.Actor.IsInAnyRole([Roles.Dispatcher, Roles.Admin]);
            if (!hotline && !IsBelowOwnUnits(lead, c))
            {
                throw new DomainRuleException("unitCode", "只能转派给本单位的下级单位。");
            }

            // 转派 without a word on 协办 keeps the assisting units: a township handing the order to its village
            // must not take it out of the assisting department's sight.
            var assisting = command.AssistingUnitCodes is null && order.Status is WorkOrderStatus.Dispatched or WorkOrderStatus.Accepted
                ? order.AssistingUnitIds.Where(u => u != lead).ToList()
                : [];
            foreach (var code in command.AssistingUnitCodes ?? [])
            {
                var unit = c.Refs.UnitByCode(code) is { IsActive: true } u
                    ? u
                    : throw new DomainRuleException("assistingUnitCodes", $"未知的承办单位代码 {code}。");

                // Naming a 协办 unit lets it read the order: the hotline names any unit, a lead unit only those below it.
                if (!hotline && !IsBelowOwnUnits(unit.Id, c) && !order.AssistingUnitIds.Contains(unit.Id))
                {
                    throw new DomainRuleException("assistingUnitCodes", "只能指定本单位的下级单位为协办单位。");
                }

                assisting.Add(unit.Id);
            }

            var deadlines = await DeadlinesAsync(order, c);
            order.Dispatch(lead, assisting, deadlines, c.Actor.Name, c.Now, command.Comment);
        }, cancellationToken);

    public Task<WorkOrderResult> AcceptAsync(Actor actor, long id, CommentRequest command, CancellationToken cancellationToken) =>
        RunAsync(actor, id, WorkOrderAction.Accept, command, (order, c) =>
        {
            order.Accept(c.Actor.Name, c.Now, command.Comment);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<WorkOrderResult> ReturnAsync(Actor actor, long id, ReasonRequest command, CancellationToken cancellationToken) =>
        RunAsync(actor, id, WorkOrderAction.Return, command, (order, c) =>
        {
            order.Return(command.Reason!, c.Actor.Name, c.Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<WorkOrderResult> AssistOpinionAsync(Actor actor, long id, OpinionRequest command, CancellationToken cancellationToken) =>
        RunAsync(actor, id, WorkOrderAction.AssistOpinion, command, (order, c) =>
        {
            var unit = c.Actor.Scope.AssistingUnitAmong(order.AssistingUnitIds)
                ?? throw new DomainRuleException("unitCode", "你所在的单位不是本工单的协办单位。");
            order.RecordAssistOpinion(unit, command.Opinion!, c.Actor.Name, c.Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<WorkOrderResult> RequestExtensionAsync(Actor actor, long id, ExtensionRequestBody command, CancellationToken cancellationToken) =>
        RunAsync(actor, id, WorkOrderAction.ExtensionRequest, command, (order, c) =>
        {
            order.RequestExtension(command.Until!.Value.UtcDateTime, command.Reason!, c.Actor.Name, c.Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<WorkOrderResult> DecideExtensionAsync(Actor actor, long id, DecisionRequest command, CancellationToken cancellationToken) =>
        RunAsync(actor, id, WorkOrderAction.ExtensionDecision, command, (order, c) =>
        {
            order.DecideExtension(command.Approve!.Value, command.Comment, c.Actor.Name, c.Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<WorkOrderResult> ReplyAsync(Actor actor, long id, AnswerRequest command, CancellationToken cancellationToken) =>
        RunAsync(actor, id, WorkOrderAction.Reply, command, (order, c) =>
        {
            order.Reply(command.Answer!, c.Actor.Name, c.Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<WorkOrderResult> ReviewAsync(Actor actor, long id, ReviewRequest command, CancellationToken cancellationToken) =>
        RunAsync(actor, id, WorkOrderAction.Review, command, (order, c) =>
        {
            order.Review(command.Pass!.Value, command.Comment, c.Actor.Name, c.Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<WorkOrderResult> RecordCallbackAsync(Actor actor, long id, CallbackRequest command, CancellationToken cancellationToken) =>
        RunAsync(actor, id, WorkOrderAction.Callback, command, async (order, c) =>
        {
            var deadlines = await DeadlinesAsync(order, c);
            order.RecordCallback(command.Solved!.Value, command.Satisfaction!.Value, command.Comment, deadlines, c.Actor.Name, c.Now);
        }, cancellationToken);

    public Task<WorkOrderResult> ReopenAsync(Actor actor, long id, ReasonRequest command, CancellationToken cancellationToken) =>
        RunAsync(actor, id, WorkOrderAction.Reopen, command, async (order, c) =>
        {
            var deadlines = await DeadlinesAsync(order, c);
            order.Reopen(command.Reason!, deadlines, c.Actor.Name, c.Now);
        }, cancellationToken);

    /// <summary>
    /// 合并 into an order the actor handles. The target is loaded for update and gets a timeline entry, so its version
    /// moves too: of A→B and B→A at once, one commits and the other finds a changed order.
    /// </summary>
    public Task<WorkOrderResult> MergeAsync(Actor actor, long id, MergeRequest command, CancellationToken cancellationToken) =>
        RunAsync(actor, id, WorkOrderAction.Merge, command, async (order, c) =>
        {
            if (command.TargetId is null && string.IsNullOrWhiteSpace(command.TargetNumber))
            {
                throw new DomainRuleException("targetId", "请指定要合并到的工单（targetId 或 targetNumber）。");
            }

            var number = command.TargetNumber?.Trim();
            var target = await c.Actor.Scope.Apply(db.WorkOrders).Include(w => w.Events)
                .FirstOrDefaultAsync(w => command.TargetId != null ? w.Id == command.TargetId : w.Number == number, c.CancellationToken);
            order.MergeInto(
                target ?? throw new DomainRuleException("targetId", "要合并到的工单不存在。"),
                command.Comment, c.Actor.Name, c.Now);
        }, cancellationToken);

    public Task<WorkOrderResult> WithdrawAsync(Actor actor, long id, ReasonRequest command, CancellationToken cancellationToken) =>
        RunAsync(actor, id, WorkOrderAction.Withdraw, command, (order, c) =>
        {
            order.Withdraw(command.Reason!, c.Actor.Name, c.Now);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task<WorkOrderResult> CloseAsync(Actor actor, long id, CloseRequest command, CancellationToken cancellationToken) =>
        RunAsync(actor, id, WorkOrderAction.Close, command, (order, c) =>
        {
            order.Close(command.Comment!, c.Actor.Name, c.Now);
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<WorkOrderResult> RunAsync(
        Actor actor,
        long id,
        WorkOrderAction action,
        IVersionedRequest command,
        Func<WorkOrder, TransitionContext, Task> apply,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(command);
        if (!ActionPermissions.Permits(actor, action))
        {
            return new WorkOrderResult.Forbidden(action);
        }

        if (CommandValidation.Errors(command) is { Count: > 0 } errors)
        {
            return new WorkOrderResult.Invalid(errors);
        }

        // Outside the actor's scope an order does not exist for them. An assisting unit reads the order but its only
        // action is its opinion; every other action needs an order the actor handles.
        var orders = action == WorkOrderAction.AssistOpinion ? actor.Scope.ApplyForReading(db.WorkOrders) : actor.Scope.Apply(db.WorkOrders);
        var order = await orders.Include(w => w.Events).FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (order is null)
        {
            return new WorkOrderResult.NotFound(id);
        }

        if (command.Version is { } seen && seen != order.Version)
        {
            return new WorkOrderResult.StaleVersion(seen, order.Version);
        }

        var refs = await referenceData.GetAsync(cancellationToken);
        var context = new TransitionContext(refs, time.GetUtcNow().UtcDateTime, actor, cancellationToken);
        var eventsBefore = order.Events.Count;
        var versionBefore = order.Version;
        try
        {
            await apply(order, context);
        }
        catch (DomainRuleException rule)
        {
            db.ChangeTracker.Clear();
            return WorkOrderResult.Invalid.Field(rule.Field, rule.Message);
        }
        catch (IllegalTransitionException illegal)
        {
            db.ChangeTracker.Clear();
            return new WorkOrderResult.NotAllowedNow(illegal.From, illegal.Action, illegal.Message);
        }

        var done = order.Events.Count > eventsBefore ? order.Events[eventsBefore].Action : action;
        audit.Add(actor, "transition:" + JsonNames.Of(done), AuditModule.Target("work-order", order.Id), order.Number);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // The version column is the concurrency token; two writers at once can also collide on the event's
            // (order, sequence) key before the version check. Either way, if the order moved on, the race is lost.
            db.ChangeTracker.Clear();
            var current = await db.WorkOrders.AsNoTracking().Where(w => w.Id == id).Select(w => (int?)w.Version).FirstOrDefaultAsync(cancellationToken);
            if (e is DbUpdateConcurrencyException || current != versionBefore || IsLostRace(e))
            {
                LogLostRace(logger, id, JsonNames.Of(action), actor.Name);
                return new WorkOrderResult.StaleVersion(command.Version ?? versionBefore, current ?? versionBefore);
            }

            throw;
        }

        var mergedInto = order.MergedIntoId is { } target
            ? await db.WorkOrders.Where(w => w.Id == target).Select(w => w.Number).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new WorkOrderResult.Done(order, mergedInto);
    }

    /// <summary>
    /// PostgreSQL ends one of two transactions that wait on each other's rows (a merge A→B beside B→A) as a deadlock
    /// victim, or a serialization failure: the other one went through, so this one lost the race.
    /// </summary>
    private static bool IsLostRace(DbUpdateException e) =>
        e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.DeadlockDetected or Npgsql.PostgresErrorCodes.SerializationFailure };

    /// <summary>The named unit, or the one the responsibility list (职责清单) gives for the order's category and region.</summary>
    private static long ResolveLeadUnit(WorkOrder order, string? unitCode, TransitionContext c)
    {
        if (!string.IsNullOrWhiteSpace(unitCode))
        {
            return c.Refs.UnitByCode(unitCode) is { IsActive: true } unit
                ? unit.Id
                : throw new DomainRuleException("unitCode", $"未知的承办单位代码 {unitCode}。");
        }

        if (order.CategoryId is { } category && c.Refs.ResponsibleUnit(category, order.RegionId) is { } responsible)
        {
            return responsible.Id;
        }

        throw new DomainRuleException("unitCode", "请指定承办单位：职责清单中找不到该工单分类和区域对应的单位。");
    }

    /// <summary>A unit strictly below the actor's own units (in their scope, but not one of the units they work for).</summary>
    private static bool IsBelowOwnUnits(long unitId, TransitionContext c)
    {
        var scope = c.Actor.Scope;
        return scope.Contains(unitId) && c.Refs.Unit(unitId)?.ParentId is { } parent && scope.Contains(parent);
    }

    private async Task<Deadlines> DeadlinesAsync(WorkOrder order, TransitionContext c)
    {
        var calendar = await calendars.GetAsync(c.CancellationToken);
        var limits = await calendars.GetTimeLimitsAsync(c.CancellationToken);
        return limits.Compute(calendar, order.Kind, order.Urgency, c.Now);
    }

    /// <summary>What a transition needs besides the order: reference data, the clock and who acts.</summary>
    private sealed record TransitionContext(ReferenceSnapshot Refs, DateTime Now, Actor Actor, CancellationToken CancellationToken);

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Work order {Id}: {Action} by {Actor} lost a race with another change")]
    private static partial void LogLostRace(ILogger logger, long id, string action, string actor);
}
