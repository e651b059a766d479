using System.Text.Json;

namespace Minsheng.Core.WorkOrders;

/// <summary>
/// 工单: one request from intake to close. Every state change goes through a method here,
/// which asks <see cref="WorkOrderStateMachine"/> first and appends a <see cref="WorkOrderEvent"/>.
/// </summary>
public sealed class WorkOrder
{
    public const int MaxTitleLength = 200;
    public const int MaxContentLength = 5000;
    public const int MaxCommentLength = 2000;

    private static readonly JsonSerializerOptions OutcomeJson = new(JsonSerializerDefaults.Web);

    private readonly List<WorkOrderEvent> _events = [];

    private WorkOrder()
    {
        Number = string.Empty;
        Title = string.Empty;
        Content = string.Empty;
        Requester = new Requester();
        Location = new Location();
        SearchText = string.Empty;
    }

    public long Id { get; private set; }

    /// <summary>受理编号, e.g. 20261129-000123: what the operator reads back to the caller.</summary>
    public string Number { get; private set; }

    public RequestKind Kind { get; private set; }

    public Channel Channel { get; private set; }

    public Urgency Urgency { get; private set; }

    public Requester Requester { get; private set; }

    /// <summary>The citizen's own account, when the order was registered through it; their orders are theirs to see.</summary>
    public long? CitizenUserId { get; private set; }

    public string Title { get; private set; }

    public string Content { get; private set; }

    public Location Location { get; private set; }

    public long? RegionId { get; private set; }

    public long? CategoryId { get; private set; }

    /// <summary>Answers to the category's extra questions, by attribute code; null when there are none.</summary>
    public IReadOnlyDictionary<string, string>? Attributes { get; private set; }

    /// <summary>主办单位.</summary>
    public long? LeadUnitId { get; private set; }

    /// <summary>协办单位.</summary>
    public List<long> AssistingUnitIds { get; private set; } = [];

    public WorkOrderStatus Status { get; private set; }

    /// <summary>Optimistic-concurrency token: bumped by every transition.</summary>
    public int Version { get; private set; }

    public DateTime RegisteredAt { get; private set; }

    public DateTime? DispatchedAt { get; private set; }

    public DateTime? AcceptBy { get; private set; }

    public DateTime? AcceptedAt { get; private set; }

    public DateTime? ReplyBy { get; private set; }

    public DateTime? RepliedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>The answer to the citizen (答复内容), from a direct answer or the unit's reply.</summary>
    public string? Answer { get; private set; }

    public bool CallbackRequired { get; private set; }

    public DateTime? PendingExtensionUntil { get; private set; }

    public string? PendingExtensionReason { get; private set; }

    public int ReturnCount { get; private set; }

    public int ReopenCount { get; private set; }

    public bool? Solved { get; private set; }

    public Satisfaction? Satisfaction { get; private set; }

    public long? MergedIntoId { get; private set; }

