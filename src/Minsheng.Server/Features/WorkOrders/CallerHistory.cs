using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>The earlier orders of a caller's phone number (重复来电), newest first, within what the user may read.</summary>
public static class CallerHistory
{
    public const int Shown = 10;

    public const int MaxPhoneLength = 32;

    /// <param name="Phone">The number looked up, trimmed; null when none was given (or it cannot be a phone number).</param>
    /// <param name="Orders">The newest <see cref="Shown"/> orders of that number.</param>
    /// <param name="Total">How many orders the number has in all.</param>
    public sealed record Result(string? Phone, IReadOnlyList<WorkOrderSummaryDto> Orders, int Total)
    {
        public static readonly Result None = new(null, [], 0);
    }

    public static async Task<Result> FindAsync(string? phone, MinshengDbContext db, CurrentUser user, ReferenceData referenceData, TimeProvider time,
        CancellationToken ct)
    {
        phone = phone?.Trim();
        if (string.IsNullOrEmpty(phone) || phone.Length > MaxPhoneLength)
        {
            return Result.None;
        }

        var scope = await user.GetScopeAsync(ct);
        var orders = scope.ApplyForReading(db.WorkOrders.AsNoTracking()).Where(w => w.Requester.Phone == phone);
        var total = await orders.CountAsync(ct);
        var refs = await referenceData.GetAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var newest = (await orders.OrderByDescending(w => w.RegisteredAt).Take(Shown).ToListAsync(ct))
            .Select(w => w.ToSummary(refs, now, PersonalDataViews.For(user, w)))
            .ToArray();
        return new Result(phone, newest, total);
    }
}
