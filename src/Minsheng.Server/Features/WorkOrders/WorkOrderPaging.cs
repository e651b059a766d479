using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// One page of a filtered, sorted order list, in two steps: the ids of the page, then those rows. Sorting
/// only ids keeps the wide columns (content, search text) out of the sort: without it the database reads
/// them for every matching order, not just for the page (measured in bench/RESULTS.md, "Order list").
/// </summary>
internal static class WorkOrderPaging
{
    public static async Task<IReadOnlyList<WorkOrder>> PageAsync(
        this IQueryable<WorkOrder> sorted, IQueryable<WorkOrder> table, int page, int size, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentNullException.ThrowIfNull(table);
        var ids = await sorted.Select(w => w.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = (await table.Where(w => ids.Contains(w.Id)).ToListAsync(cancellationToken)).ToDictionary(w => w.Id);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToArray();
    }
}
