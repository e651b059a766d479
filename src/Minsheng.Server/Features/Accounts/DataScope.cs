using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// Which orders a user may see and act on: the whole jurisdiction, the orders led by their units (and the
/// units below), the orders in their grids, and a citizen's own. Applied inside every query, so an order
/// outside it is simply not found.
/// </summary>
public sealed record DataScope(bool All, IReadOnlyList<long> UnitIds, IReadOnlyList<long> RegionIds, long? CitizenUserId)
{
    public static readonly DataScope Everything = new(true, [], [], null);

    public static readonly DataScope Nothing = new(false, [], [], null);

    public IQueryable<WorkOrder> Apply(IQueryable<WorkOrder> orders)
    {
        if (All)
        {
            return orders;
        }

        var units = UnitIds.ToArray();
        var regions = RegionIds.ToArray();
        var citizen = CitizenUserId ?? -1;
        return orders.Where(w =>
            (w.LeadUnitId != null && units.Contains(w.LeadUnitId.Value))
            || (w.RegionId != null && regions.Contains(w.RegionId.Value))
            || w.CitizenUserId == citizen);
    }

    public bool Contains(long? unitId) => All || (unitId is { } id && UnitIds.Contains(id));
}
