using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// <c>POST /api/v1/work-orders/{id}/{action}</c>: each endpoint takes the version the client saw from the body or
/// <c>If-Match</c>, hands the signed-in actor and the body to <see cref="WorkOrderTransitions"/>, and translates its
/// answer with <see cref="WorkOrderHttp"/>. Nothing else happens here.
/// </summary>
internal static class TransitionEndpoints
{
    /// <summary>Runs one use case: the body with the version to check, the actor, the order's id.</summary>
    public delegate Task<WorkOrderResult> Transition<TBody>(WorkOrderTransitions transitions, Actor actor, long id, TBody body, int? version,
        CancellationToken cancellationToken);

    public static RouteHandlerBuilder MapTransition<TBody>(this RouteGroupBuilder group, string action, string name, Transition<TBody> transition)
        where TBody : IVersionedRequest =>
        group.MapPost("/{id:long}/" + action, async Task<Results<Ok<WorkOrderDto>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> (
                long id, TBody body, HttpContext http, CurrentUser user, WorkOrderTransitions transitions, ReferenceData referenceData,
                TimeProvider time, MinshengDbContext db, CancellationToken ct) =>
            {
                var actor = await user.GetActorAsync(ct);
                var result = await transition(transitions, actor, id, body, body.Version ?? WorkOrderHttp.IfMatch(http), ct);
                var refs = await referenceData.GetAsync(ct);
                var now = time.GetUtcNow().UtcDateTime;
                var view = result is WorkOrderResult.Done done
                    ? await ActorNames.FillAsync(done.Order.ToDtoFor(actor, refs, now, done.MergedIntoNumber), db, ct)
                    : null;
                return WorkOrderHttp.Answer(http, result, _ => view!);
            })
            .WithName(name)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
