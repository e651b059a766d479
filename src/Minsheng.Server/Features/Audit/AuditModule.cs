using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Audit;

public static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        return services;
    }

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", SearchAsync)
            .WithTags("Audit")
            .WithName("SearchAuditLog")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Admin));
        return app;
    }

    public sealed record AuditEntryDto(long Id, DateTime At, string Actor, string Action, string? Target, string? IpAddress, string? Detail);

    /// <summary>An administrator searches the log by actor, action (prefix), target, and time.</summary>
    private static async Task<Results<Ok<AuditEntryDto[]>, ValidationProblem>> SearchAsync(
        string? actor, string? action, string? target, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize,
        MinshengDbContext db, CancellationToken ct)
    {
        var size = pageSize ?? 50;
        var number = page ?? 1;
        if (size is < 1 or > 500 || number < 1)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["pageSize"] = ["page ≥ 1，pageSize 应在 1 到 500 之间。"],
            });
        }

        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(actor))
        {
            entries = entries.Where(e => e.Actor == actor);
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            entries = entries.Where(e => e.Action.StartsWith(action));
        }

        if (!string.IsNullOrWhiteSpace(target))
        {
            entries = entries.Where(e => e.Target == target);
        }

        if (from is { } f)
        {
            var fromUtc = f.UtcDateTime;
            entries = entries.Where(e => e.At >= fromUtc);
        }

        if (to is { } t)
        {
            var toUtc = t.UtcDateTime;
            entries = entries.Where(e => e.At < toUtc);
        }

        var rows = await entries.OrderByDescending(e => e.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(e => new AuditEntryDto(e.Id, e.At, e.Actor, e.Action, e.Target, e.IpAddress, e.Detail)).ToArray());
    }

    internal static string Target(string kind, long id) => string.Create(CultureInfo.InvariantCulture, $"{kind}:{id}");
}
