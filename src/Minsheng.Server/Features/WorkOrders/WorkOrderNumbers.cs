using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// Hands out 受理编号 like 20261129-000123: the local date, then a per-day counter bumped by one
/// atomic upsert in the database, so several server processes never hand out the same number.
/// </summary>
internal sealed class WorkOrderNumbers(MinshengDbContext db, CalendarProvider calendars)
{
    public async Task<string> NextAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var calendar = await calendars.GetAsync(cancellationToken);
        var day = (nowUtc + calendar.UtcOffset).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

        // Both engines speak INSERT … ON CONFLICT … RETURNING; one statement, one round trip, no race.
        var value = await db.Database.SqlQuery<long>($"""
            INSERT INTO number_sequences (day, last_value) VALUES ({day}, 1)
            ON CONFLICT (day) DO UPDATE SET last_value = number_sequences.last_value + 1
            RETURNING last_value AS "Value"
            """).ToListAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{day}-{value[0]:D6}");
    }
}
