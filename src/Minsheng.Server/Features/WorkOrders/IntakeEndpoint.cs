using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary><c>POST /api/v1/work-orders</c>: 201 with the order (also for a replayed Idempotency-Key), or why not.</summary>
internal static class IntakeEndpoint
{
    public static async Task<Results<Created<WorkOrderDto>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> RegisterAsync(
        RegisterWorkOrderRequest request,
        [FromHeader(Name = IdempotencyKeys.HeaderName)] string? idempotencyKey,
        CurrentUser user,
        Intake intake,
        ReferenceData referenceData,
        TimeProvider time,
        MinshengDbContext db,
        CancellationToken ct)
    {
        var actor = await user.GetActorAsync(ct);
        var result = await intake.RegisterAsync(actor, request, idempotencyKey, ct);
        if (result is not WorkOrderResult.Done done)
        {
            return WorkOrderHttp.Refusal(result).Result switch
            {
                ValidationProblem invalid => invalid,
                NotFound<ProblemDetails> notFound => notFound,
                Conflict<ProblemDetails> conflict => conflict,
                ProblemHttpResult problem => problem,
                var other => throw new InvalidOperationException($"Intake cannot answer {other.GetType().Name}."),
            };
        }

        var refs = await referenceData.GetAsync(ct);
        var view = await ActorNames.FillAsync(done.Order.ToDtoFor(actor, refs, time.GetUtcNow().UtcDateTime, null), db, ct);
        return TypedResults.Created($"/api/v1/work-orders/{done.Order.Id}", view);
    }
}
