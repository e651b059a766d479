using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// The names a timeline shows for the actors of an order's events: a user's display name, a system actor's Chinese
/// name (<see cref="SystemActorNames"/>), else the recorded name itself (a user since deleted).
/// </summary>
internal static class ActorNames
{
    /// <summary>The order with each event's <see cref="WorkOrderEventDto.ActorName"/> filled in (one query for its users).</summary>
    public static async Task<WorkOrderDto> FillAsync(WorkOrderDto order, MinshengDbContext db, CancellationToken ct)
    {
        if (order.Events is not { Count: > 0 } events)
        {
            return order;
        }

        var userNames = events.Select(e => e.Actor).Where(a => SystemActorNames.Of(a) is null).Distinct().ToArray();
        var displayNames = userNames.Length == 0
            ? []
            : await db.Users.AsNoTracking()
                .Where(u => userNames.Contains(u.UserName!))
                .Select(u => new { u.UserName, u.DisplayName })
                .ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, StringComparer.Ordinal, ct);
        return order with { Events = events.Select(e => e with { ActorName = NameOf(e.Actor, displayNames) }).ToArray() };
    }

    /// <summary>Without a lookup: a system actor's name, else the user name.</summary>
    public static string Default(string actor) => SystemActorNames.Of(actor) ?? actor;

    private static string NameOf(string actor, Dictionary<string, string> displayNames) =>
        SystemActorNames.Of(actor)
        ?? (displayNames.TryGetValue(actor, out var name) && !string.IsNullOrWhiteSpace(name) ? name : actor);
}
