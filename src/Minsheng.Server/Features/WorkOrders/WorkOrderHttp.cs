using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// The one translation of a <see cref="WorkOrderResult"/> into HTTP: 200 with the order, 400 naming the field,
/// 403 for a role that may never act so, 404 for an order outside the caller's scope, 409 for a stale version or
/// a status that does not allow the action.
/// </summary>
internal static class WorkOrderHttp
{
    public static Results<Ok<WorkOrderDto>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult> Answer(
        HttpContext http, WorkOrderResult result, Func<WorkOrderResult.Done, WorkOrderDto> view)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(result);
        switch (result)
        {
            case WorkOrderResult.Done done:
                http.Response.Headers.ETag = ETag(done.Order.Version);
                return TypedResults.Ok(view(done));
            default:
                return Refusal(result);
        }
    }

    /// <summary>Everything but <see cref="WorkOrderResult.Done"/>, also for endpoints whose success is not a plain 200.</summary>
    public static Results<Ok<WorkOrderDto>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult> Refusal(WorkOrderResult result) =>
        result switch
        {
            WorkOrderResult.Invalid invalid => Validation(invalid),
            WorkOrderResult.NotFound notFound => NotFound(notFound.Id),
            WorkOrderResult.Forbidden forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "无权执行该操作",
                detail: $"你的角色不能执行「{WorkOrderNames.Of(forbidden.Action)}」。"),
            WorkOrderResult.StaleVersion stale => TypedResults.Conflict(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "工单已被他人修改",
                Detail = stale.Seen is { } seen && seen != stale.Current
                    ? $"你看到的是第 {seen} 版，工单现在是第 {stale.Current} 版，请刷新后重试。"
                    : "工单已被他人修改，请刷新后重试。",
            }),
            WorkOrderResult.NotAllowedNow refused => TypedResults.Conflict(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "当前状态不允许该操作",
                Detail = refused.Message,
                Extensions =
                {
                    ["currentStatus"] = JsonNames.Of(refused.Status),
                    ["action"] = JsonNames.Of(refused.Action),
                },
            }),
            _ => throw new InvalidOperationException($"No HTTP answer for {result.GetType().Name}."),
        };

    public static ValidationProblem Validation(WorkOrderResult.Invalid invalid) =>
        TypedResults.ValidationProblem(
            invalid.Errors.ToDictionary(e => e.Key, e => e.Value),
            detail: invalid.Errors.Values.SelectMany(m => m).FirstOrDefault(),
            title: "输入有误");

    public static NotFound<ProblemDetails> NotFound(long id) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "工单不存在",
        Detail = string.Create(CultureInfo.InvariantCulture, $"找不到编号为 {id} 的工单。"),
    });

    public static string ETag(int version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>The version a client names in <c>If-Match</c>: <c>"3"</c>, <c>W/"3"</c> or <c>3</c>; anything else is none.</summary>
    public static int? IfMatch(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var value = http.Request.Headers.IfMatch.ToString().Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        value = value.Trim('"');
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }
}
