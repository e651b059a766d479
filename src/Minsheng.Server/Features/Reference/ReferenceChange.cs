namespace Minsheng.Server.Features.Reference;

internal enum ReferenceOutcome
{
    Invalid,
    NotFound,

    /// <summary>Refused as a whole (e.g. deleting a region in use); <see cref="ReferenceChange{T}.Message"/> says why.</summary>
    Conflict,
    Created,
    Updated,

    /// <summary>Asked to delete, but rows refer to it: kept and marked inactive.</summary>
    Deactivated,
    Deleted,
}

/// <summary>What a change to reference data came to; shared by the admin API and the admin pages.</summary>
internal sealed record ReferenceChange<T>(ReferenceOutcome Outcome, T? Entity = null, Dictionary<string, string[]>? Errors = null,
    string? Message = null)
    where T : class
{
    public bool Succeeded => Outcome is ReferenceOutcome.Created or ReferenceOutcome.Updated or ReferenceOutcome.Deactivated
        or ReferenceOutcome.Deleted;

    public static ReferenceChange<T> Invalid(ValidationErrors errors) => new(ReferenceOutcome.Invalid, Errors: errors.ToDictionary());

    public static ReferenceChange<T> Missing(string message) => new(ReferenceOutcome.NotFound, Message: message);

    public static ReferenceChange<T> Refused(string message) => new(ReferenceOutcome.Conflict, Message: message);

    public static ReferenceChange<T> Done(ReferenceOutcome outcome, T entity) => new(outcome, entity);
}
