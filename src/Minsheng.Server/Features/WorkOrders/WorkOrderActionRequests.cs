using System.ComponentModel.DataAnnotations;
using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>Every action body may carry the version the client saw; a stale one is a 409.</summary>
public interface IVersionedRequest
{
    int? Version { get; }
}

public sealed record AnswerRequest(
    [property: Required(ErrorMessage = "答复内容不能为空。"), StringLength(WorkOrder.MaxContentLength)] string? Answer,
    int? Version = null) : IVersionedRequest;

/// <summary>派单/转派. <see cref="AssistingUnitCodes"/> names the 协办 units; left out on a 转派, the current ones stay.</summary>
public sealed record DispatchRequest(
    [property: StringLength(32)] string? UnitCode = null,
    IReadOnlyList<string>? AssistingUnitCodes = null,
    [property: StringLength(WorkOrder.MaxCommentLength)] string? Comment = null,
    int? Version = null) : IVersionedRequest;

public sealed record CommentRequest(
    [property: StringLength(WorkOrder.MaxCommentLength)] string? Comment = null,
    int? Version = null) : IVersionedRequest;

public sealed record ReasonRequest(
    [property: Required(ErrorMessage = "请填写理由。"), StringLength(WorkOrder.MaxCommentLength)] string? Reason,
    int? Version = null) : IVersionedRequest;

public sealed record OpinionRequest(
    [property: Required(ErrorMessage = "请填写协办意见。"), StringLength(WorkOrder.MaxCommentLength)] string? Opinion,
    int? Version = null) : IVersionedRequest;

public sealed record ExtensionRequestBody(
    [property: Required(ErrorMessage = "请填写延期后的办结时限。")] DateTimeOffset? Until,
    [property: Required(ErrorMessage = "请填写延期理由。"), StringLength(WorkOrder.MaxCommentLength)] string? Reason,
    int? Version = null) : IVersionedRequest;

public sealed record DecisionRequest(
    [property: Required(ErrorMessage = "请选择是否同意。")] bool? Approve,
    [property: StringLength(WorkOrder.MaxCommentLength)] string? Comment = null,
    int? Version = null) : IVersionedRequest;

public sealed record ReviewRequest(
    [property: Required(ErrorMessage = "请选择审核结果。")] bool? Pass,
    [property: StringLength(WorkOrder.MaxCommentLength)] string? Comment = null,
    int? Version = null) : IVersionedRequest;

public sealed record CallbackRequest(
    [property: Required(ErrorMessage = "请选择问题是否解决。")] bool? Solved,
    [property: Required(ErrorMessage = "请选择满意度。")] Satisfaction? Satisfaction,
    [property: StringLength(WorkOrder.MaxCommentLength)] string? Comment = null,
    int? Version = null) : IVersionedRequest;

public sealed record MergeRequest(
    long? TargetId = null,
    [property: StringLength(32)] string? TargetNumber = null,
    [property: StringLength(WorkOrder.MaxCommentLength)] string? Comment = null,
    int? Version = null) : IVersionedRequest;

public sealed record CloseRequest(
    [property: Required(ErrorMessage = "请填写结案说明。"), StringLength(WorkOrder.MaxCommentLength)] string? Comment,
    int? Version = null) : IVersionedRequest;
