using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Reference;

/// <summary>
/// What still refers to a unit, category or region. A row in use is kept (deactivated, or the deletion refused):
/// orders and their history must keep naming what they named.
/// </summary>
internal static class ReferenceUsage
{
    public static async Task<IReadOnlyList<string>> OfUnitAsync(MinshengDbContext db, long id, CancellationToken ct)
    {
        var uses = new List<string>();
        if (await db.WorkOrders.AnyAsync(w => w.LeadUnitId == id || w.AssistingUnitIds.Contains(id), ct)
            || await db.WorkOrderEvents.AnyAsync(e => e.FromUnitId == id || e.ToUnitId == id, ct))
        {
            uses.Add("orders");
        }

        if (await db.UserUnits.AnyAsync(u => u.UnitId == id, ct))
        {
            uses.Add("users");
        }

        if (await db.Responsibilities.AnyAsync(r => r.UnitId == id, ct))
        {
            uses.Add("responsibilities");
        }

        if (await db.Units.AnyAsync(u => u.ParentId == id, ct))
        {
            uses.Add("child-units");
        }

        return uses;
    }

    public static async Task<IReadOnlyList<string>> OfCategoryAsync(MinshengDbContext db, long id, CancellationToken ct)
    {
        var uses = new List<string>();
        if (await db.WorkOrders.AnyAsync(w => w.CategoryId == id, ct))
        {
            uses.Add("orders");
        }

        if (await db.Responsibilities.AnyAsync(r => r.CategoryId == id, ct))
        {
            uses.Add("responsibilities");
        }

        if (await db.ServiceAttributes.AnyAsync(a => a.CategoryId == id, ct))
        {
            uses.Add("open311-attributes");
        }

        if (await db.Categories.AnyAsync(c => c.ParentId == id, ct))
        {
            uses.Add("child-categories");
        }

        return uses;
    }

    public static async Task<IReadOnlyList<string>> OfRegionAsync(MinshengDbContext db, long id, CancellationToken ct)
    {
        var uses = new List<string>();
        if (await db.WorkOrders.AnyAsync(w => w.RegionId == id, ct))
        {
            uses.Add("orders");
        }

        if (await db.Units.AnyAsync(u => u.RegionId == id, ct))
        {
            uses.Add("units");
        }

        if (await db.UserRegions.AnyAsync(r => r.RegionId == id, ct))
        {
            uses.Add("users");
        }

        if (await db.Responsibilities.AnyAsync(r => r.RegionId == id, ct))
        {
            uses.Add("responsibilities");
        }

        if (await db.Regions.AnyAsync(r => r.ParentId == id, ct))
        {
            uses.Add("child-regions");
        }

        return uses;
    }
}
