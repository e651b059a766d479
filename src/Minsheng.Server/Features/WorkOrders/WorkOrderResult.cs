using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// What a work-order use case answers, whoever called it: the order as it now is, or why nothing changed. Endpoints
/// map it to HTTP (<see cref="WorkOrderHttp"/>), pages to field errors (<c>FieldErrors.AddResult</c>), jobs log it.
/// </summary>
public abstract record WorkOrderResult
{
    private WorkOrderResult()
    {
    }

    /// <summary>The action was taken (or, for a replayed intake, had been): the order as saved.</summary>
    public sealed record Done(WorkOrder Order, string? MergedIntoNumber = null, bool Replayed = false) : WorkOrderResult;

    /// <summary>No such order, or none the actor may act on: the two are not told apart.</summary>
    public sealed record NotFound(long Id) : WorkOrderResult;

    /// <summary>The actor's roles do not allow the action at all.</summary>
    public sealed record Forbidden(WorkOrderAction Action) : WorkOrderResult;

    /// <summary>The order changed since the actor saw it (the version they sent), or another action won the race.</summary>
    public sealed record StaleVersion(int? Seen, int Current) : WorkOrderResult;

    /// <summary>The order's status does not allow the action now.</summary>
    public sealed record NotAllowedNow(WorkOrderStatus Status, WorkOrderAction Action, string Message) : WorkOrderResult;

    /// <summary>The input is wrong: messages by field, named as in the API ("unitCode", "requester.phone").</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : WorkOrderResult
    {
        public static Invalid Field(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
    }

    public bool IsDone => this is Done;
}
