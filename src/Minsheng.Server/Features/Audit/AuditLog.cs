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
        Append(
            actor ?? (authenticated ? user!.Identity!.Name : null) ?? "anonymous",
            actorUserId ?? (authenticated && long.TryParse(user!.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value,
                System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null),
            context?.Connection.RemoteIpAddress?.ToString(),
            action, target, detail);
    }

    /// <summary>
    /// An entry for what <paramref name="actor"/> did: a person or API client (with the request's address), or a
    /// system job (no address: a job that runs inside someone's request is still not that person).
    /// </summary>
    public void Add(Actor actor, string action, string? target, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Append(actor.Name, actor.UserId, actor.IsSystem ? null : http.HttpContext?.Connection.RemoteIpAddress?.ToString(), action, target, detail);
    }

    public async Task WriteAsync(string action, string? target, string? detail = null, string? actor = null, long? actorUserId = null,
        CancellationToken cancellationToken = default)
    {
        Add(action, target, detail, actor, actorUserId);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Append(string actor, long? actorUserId, string? ipAddress, string action, string? target, string? detail) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            Actor = Truncate(actor, 100)!,
            ActorUserId = actorUserId,
            Action = action,
            Target = Truncate(target, 100),
            IpAddress = ipAddress,
            Detail = Truncate(detail, 1000),
        });

    private static string? Truncate(string? value, int max) => value is { Length: > 0 } && value.Length > max ? value[..max] : value;
}
