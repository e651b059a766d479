using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Text;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// The order list's search box. Words are matched by Chinese full text: the query is segmented like the index and every
/// word must match; SQLite asks its FTS5 table, PostgreSQL its GIN index over to_tsvector('simple', search_text).
/// An entry made of digits also finds the orders whose 受理编号 ends in it (<see cref="NumberSearchTerms"/>) and, for
/// users who may see personal data, the orders whose requester phone ends in it; others cannot probe phones.
/// Both go through expression indexes over the number's and the phone's last characters (migration RequesterPhoneIndex),
/// which is why they are SQL: the query must spell the indexed expression exactly, the same on both engines.
/// </summary>
internal sealed class WorkOrderTextSearch(MinshengDbContext db, ChineseText text)
{
    public IQueryable<WorkOrder> Filter(IQueryable<WorkOrder> orders, string query, bool searchPhones)
    {
        var terms = text.ToQueryTerms(query);
        var numbers = NumberSearchTerms.Parse(ChineseText.Normalize(query));
        if (numbers is null || (numbers.Counter is null && !searchPhones))
        {
            return terms.Count == 0 ? orders : MatchingText(orders, terms);
        }

        IQueryable<long>? ids = null;
        if (numbers.Counter is not null)
        {
            ids = NumberEndingIn(numbers.Counter, numbers.NumberSuffix);
        }

        if (searchPhones && numbers.PhoneDigits is { } phone)
        {
            var phoneIds = PhoneEndingIn(phone);
            ids = ids is null ? phoneIds : ids.Union(phoneIds);
        }

        if (terms.Count > 0)
        {
            // Digits can be words too (a house number in the content): those orders are found as before.
            var textIds = MatchingText(db.WorkOrders, terms).Select(w => w.Id);
            ids = ids is null ? textIds : ids.Union(textIds);
        }

        return ids is null ? orders.Where(w => false) : orders.Where(w => ids.Contains(w.Id));
    }

    private IQueryable<long> NumberEndingIn(string counter, string? suffix) => suffix is null
        ? db.Database.SqlQuery<long>($"""
            SELECT id AS "Value" FROM work_orders WHERE substr(number, length(number) - 5) = {counter}
            """)
        : db.Database.SqlQuery<long>($"""
            SELECT id AS "Value" FROM work_orders WHERE substr(number, length(number) - 5) = {counter} AND number LIKE {"%" + suffix}
            """);

    /// <summary>The index finds the last four digits; separators typed into the stored phone are ignored for the rest.</summary>
    private IQueryable<long> PhoneEndingIn(string digits) => db.Database.SqlQuery<long>($"""
        SELECT id AS "Value" FROM work_orders
        WHERE substr(requester_phone, length(requester_phone) - 3) = {digits[^NumberSearchTerms.PhoneTailLength..]}
          AND replace(replace(replace(replace(replace(requester_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', '') LIKE {"%" + digits}
        """);

    private IQueryable<WorkOrder> MatchingText(IQueryable<WorkOrder> orders, IReadOnlyList<string> terms)
    {
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
