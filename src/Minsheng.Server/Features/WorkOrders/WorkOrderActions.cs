using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// One handler per lifecycle action. Each resolves its input against reference data and the
/// time-limit table, then calls the aggregate, which checks the state machine.
/// </summary>
internal static class WorkOrderActions
{
    public static Task<IResult> DirectAnswer(long id, AnswerRequest body, HttpContext http, WorkOrderActionRunner runner, CancellationToken ct) =>
        runner.RunAsync(id, WorkOrderAction.DirectAnswer, body, http, (order, c) =>
        {
            order.DirectAnswer(body.Answer!, c.Actor, c.Now);
            return Task.CompletedTask;
        }, ct);

    public static Task<IResult> Dispatch(long id, DispatchRequest body, HttpContext http, WorkOrderActionRunner runner, CancellationToken ct) =>
        runner.RunAsync(id, WorkOrderAction.Dispatch, body, http, async (order, c) =>
        {
            var lead = ResolveLeadUnit(order, body.UnitCode, c);
            if (!c.User.IsInAnyRole([Roles.Dispatcher, Roles.Admin]))
            {
                // A handling unit only hands an order on to the units below it.
                var own = c.Scope.UnitIds.Where(u => c.Refs.Unit(u)?.ParentId is not { } parent || !c.Scope.UnitIds.Contains(parent));
                if (!c.Scope.Contains(lead) || own.Contains(lead))
                {
                    throw new DomainRuleException("unitCode", "只能转派给本单位的下级单位。");
                }
            }

            // 转派 without a word on 协办 keeps the assisting units: a township handing the order to its village
            // must not take it out of the assisting department's sight.
            var assisting = body.AssistingUnitCodes is null && order.Status is WorkOrderStatus.Dispatched or WorkOrderStatus.Accepted
                ? order.AssistingUnitIds.Where(id => id != lead).ToList()
                : [];
            foreach (var code in body.AssistingUnitCodes ?? [])
            {
                var unit = c.Refs.UnitByCode(code) is { IsActive: true } u
                    ? u
                    : throw new DomainRuleException("assistingUnitCodes", $"未知的承办单位代码 {code}。");
                assisting.Add(unit.Id);
            }

            var deadlines = await DeadlinesAsync(order, c);
            order.Dispatch(lead, assisting, deadlines, c.Actor, c.Now, body.Comment);
        }, ct);

    public static Task<IResult> Accept(long id, CommentRequest body, HttpContext http, WorkOrderActionRunner runner, CancellationToken ct) =>
        runner.RunAsync(id, WorkOrderAction.Accept, body, http, (order, c) =>
        {
            order.Accept(c.Actor, c.Now, body.Comment);
            return Task.CompletedTask;
        }, ct);

    public static Task<IResult> Return(long id, ReasonRequest body, HttpContext http, WorkOrderActionRunner runner, CancellationToken ct) =>
        runner.RunAsync(id, WorkOrderAction.Return, body, http, (order, c) =>
        {
            order.Return(body.Reason!, c.Actor, c.Now);
            return Task.CompletedTask;
        }, ct);

    public static Task<IResult> AssistOpinion(long id, OpinionRequest body, HttpContext http, WorkOrderActionRunner runner, CancellationToken ct) =>
        runner.RunAsync(id, WorkOrderAction.AssistOpinion, body, http, (order, c) =>
        {
            var unit = c.Scope.AssistingUnitAmong(order.AssistingUnitIds)
                ?? throw new DomainRuleException("unitCode", "你所在的单位不是本工单的协办单位。");
            order.RecordAssistOpinion(unit, body.Opinion!, c.Actor, c.Now);
            return Task.CompletedTask;
        }, ct);

    public static Task<IResult> ExtensionRequest(long id, ExtensionRequestBody body, HttpContext http, WorkOrderActionRunner runner, CancellationToken ct) =>
        runner.RunAsync(id, WorkOrderAction.ExtensionRequest, body, http, (order, c) =>
        {
            order.RequestExtension(body.Until!.Value.UtcDateTime, body.Reason!, c.Actor, c.Now);
            return Task.CompletedTask;
        }, ct);

