using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Minsheng.Server.Features.Accounts;

/// <summary>Abuse limits on the public doors: sign-in, citizen submission, status lookup. Over the limit: 429 + Retry-After.</summary>
internal static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Public = "public";

    public static IServiceCollection AddMinshengRateLimits(this IServiceCollection services, AccountSettings settings)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, http => PerClient(http, settings.SignInPerMinute));

            // Staff work at speed and are not limited; citizens and anonymous callers are.
            options.AddPolicy(Public, http => http.User.Identity?.IsAuthenticated == true && !http.User.IsInRole(Roles.Citizen)
                ? RateLimitPartition.GetNoLimiter("staff")
                : PerClient(http, settings.PublicPerMinute));
            options.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "请求过于频繁",
                        Detail = "请求过于频繁，请稍后再试。",
                    },
                });
            };
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext http, int perMinute)
    {
        var key = http.User.Identity?.IsAuthenticated == true
            ? "user:" + http.User.Identity.Name
            : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