    /// <summary>Title and content segmented into words, for the database's full-text index.</summary>
    public string SearchText { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<WorkOrderEvent> Events => _events;

    public static WorkOrder Register(NewWorkOrder request, string number, string searchText, string actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireText(request.Title, "title", "标题", MaxTitleLength);
        RequireText(request.Content, "content", "诉求内容", MaxContentLength);
        var requester = request.Requester ?? new Requester();
        if (requester.IsAnonymous)
        {
            requester = requester with { Name = null, Phone = null };
        }

        var order = new WorkOrder
        {
            Number = number,
            Kind = request.Kind,
            Channel = request.Channel,
            Urgency = request.Urgency,
            Requester = requester,
            CitizenUserId = request.CitizenUserId,
            Title = request.Title.Trim(),
            Content = request.Content.Trim(),
            Location = request.Location ?? new Location(),
            RegionId = request.RegionId,
            CategoryId = request.CategoryId,
            Attributes = request.Attributes is { Count: > 0 } attributes ? new Dictionary<string, string>(attributes, StringComparer.Ordinal) : null,
            CallbackRequired = request.CallbackRequired,
            Status = WorkOrderStatus.Registered,
            RegisteredAt = now,
            SearchText = searchText,
        };
        order.Append(WorkOrderAction.Register, null, WorkOrderStatus.Registered, actor, now, null, null, null);
        return order;
    }

    /// <summary>直接答复: the operator answers from the knowledge base; no unit is involved.</summary>
    public void DirectAnswer(string answer, string actor, DateTime now)
    {
        var from = Ensure(WorkOrderAction.DirectAnswer);
        RequireText(answer, "answer", "答复内容", MaxContentLength);
        Answer = answer.Trim();
        RepliedAt = now;
        Move(from, WorkOrderAction.DirectAnswer, WorkOrderStatus.Replied, actor, now, null, null, null);
    }

    /// <summary>
    /// 派单 (or 转派 when the order is already with a unit). A first dispatch, or one after a return or
    /// reopen, starts both clocks; moving an order between units only restarts the accept clock,
    /// so handing it on never buys more time to reply.
    /// </summary>
    public void Dispatch(long leadUnitId, IReadOnlyCollection<long> assistingUnitIds, Deadlines deadlines, string actor, DateTime now, string? comment)
    {
        ArgumentNullException.ThrowIfNull(assistingUnitIds);
        ArgumentNullException.ThrowIfNull(deadlines);
        var isRedispatch = Status is WorkOrderStatus.Dispatched or WorkOrderStatus.Accepted;
        var action = isRedispatch ? WorkOrderAction.Redispatch : WorkOrderAction.Dispatch;
        var from = Ensure(action, comment);
        if (assistingUnitIds.Contains(leadUnitId))
        {
            throw new DomainRuleException("assistingUnitCodes", "主办单位不能同时作为协办单位。");
        }

        if (isRedispatch && leadUnitId == LeadUnitId)
        {
            throw new DomainRuleException("unitCode", "工单已在该单位，无需转派。");
        }

        var previousUnit = LeadUnitId;
        LeadUnitId = leadUnitId;
        AssistingUnitIds = assistingUnitIds.Distinct().ToList();
        DispatchedAt = now;
        AcceptedAt = null;
        AcceptBy = deadlines.AcceptBy;
        DateTime? replyBySet = null;
        if (!isRedispatch || ReplyBy is null)
        {
            ReplyBy = deadlines.ReplyBy;
            replyBySet = deadlines.ReplyBy;
        }

        ClearPendingExtension();

        // The timeline keeps who was named 协办 at each dispatch; the order itself only holds the current ones.
        Move(from, action, WorkOrderStatus.Dispatched, actor, now, previousUnit, leadUnitId, comment,
            AssistingUnitIds.Count > 0 ? new { assistingUnitIds = AssistingUnitIds.ToArray() } : null,
            new Recorded(AcceptBy: deadlines.AcceptBy, ReplyBy: replyBySet));
    }

    /// <summary>退单: the unit says it is not theirs; the order goes back to the dispatcher.</summary>
    public void Return(string reason, string actor, DateTime now)
    {
        var from = Ensure(WorkOrderAction.Return);
        RequireText(reason, "reason", "退单理由", MaxCommentLength);
        var unit = LeadUnitId;
        LeadUnitId = null;
        AssistingUnitIds = [];
        AcceptBy = null;
        ReplyBy = null;
        AcceptedAt = null;
        ReturnCount++;
        ClearPendingExtension();
        Move(from, WorkOrderAction.Return, WorkOrderStatus.Returned, actor, now, unit, null, reason.Trim());
    }

    /// <summary>签收.</summary>
    public void Accept(string actor, DateTime now, string? comment = null)
    {
        var from = Ensure(WorkOrderAction.Accept, comment);
        if (LeadUnitId is null)
        {
            // A reopened direct answer has no unit yet: it must be dispatched first.
            throw new DomainRuleException("unitCode", "工单还没有承办单位，请先派单。");
        }

        AcceptedAt = now;
        Move(from, WorkOrderAction.Accept, WorkOrderStatus.Accepted, actor, now, LeadUnitId, LeadUnitId, comment,
            recorded: new Recorded(OnTime: DeadlineRule.IsMet(AcceptBy, now)));
    }

    /// <summary>延期申请: asks to move the reply deadline to <paramref name="until"/>.</summary>
    public void RequestExtension(DateTime until, string reason, string actor, DateTime now)
    {
        var from = Ensure(WorkOrderAction.ExtensionRequest);
        RequireText(reason, "reason", "延期理由", MaxCommentLength);
        if (PendingExtensionUntil is not null)
        {
            throw new DomainRuleException("until", "已有待审批的延期申请。");
        }

        if (until <= now || (ReplyBy is { } replyBy && until <= replyBy))
        {
            throw new DomainRuleException("until", "延期后的办结时限必须晚于当前办结时限。");
        }

        PendingExtensionUntil = until;
        PendingExtensionReason = reason.Trim();
        Move(from, WorkOrderAction.ExtensionRequest, WorkOrderStatus.Accepted, actor, now, LeadUnitId, LeadUnitId, reason.Trim(),
            new { until });
    }

    /// <summary>延期审批: approving moves the reply deadline; rejecting keeps it.</summary>
    public void DecideExtension(bool approve, string? comment, string actor, DateTime now)
    {
        var from = Ensure(WorkOrderAction.ExtensionDecision, comment);
        if (PendingExtensionUntil is not { } until)
        {
            throw new DomainRuleException("approve", "没有待审批的延期申请。");
        }

        if (approve)
        {
            ReplyBy = until;
        }

        ClearPendingExtension();
        Move(from, WorkOrderAction.ExtensionDecision, WorkOrderStatus.Accepted, actor, now, LeadUnitId, LeadUnitId, comment,
            new { approved = approve, until }, new Recorded(ReplyBy: approve ? until : null));
    }

    /// <summary>
    /// 协办意见: an assisting unit tells the lead unit what it found or did. Only a unit the order was dispatched
    /// to as 协办 may; the order stays where it is, and the lead unit still replies to the citizen.
    /// </summary>
    public void RecordAssistOpinion(long assistingUnitId, string opinion, string actor, DateTime now)
    {
        var from = Ensure(WorkOrderAction.AssistOpinion);
        if (!AssistingUnitIds.Contains(assistingUnitId))
        {
            throw new DomainRuleException("unitCode", "该单位不是本工单的协办单位。");
        }

        RequireText(opinion, "opinion", "协办意见", MaxCommentLength);
        Move(from, WorkOrderAction.AssistOpinion, from, actor, now, assistingUnitId, LeadUnitId, opinion.Trim());
    }

    /// <summary>办结答复: the unit's answer to the citizen.</summary>
    public void Reply(string answer, string actor, DateTime now)
    {
        var from = Ensure(WorkOrderAction.Reply);
        RequireText(answer, "answer", "答复内容", MaxContentLength);
        Answer = answer.Trim();
        RepliedAt = now;
        ClearPendingExtension();
        Move(from, WorkOrderAction.Reply, WorkOrderStatus.Replied, actor, now, LeadUnitId, null, null,
            recorded: new Recorded(OnTime: DeadlineRule.IsMet(ReplyBy, now)));
    }

    /// <summary>审核: a passed answer goes to callback (or closes when none is needed); a rejected one goes back to the unit.</summary>
    public void Review(bool pass, string? comment, string actor, DateTime now)
    {
        var from = Ensure(WorkOrderAction.Review, comment);
        WorkOrderStatus to;
        if (pass)
        {
            to = CallbackRequired ? WorkOrderStatus.AwaitingCallback : WorkOrderStatus.Closed;
            if (to == WorkOrderStatus.Closed)
            {
                ClosedAt = now;
            }
        }
        else
        {
            RequireText(comment, "comment", "审核不通过的理由", MaxCommentLength);
            if (LeadUnitId is null)
            {
                // A direct answer has no unit to send it back to.
                throw new DomainRuleException("pass", "直接答复的工单不能退回承办单位，请派单。");
            }

            to = WorkOrderStatus.Accepted;
        }

        Move(from, WorkOrderAction.Review, to, actor, now, null, pass ? null : LeadUnitId, comment, new { pass });
    }

    /// <summary>回访: solved and at least basically satisfied closes the order; otherwise it is reopened.</summary>
    public void RecordCallback(bool solved, Satisfaction satisfaction, string? comment, Deadlines reopenDeadlines, string actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(reopenDeadlines);
        var from = Ensure(WorkOrderAction.Callback, comment);
        Solved = solved;
        Satisfaction = satisfaction;
        var closes = solved && satisfaction != WorkOrders.Satisfaction.Unsatisfied;
        if (closes)
        {
            ClosedAt = now;
        }
        else
        {
            StartReopen(reopenDeadlines);
        }

        Move(from, WorkOrderAction.Callback, closes ? WorkOrderStatus.Closed : WorkOrderStatus.Reopened, actor, now,
            null, closes ? null : LeadUnitId, comment, new { solved, satisfaction },
            closes ? default : new Recorded(reopenDeadlines.AcceptBy, reopenDeadlines.ReplyBy));
    }

    /// <summary>重办 by a supervisor: the citizen called again, or the answer did not hold.</summary>
    public void Reopen(string reason, Deadlines deadlines, string actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        var from = Ensure(WorkOrderAction.Reopen);
        RequireText(reason, "reason", "重办理由", MaxCommentLength);
        StartReopen(deadlines);
        Move(from, WorkOrderAction.Reopen, WorkOrderStatus.Reopened, actor, now, null, LeadUnitId, reason.Trim(),
            recorded: new Recorded(deadlines.AcceptBy, deadlines.ReplyBy));
    }

    /// <summary>合并: this order is a duplicate of <paramref name="target"/>, which carries on.</summary>
    public void MergeInto(WorkOrder target, string? comment, string actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(target);
        var from = Ensure(WorkOrderAction.Merge, comment);
        if (ReferenceEquals(target, this) || (Id != 0 && target.Id == Id))
        {
            throw new DomainRuleException("targetId", "工单不能合并到自身。");
        }

        if (WorkOrderStateMachine.IsFinal(target.Status))
        {
            throw new DomainRuleException("targetId", $"目标工单 {target.Number} 已{WorkOrderNames.Of(target.Status)}，不能合并。");
        }

        MergedIntoId = target.Id;
        ClosedAt = now;
        ClearPendingExtension();
        Move(from, WorkOrderAction.Merge, WorkOrderStatus.Merged, actor, now, LeadUnitId, null, comment,
            new { mergedInto = target.Number });

        // The target records the duplicate and moves to a new version: a concurrent merge the other way round
        // (target into this) then fails its version check instead of closing both orders as each other's duplicate.
        target.Version++;
        target.Append(WorkOrderAction.DuplicateMerged, target.Status, target.Status, actor, now, null, null,
            $"工单 {Number} 作为重复件并入本工单。", new { duplicate = Number });
    }

    /// <summary>撤单 at the citizen's request.</summary>
    public void Withdraw(string reason, string actor, DateTime now)
    {
        var from = Ensure(WorkOrderAction.Withdraw);
        RequireText(reason, "reason", "撤单理由", MaxCommentLength);
        ClosedAt = now;
        ClearPendingExtension();
        Move(from, WorkOrderAction.Withdraw, WorkOrderStatus.Withdrawn, actor, now, LeadUnitId, null, reason.Trim());
    }

    /// <summary>结案 without a callback, e.g. the citizen could not be reached.</summary>
    public void Close(string comment, string actor, DateTime now)
    {
        var from = Ensure(WorkOrderAction.Close);
        RequireText(comment, "comment", "结案说明", MaxCommentLength);
        ClosedAt = now;
        Move(from, WorkOrderAction.Close, WorkOrderStatus.Closed, actor, now, null, null, comment.Trim());
    }

    private void StartReopen(Deadlines deadlines)
    {
        ReopenCount++;
        ClosedAt = null;
        AcceptedAt = null;
        AcceptBy = deadlines.AcceptBy;
        ReplyBy = deadlines.ReplyBy;
    }

    /// <summary>Checks the transition and the optional comment before anything changes, so a refusal leaves the order as it was.</summary>
    private WorkOrderStatus Ensure(WorkOrderAction action, string? comment = null)
    {
        WorkOrderStateMachine.EnsureCanApply(Status, action);
        if (comment is { Length: > MaxCommentLength })
        {
            throw new DomainRuleException("comment", $"说明不能超过 {MaxCommentLength} 字。");
        }

        return Status;
    }

    private void ClearPendingExtension()
    {
        PendingExtensionUntil = null;
        PendingExtensionReason = null;
    }

    private void Move(WorkOrderStatus from, WorkOrderAction action, WorkOrderStatus to, string actor, DateTime now,
        long? fromUnit, long? toUnit, string? comment, object? outcome = null, Recorded recorded = default)
    {
        WorkOrderStateMachine.EnsureTarget(from, action, to);
        Status = to;
        Version++;
        Append(action, from, to, actor, now, fromUnit, toUnit, comment, outcome, recorded);
    }

    private void Append(WorkOrderAction action, WorkOrderStatus? from, WorkOrderStatus to, string actor, DateTime now,
        long? fromUnit, long? toUnit, string? comment, object? outcome = null, Recorded recorded = default)
    {
        if (comment is { Length: > MaxCommentLength })
        {
            throw new DomainRuleException("comment", $"说明不能超过 {MaxCommentLength} 字。");
        }

        UpdatedAt = now;
        var e = new WorkOrderEvent(_events.Count + 1, action, from, to, actor, now, fromUnit, toUnit,
            string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());
        if (outcome is not null)
        {
            e.Outcome = JsonSerializer.Serialize(outcome, OutcomeJson);
        }

        e.AcceptBy = recorded.AcceptBy;
        e.ReplyBy = recorded.ReplyBy;
        e.OnTime = recorded.OnTime;
        _events.Add(e);
    }

    /// <summary>What an event records for the figures: the deadlines it set, and whether an accept or reply was on time.</summary>
    private readonly record struct Recorded(DateTime? AcceptBy = null, DateTime? ReplyBy = null, bool? OnTime = null);

    private static void RequireText(string? value, string field, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainRuleException(field, $"{label}不能为空。");
        }

        if (value.Trim().Length > maxLength)
        {
            throw new DomainRuleException(field, $"{label}不能超过 {maxLength} 字。");
        }
    }
}