    public static Task<IResult> ExtensionDecision(long id, DecisionRequest body, HttpContext http, WorkOrderActionRunner runner, CancellationToken ct) =>
        runner.RunAsync(id, WorkOrderAction.ExtensionDecision, body, http, (order, c) =>
        {
            order.DecideExtension(body.Approve!.Value, body.Comment, c.Actor, c.Now);
            return Task.CompletedTask;
        }, ct);

    public static Task<IResult> Reply(long id, AnswerRequest body, HttpContext http, WorkOrderActionRunner runner, CancellationToken ct) =>
        runner.RunAsync(id, WorkOrderAction.Reply, body, http, (order, c) =>
        {
            order.Reply(body.Answer!, c.Actor, c.Now);
            return Task.CompletedTask;
        }, ct);

    public static Task<IResult> Review(long id, ReviewRequest body, HttpContext http, WorkOrderActionRunner runner, CancellationToken ct) =>
        runner.RunAsync(id, WorkOrderAction.Review, body, http, (order, c) =>
        {
            order.Review(body.Pass!.Value, body.Comment, c.Actor, c.Now);
            return Task.CompletedTask;
        }, ct);

    public static Task<IResult> Callback(long id, CallbackRequest body, HttpContext http, WorkOrderActionRunner runner, CancellationToken ct) =>
        runner.RunAsync(id, WorkOrderAction.Callback, body, http, async (order, c) =>
        {
            var deadlines = await DeadlinesAsync(order, c);
            order.RecordCallback(body.Solved!.Value, body.Satisfaction!.Value, body.Comment, deadlines, c.Actor, c.Now);
        }, ct);

    public static Task<IResult> Reopen(long id, ReasonRequest body, HttpContext http, WorkOrderActionRunner runner, CancellationToken ct) =>
        runner.RunAsync(id, WorkOrderAction.Reopen, body, http, async (order, c) =>
        {
            var deadlines = await DeadlinesAsync(order, c);
            order.Reopen(body.Reason!, deadlines, c.Actor, c.Now);
        }, ct);

    public static Task<IResult> Merge(long id, MergeRequest body, HttpContext http, WorkOrderActionRunner runner, CancellationToken ct) =>
        runner.RunAsync(id, WorkOrderAction.Merge, body, http, async (order, c) =>
        {
            if (body.TargetId is null && string.IsNullOrWhiteSpace(body.TargetNumber))
            {
                throw new DomainRuleException("targetId", "请指定要合并到的工单（targetId 或 targetNumber）。");
            }

            var number = body.TargetNumber?.Trim();
            var target = await c.Db.WorkOrders.AsNoTracking()
                .FirstOrDefaultAsync(w => body.TargetId != null ? w.Id == body.TargetId : w.Number == number);
            order.MergeInto(
                target ?? throw new DomainRuleException("targetId", "要合并到的工单不存在。"),
                body.Comment, c.Actor, c.Now);
        }, ct);

    public static Task<IResult> Withdraw(long id, ReasonRequest body, HttpContext http, WorkOrderActionRunner runner, CancellationToken ct) =>
        runner.RunAsync(id, WorkOrderAction.Withdraw, body, http, (order, c) =>
        {
            order.Withdraw(body.Reason!, c.Actor, c.Now);
            return Task.CompletedTask;
        }, ct);

    public static Task<IResult> Close(long id, CloseRequest body, HttpContext http, WorkOrderActionRunner runner, CancellationToken ct) =>
        runner.RunAsync(id, WorkOrderAction.Close, body, http, (order, c) =>
        {
            order.Close(body.Comment!, c.Actor, c.Now);
            return Task.CompletedTask;
        }, ct);

    /// <summary>The named unit, or the one the responsibility list (职责清单) gives for the order's category and region.</summary>
    private static long ResolveLeadUnit(WorkOrder order, string? unitCode, ActionContext c)
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

    private static async Task<Deadlines> DeadlinesAsync(WorkOrder order, ActionContext c)
    {
        var calendar = await c.Calendars.GetAsync(CancellationToken.None);
        var limits = await c.Calendars.GetTimeLimitsAsync(CancellationToken.None);
        return limits.Compute(calendar, order.Kind, order.Urgency, c.Now);
    }
}
