namespace Minsheng.Server.Features.WorkOrders;

public sealed record ReferenceDto(long Id, string Code, string Name);

public sealed record RequesterDto(string? Name, string? Phone, string Type, bool Confidential, bool Anonymous);

public sealed record LocationDto(string? Address, double? Latitude, double? Longitude, ReferenceDto? Region);

public sealed record DeadlinesDto(DateTime? AcceptBy, DateTime? ReplyBy, bool AcceptOverdue, bool ReplyOverdue, DateTime? PendingExtensionUntil, string? PendingExtensionReason);

public sealed record CallbackResultDto(bool? Solved, string? Satisfaction);

public sealed record WorkOrderEventDto(
    int Sequence,
    string Action,
    string ActionName,
    string? FromStatus,
    string ToStatus,
    string Actor,
    DateTime OccurredAt,
    ReferenceDto? FromUnit,
    ReferenceDto? ToUnit,
    string? Comment,
    string? Outcome,
    DateTime? AcceptBy,
    DateTime? ReplyBy,
    bool? OnTime,

    string? ActorName = null);

public sealed record WorkOrderDto(
    long Id,
    string Number,
    string Kind,
    string Channel,
    string Urgency,
    string Status,
    string StatusName,
    string Title,
    string Content,
    RequesterDto Requester,
    LocationDto Location,
    ReferenceDto? Category,
    ReferenceDto? LeadUnit,
    IReadOnlyList<ReferenceDto> AssistingUnits,
    DeadlinesDto Deadlines,
    DateTime RegisteredAt,
    DateTime? DispatchedAt,
    DateTime? AcceptedAt,
    DateTime? RepliedAt,
    DateTime? ClosedAt,
    string? Answer,
    bool CallbackRequired,
    CallbackResultDto Callback,
    int ReturnCount,
    int ReopenCount,
    string? MergedInto,
    int Version,
    IReadOnlyList<string> AllowedActions,
    IReadOnlyList<WorkOrderEventDto>? Events);

public sealed record WorkOrderSummaryDto(
    long Id,
    string Number,
    string Kind,
    string Urgency,
    string Status,
    string StatusName,
    string Title,
    ReferenceDto? Category,
    ReferenceDto? Region,
    ReferenceDto? LeadUnit,
    DateTime RegisteredAt,
    DateTime? AcceptBy,
    DateTime? ReplyBy,
    bool Overdue,
    int Version);

public sealed record PageDto<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public sealed record PersonalDataDto(long Id, string Number, RequesterDto Requester, string Title, string Content, string? Answer);
