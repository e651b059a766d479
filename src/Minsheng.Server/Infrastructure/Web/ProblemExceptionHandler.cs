using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Infrastructure.Web;

/// <summary>
/// The one place where exceptions become HTTP answers: rule violations are 400 with the field at
/// fault, refused transitions and lost races are 409, unreadable bodies are 400; anything else is a
/// plain 500 without internals.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, errors) = exception switch
        {
            DomainRuleException rule => (400, "输入有误", rule.Message, Field(rule.Field, rule.Message)),
            IllegalTransitionException illegal => (409, "当前状态不允许该操作", illegal.Message, null),
            DbUpdateConcurrencyException => (409, "工单已被他人修改", "工单已被他人修改，请刷新后重试。", null),
            BadHttpRequestException { InnerException: JsonException json } => (400, "请求格式有误",
                "请求内容不是有效的 JSON，或字段类型不正确。", Field(JsonField(json.Path), JsonMessage(json))),
            BadHttpRequestException bad => (bad.StatusCode, "请求有误", BadRequestMessage(bad), null),
            _ => (500, "服务器内部错误", "服务器处理请求时出错，请稍后重试。", null),
        };

        if (status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        var problem = errors is null
            ? new Microsoft.AspNetCore.Mvc.ProblemDetails()
            : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        if (exception is IllegalTransitionException transition)
        {
            problem.Extensions["currentStatus"] = JsonNames.Of(transition.From);
            problem.Extensions["action"] = JsonNames.Of(transition.Action);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static Dictionary<string, string[]> Field(string field, string message) => new() { [field] = [message] };

    /// <summary>"$.requester.phone" → "requester.phone"; the body itself → "body".</summary>
    private static string JsonField(string? path)
    {
        var field = (path ?? string.Empty).TrimStart('$').TrimStart('.');
        return field.Length == 0 ? "body" : field;
    }

    private static string JsonMessage(JsonException json) =>
        json.Path is { Length: > 1 } ? $"字段 {JsonField(json.Path)} 的值无效。" : "请求内容不是有效的 JSON。";

    private static string BadRequestMessage(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "请求内容过大。",
        StatusCodes.Status415UnsupportedMediaType => "请使用 application/json 提交。",
        _ => "请求有误：缺少必需的内容或参数格式不正确。",
    };

    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, PathString path);
}
