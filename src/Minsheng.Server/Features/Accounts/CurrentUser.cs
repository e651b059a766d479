using System.Globalization;
using System.Security.Claims;

namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// The signed-in user of this request: who, which roles, and which orders they may see (loaded once). Use cases take
/// the <see cref="Actor"/> this gives; pages and endpoints ask for it with <see cref="GetActorAsync"/>.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http, ActorResolver actors)
{
    private Actor? _actor;

    public ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public long? UserId => long.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        ? id
        : null;

    public string UserName => IsAuthenticated ? Principal.Identity?.Name ?? "unknown" : "anonymous";

    public bool IsInRole(string role) => Principal.IsInRole(role);

    public bool IsInAnyRole(IEnumerable<string> roles) => roles.Any(Principal.IsInRole);

    public bool CanSeePersonalData => IsInAnyRole(Roles.SeePersonalData);

    /// <summary>Handlers and grid workers handle orders; confidential requesters are never shown to them.</summary>
    public bool IsHandlingUnitOnly => !IsInAnyRole(Roles.Jurisdiction) && IsInAnyRole([Roles.Handler, Roles.GridWorker]);

    public async Task<Actor> GetActorAsync(CancellationToken cancellationToken) =>
        _actor ??= await actors.ForPrincipalAsync(Principal, cancellationToken);

    public async Task<DataScope> GetScopeAsync(CancellationToken cancellationToken) =>
        (await GetActorAsync(cancellationToken)).Scope;
}
