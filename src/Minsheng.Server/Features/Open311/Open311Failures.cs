namespace Minsheng.Server.Features.Open311;

/// <summary>
/// Keeps the spec's error format at the Open311 edge when something fails below it: a malformed body is a
/// 400, anything unexpected a logged 500, both as <c>errors/error</c> in the requested format.
/// </summary>
internal static partial class Open311Failures
{
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (BadHttpRequestException e)
        {
            return Open311Errors.Of(e.StatusCode, FormatOf(context.HttpContext), "请求格式有误，无法读取。");
        }
        catch (InvalidDataException)
        {
            return Open311Errors.BadRequest(FormatOf(context.HttpContext), "请求格式有误，无法读取。");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Open311Failures));
            LogFailed(logger, context.HttpContext.GetEndpoint()?.DisplayName ?? "Open311", e);
            return Open311Errors.Of(StatusCodes.Status500InternalServerError, FormatOf(context.HttpContext), "服务暂时出错，请稍后重试。");
        }
    }

    public static Open311Format FormatOf(HttpContext http) =>
        Open311Input.Format(http.GetRouteValue("format") as string) ?? Open311Format.Xml;

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Open311 endpoint {Endpoint} failed")]
    private static partial void LogFailed(ILogger logger, string endpoint, Exception exception);
}
