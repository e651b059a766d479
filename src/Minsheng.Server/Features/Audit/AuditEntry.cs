namespace Minsheng.Server.Features.Audit;

/// <summary>One line of the audit log: who did what, when, from where. Never updated or deleted.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public required string Actor { get; set; }

    public long? ActorUserId { get; set; }

    /// <summary>What happened, e.g. sign-in, sign-in-failed, unmask, export, transition:dispatch, user-roles-changed.</summary>
    public required string Action { get; set; }

    /// <summary>What it happened to, e.g. work-order:42, user:7.</summary>
    public string? Target { get; set; }

    public string? IpAddress { get; set; }

    /// <summary>Short free text without personal data.</summary>
    public string? Detail { get; set; }
}
