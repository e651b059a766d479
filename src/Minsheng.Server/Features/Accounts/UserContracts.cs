using System.ComponentModel.DataAnnotations;

namespace Minsheng.Server.Features.Accounts;

public sealed record CreateUserRequest(
    [property: Required(ErrorMessage = "请输入用户名。"), StringLength(100)] string? UserName,
    [property: Required(ErrorMessage = "请输入密码。"), StringLength(200)] string? Password,
    [property: StringLength(100)] string? DisplayName,
    IReadOnlyList<string>? Roles,
    IReadOnlyList<long>? UnitIds,
    IReadOnlyList<long>? RegionIds = null);

public sealed record UpdateUserRequest(
    [property: StringLength(100)] string? DisplayName,
    IReadOnlyList<string>? Roles,
    IReadOnlyList<long>? UnitIds,
    IReadOnlyList<long>? RegionIds = null,
    bool? Active = null,
    [property: StringLength(200)] string? Password = null);

public sealed record UserDto(long Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<long> UnitIds,
    IReadOnlyList<long> RegionIds, bool Active, bool TwoFactorEnabled, bool LockedOut);

public sealed record CreateApiKeyRequest(
    [property: Required(ErrorMessage = "请填写名称。"), StringLength(100)] string? Name,
    long? UserId = null,
    DateTimeOffset? ExpiresAt = null,
    IReadOnlyList<string>? Scopes = null);

public sealed record ApiKeyDto(long Id, string Name, string Prefix, long UserId, IReadOnlyList<string>? Scopes, DateTime CreatedAt,
    DateTime? ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

public sealed record CreatedApiKeyDto(ApiKeyDto Key, string Secret);
