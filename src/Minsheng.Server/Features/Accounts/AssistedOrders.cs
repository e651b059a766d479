using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// "The orders these units assist (协办)", in the shape each engine can answer from an index: on PostgreSQL the
/// array overlap <c>assisting_unit_ids &amp;&amp; units</c> (GIN index), on SQLite a look-up in the
/// work_order_assisting_units table that triggers keep in step (a JSON column has no index by element).
/// Either way it can stand in the data scope's OR beside the lead unit without a scan of every order.
/// </summary>
internal static class AssistedOrders
{
    public static Expression<Func<WorkOrder, bool>> By(MinshengDbContext db, IReadOnlyCollection<long> unitIds)
    {
        var units = unitIds.ToArray();
        switch (db.Engine)
        {
            case DatabaseEngine.Sqlite:
                var json = JsonSerializer.Serialize(units);
                var ids = db.Database.SqlQuery<long>(
                    $"SELECT work_order_id AS \"Value\" FROM work_order_assisting_units WHERE unit_id IN (SELECT value FROM json_each({json}))");
                return w => ids.Contains(w.Id);
            default:
                return w => w.AssistingUnitIds.Any(a => units.Contains(a));
        }
    }
}
