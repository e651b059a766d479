using System.ComponentModel.DataAnnotations;

namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// A key a machine client sends instead of signing in. Only its SHA-256 hash is stored; it acts as its
/// owner user (with that user's roles and scope) and can be revoked.
/// </summary>
public sealed class ApiKey
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The first characters of the key, shown in lists so people can tell keys apart.</summary>
    public required string Prefix { get; set; }

    public required string KeyHash { get; set; }

    public long UserId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    /// <summary>What the key may be used for, comma-separated (e.g. <c>open311</c>); null means everything its user may do.</summary>
    [MaxLength(200)]
    public string? Scopes { get; set; }
}
