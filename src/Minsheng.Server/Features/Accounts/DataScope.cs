using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// Which orders a user may see and act on: the whole jurisdiction, the orders led by their units (and the
/// units below), the orders in their grids, and a citizen's own; units also read the orders they assist.
/// Applied inside every query, so an order outside it is simply not found.
/// </summary>
public sealed record DataScope(bool All, IReadOnlyList<long> UnitIds, IReadOnlyList<long> RegionIds, long? CitizenUserId)
{
    public static readonly DataScope Everything = new(true, [], [], null);

    public static readonly DataScope Nothing = new(false, [], [], null);

    /// <summary>The orders the user's units assist, as the engine finds them (<see cref="AssistedOrders"/>); null without units.</summary>
    public Expression<Func<WorkOrder, bool>>? Assisted { get; init; }

    /// <summary>The orders the user handles: led by their units, in their grids, or their own as a citizen.</summary>
    public IQueryable<WorkOrder> Apply(IQueryable<WorkOrder> orders) => Restrict(orders, includeAssisted: false);

    /// <summary>
    /// The orders the user may read: the ones they handle, and the ones their units assist (协办). An assisting
    /// unit sees the whole order but acts on it only through its opinion, so every transition uses <see cref="Apply"/>.
    /// </summary>
    public IQueryable<WorkOrder> ApplyForReading(IQueryable<WorkOrder> orders) => Restrict(orders, includeAssisted: true);

    /// <summary>The orders the user's units assist (for the workbench's 协办 queue); none for the whole jurisdiction.</summary>
    public IQueryable<WorkOrder> AssistedBy(IQueryable<WorkOrder> orders) =>
        Assisted is { } assisted ? orders.Where(assisted) : orders.Where(w => false);

    /// <summary>The user's unit among the order's assisting units, if any.</summary>
    public long? AssistingUnitAmong(IEnumerable<long> assistingUnitIds) =>
        assistingUnitIds.Where(UnitIds.Contains).Select(id => (long?)id).FirstOrDefault();

    private IQueryable<WorkOrder> Restrict(IQueryable<WorkOrder> orders, bool includeAssisted)
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
            if (includeAssisted && Assisted is { } assisted)
            {
                parts.Add(assisted);
            }
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
