using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// Every authenticated request: the user must still exist, be active, and carry the current access version.
/// Deactivating or deleting a user, or changing their roles, units or password, bumps it, so their bearer
/// tokens and cookies stop working at once instead of when they expire.
/// </summary>
internal sealed class ActiveUserCheck(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, MinshengDbContext db)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var id = long.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
                ? userId
                : -1;
            var claimed = context.User.FindFirstValue(MinshengClaimsPrincipalFactory.AccessVersionClaim);
            var current = await db.Users.AsNoTracking().Where(u => u.Id == id)
                .Select(u => new { u.IsActive, u.AccessVersion })
                .FirstOrDefaultAsync(context.RequestAborted);
            if (current is not { IsActive: true }
                || claimed != current.AccessVersion.ToString(CultureInfo.InvariantCulture))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }

        await next(context);
    }
}
