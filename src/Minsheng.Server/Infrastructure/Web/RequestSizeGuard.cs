namespace Minsheng.Server.Infrastructure.Web;

/// <summary>
/// Refuses a declared body larger than <see cref="MinshengHost.MaxRequestBodyBytes"/> with 413 before
/// reading it. Kestrel enforces the same limit on bodies without a length; this answers early and the same
/// way behind any server.
/// </summary>
internal sealed class RequestSizeGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (context.Request.ContentLength > MinshengHost.MaxRequestBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "请求内容过大",
                    Detail = "请求内容不能超过 1 MB。",
                },
            });
            return;
        }

        await next(context);
    }
}
