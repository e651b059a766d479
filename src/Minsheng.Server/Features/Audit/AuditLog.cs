using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Audit;

/// <summary>Appends to the audit log. <see cref="Add"/> joins the caller's unit of work; <see cref="WriteAsync"/> saves at once.</summary>
public sealed class AuditLog(MinshengDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    public void Add(string action, string? target, string? detail = null, string? actor = null, long? actorUserId = null)
    {
        var context = http.HttpContext;
        var user = context?.User;
        var authenticated = user?.Identity?.IsAuthenticated == true;
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            Actor = Truncate(actor ?? (authenticated ? user!.Identity!.Name : null) ?? "anonymous", 100)!,
            ActorUserId = actorUserId ?? (authenticated && long.TryParse(user!.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value,
                System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null),
            Action = action,
            Target = Truncate(target, 100),
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
            Detail = Truncate(detail, 1000),
        });
    }

    public async Task WriteAsync(string action, string? target, string? detail = null, string? actor = null, long? actorUserId = null,
        CancellationToken cancellationToken = default)
    {
        Add(action, target, detail, actor, actorUserId);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int max) => value is { Length: > 0 } && value.Length > max ? value[..max] : value;
}
