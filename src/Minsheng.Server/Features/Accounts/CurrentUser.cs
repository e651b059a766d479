using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Accounts;

/// <summary>The signed-in user of this request: who, which roles, and which orders they may see (loaded once).</summary>
public sealed class CurrentUser(IHttpContextAccessor http, MinshengDbContext db, ReferenceData referenceData)
{
    private DataScope? _scope;

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

    public async Task<DataScope> GetScopeAsync(CancellationToken cancellationToken)
    {
        if (_scope is not null)
        {
            return _scope;
        }

        if (!IsAuthenticated || UserId is not { } userId)
        {
            return _scope = DataScope.Nothing;
        }

        if (IsInAnyRole(Roles.Jurisdiction))
        {
            return _scope = DataScope.Everything;
        }

        var refs = await referenceData.GetAsync(cancellationToken);
        var units = new HashSet<long>();
        var regions = new HashSet<long>();
        if (IsInRole(Roles.Handler))
        {
            foreach (var unitId in await db.UserUnits.Where(u => u.UserId == userId).Select(u => u.UnitId).ToListAsync(cancellationToken))
            {
                units.UnionWith(refs.UnitSubtree(unitId));
            }
        }

        if (IsInRole(Roles.GridWorker))
        {
            foreach (var regionId in await db.UserRegions.Where(r => r.UserId == userId).Select(r => r.RegionId).ToListAsync(cancellationToken))
            {
                regions.UnionWith(refs.RegionSubtree(regionId));
            }
        }

        return _scope = new DataScope(false, units.ToArray(), regions.ToArray(), IsInRole(Roles.Citizen) ? userId : null)
        {
            Assisted = units.Count > 0 ? AssistedOrders.By(db, units) : null,
        };
    }
}
