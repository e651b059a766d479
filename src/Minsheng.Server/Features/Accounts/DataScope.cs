using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// Which orders a user may read and which they handle. They read the whole jurisdiction, or the orders led by their
/// units (and the units below), the orders their units assist (协办), the orders located in their grids, and a
/// citizen's own. They handle fewer: the orders their units lead, the orders in their grids that are dispatched to the
/// grid's own committee, and a citizen's own. Reading by place is not handling. Applied inside every query, so an
/// order outside it is simply not found; <see cref="Handles"/> is the same rule for an order in memory.
/// </summary>
public sealed record DataScope(bool All, IReadOnlyList<long> UnitIds, IReadOnlyList<long> RegionIds, long? CitizenUserId)
{
    public static readonly DataScope Everything = new(true, [], [], null);

    public static readonly DataScope Nothing = new(false, [], [], null);

    private Func<WorkOrder, bool>? _handles;

    /// <summary>The units that answer for the grid worker's grids (the village or community committee).</summary>
    public IReadOnlyList<long> GridUnitIds { get; init; } = [];

    /// <summary>The orders the user's units assist, as the engine finds them (<see cref="AssistedOrders"/>); null without units.</summary>
    public Expression<Func<WorkOrder, bool>>? Assisted { get; init; }

    /// <summary>The orders the user handles: every transition but the 协办 opinion is limited to these.</summary>
    public IQueryable<WorkOrder> Apply(IQueryable<WorkOrder> orders) =>
        All ? orders : orders.Where(Handling());

    /// <summary>
    /// The orders the user may read: the ones they handle, the ones their units assist (协办) and the ones located in
    /// their grids.
    /// </summary>
    public IQueryable<WorkOrder> ApplyForReading(IQueryable<WorkOrder> orders) =>
        All ? orders : orders.Where(Reading());

    /// <summary>Whether the user handles this order: <see cref="Apply"/>'s rule, compiled once, for an order already loaded.</summary>
    public bool Handles(WorkOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return All || (_handles ??= Handling().Compile())(order);
    }

    /// <summary>The orders the user's units assist (for the workbench's 协办 queue); none for the whole jurisdiction.</summary>
    public IQueryable<WorkOrder> AssistedBy(IQueryable<WorkOrder> orders) =>
        Assisted is { } assisted ? orders.Where(assisted) : orders.Where(w => false);

    /// <summary>The user's unit among the order's assisting units, if any.</summary>
    public long? AssistingUnitAmong(IEnumerable<long> assistingUnitIds) =>
        assistingUnitIds.Where(UnitIds.Contains).Select(id => (long?)id).FirstOrDefault();

    public bool Contains(long? unitId) => All || (unitId is { } id && UnitIds.Contains(id));

    // Only the parts the user has: a condition that can never hold (an empty list, no citizen) would still stand in an
    // OR, and one column without a usable index makes the database read every order.
    private Expression<Func<WorkOrder, bool>> Handling()
    {
        var units = UnitIds.ToArray();
        var regions = RegionIds.ToArray();
        var gridUnits = GridUnitIds.ToArray();
        var parts = new List<Expression<Func<WorkOrder, bool>>>();
        if (units.Length > 0)
        {
            parts.Add(w => w.LeadUnitId != null && units.Contains(w.LeadUnitId.Value));
        }

        if (regions.Length > 0 && gridUnits.Length > 0)
        {
            parts.Add(w => w.RegionId != null && regions.Contains(w.RegionId.Value)
                && w.LeadUnitId != null && gridUnits.Contains(w.LeadUnitId.Value));
        }

        AddCitizen(parts);
        return Combine(parts);
    }

    private Expression<Func<WorkOrder, bool>> Reading()
    {
        var units = UnitIds.ToArray();
        var regions = RegionIds.ToArray();
        var parts = new List<Expression<Func<WorkOrder, bool>>>();
        if (units.Length > 0)
        {
            parts.Add(w => w.LeadUnitId != null && units.Contains(w.LeadUnitId.Value));
            if (Assisted is { } assisted)
            {
                parts.Add(assisted);
            }
        }

        if (regions.Length > 0)
        {
            parts.Add(w => w.RegionId != null && regions.Contains(w.RegionId.Value));
        }

        AddCitizen(parts);
        return Combine(parts);
    }

    private void AddCitizen(List<Expression<Func<WorkOrder, bool>>> parts)
    {
        if (CitizenUserId is { } citizen)
        {
            parts.Add(w => w.CitizenUserId == citizen);
        }
    }

    private static Expression<Func<WorkOrder, bool>> Combine(List<Expression<Func<WorkOrder, bool>>> parts) =>
        parts.Count == 0 ? w => false : parts.Aggregate(Or);

    private static Expression<Func<WorkOrder, bool>> Or(Expression<Func<WorkOrder, bool>> left, Expression<Func<WorkOrder, bool>> right) =>
        Expression.Lambda<Func<WorkOrder, bool>>(
            Expression.OrElse(left.Body, ReplacingExpressionVisitor.Replace(right.Parameters[0], left.Parameters[0], right.Body)),
            left.Parameters);
}
