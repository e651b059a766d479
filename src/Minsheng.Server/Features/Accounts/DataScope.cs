using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
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

        // Only the parts the user has: a condition that can never hold (an empty list, no citizen) would still
        // stand in an OR, and one column without a usable index makes the database read every order.
        var units = UnitIds.ToArray();
        var regions = RegionIds.ToArray();
        var parts = new List<Expression<Func<WorkOrder, bool>>>();
        if (units.Length > 0)
        {
            parts.Add(w => w.LeadUnitId != null && units.Contains(w.LeadUnitId.Value));
        }

        if (regions.Length > 0)
        {
            parts.Add(w => w.RegionId != null && regions.Contains(w.RegionId.Value));
        }

        if (CitizenUserId is { } citizen)
        {
            parts.Add(w => w.CitizenUserId == citizen);
        }

        return parts.Count == 0 ? orders.Where(w => false) : orders.Where(parts.Aggregate(Or));
    }

    public bool Contains(long? unitId) => All || (unitId is { } id && UnitIds.Contains(id));

    private static Expression<Func<WorkOrder, bool>> Or(Expression<Func<WorkOrder, bool>> left, Expression<Func<WorkOrder, bool>> right) =>
        Expression.Lambda<Func<WorkOrder, bool>>(
            Expression.OrElse(left.Body, ReplacingExpressionVisitor.Replace(right.Parameters[0], left.Parameters[0], right.Body)),
            left.Parameters);
}
