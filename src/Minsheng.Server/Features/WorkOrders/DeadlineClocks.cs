using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Calendar;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>The <see cref="DeadlineClock"/> of this moment, its due-soon horizon counted on the stored working calendar.</summary>
internal static class DeadlineClocks
{
    public static async Task<DeadlineClock> NowAsync(this CalendarProvider calendars, TimeProvider time, CancellationToken cancellationToken) =>
        DeadlineClock.At(time.GetUtcNow().UtcDateTime, await calendars.GetAsync(cancellationToken));
}
