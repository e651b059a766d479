using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Text;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// Chinese full-text filter over orders. The query is segmented like the index; every word must match.
/// SQLite asks its FTS5 table, PostgreSQL its GIN index over to_tsvector('simple', search_text).
/// </summary>
internal sealed class WorkOrderTextSearch(MinshengDbContext db, ChineseText text)
{
    public IQueryable<WorkOrder> Filter(IQueryable<WorkOrder> orders, string query)
    {
        var terms = text.ToQueryTerms(query);
        if (terms.Count == 0)
        {
            return orders;
        }

        switch (db.Engine)
        {
            case DatabaseEngine.Sqlite:
                // Each term quoted: FTS5 reads it as a phrase, so no query syntax leaks through.
                var match = string.Join(' ', terms.Select(t => "\"" + t + "\""));
                var ids = db.Database.SqlQuery<long>($"SELECT rowid AS \"Value\" FROM work_order_fts WHERE work_order_fts MATCH {match}");
                return orders.Where(w => ids.Contains(w.Id));
            default:
                var tsQuery = string.Join(" & ", terms.Select(t => "'" + t + "'"));
                return orders.Where(w => EF.Functions.ToTsVector("simple", w.SearchText)
                    .Matches(EF.Functions.ToTsQuery("simple", tsQuery)));
        }
    }
}
