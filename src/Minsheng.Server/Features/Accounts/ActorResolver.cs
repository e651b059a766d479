using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// Turns a principal (a cookie, a bearer token, an API key's owner) into an <see cref="Actor"/>: their roles and the
/// orders they may read and handle, from their units and grids.
/// </summary>
public sealed class ActorResolver(MinshengDbContext db, ReferenceData referenceData)
{
    public async Task<Actor> ForPrincipalAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true
            || !long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            return Actor.Anonymous;
        }

        var roles = Roles.All.Where(principal.IsInRole).ToHashSet(StringComparer.Ordinal);
        var name = principal.Identity.Name ?? "unknown";
        return new Actor(userId, name, roles, await ScopeAsync(userId, roles, cancellationToken));
    }

    private async Task<DataScope> ScopeAsync(long userId, HashSet<string> roles, CancellationToken cancellationToken)
    {
        if (Roles.Jurisdiction.Any(roles.Contains))
        {
            return DataScope.Everything;
        }

        var refs = await referenceData.GetAsync(cancellationToken);
        var units = new HashSet<long>();
        var regions = new HashSet<long>();
        if (roles.Contains(Roles.Handler))
        {
            foreach (var unitId in await db.UserUnits.Where(u => u.UserId == userId).Select(u => u.UnitId).ToListAsync(cancellationToken))
            {
                units.UnionWith(refs.UnitSubtree(unitId));
            }
        }

        if (roles.Contains(Roles.GridWorker))
        {
            foreach (var regionId in await db.UserRegions.Where(r => r.UserId == userId).Select(r => r.RegionId).ToListAsync(cancellationToken))
            {
                regions.UnionWith(refs.RegionSubtree(regionId));
            }
        }

        // A grid worker handles what is dispatched to the grid itself: orders in their grids led by the unit that
        // answers for the grid or for the village or community it lies in. What a department leads there they only read.
        var answering = new HashSet<long>(regions);
        foreach (var regionId in regions)
        {
            for (var r = refs.Region(regionId); r is { Level: >= RegionLevel.Village }; r = refs.Region(r.ParentId))
            {
                answering.Add(r.Id);
            }
        }

        var gridUnits = refs.Units.Where(u => u.RegionId is { } r && answering.Contains(r)).Select(u => u.Id).ToArray();
        return new DataScope(false, units.ToArray(), regions.ToArray(), roles.Contains(Roles.Citizen) ? userId : null)
        {
            GridUnitIds = gridUnits,
            Assisted = units.Count > 0 ? AssistedOrders.By(db, units) : null,
        };
    }
}
