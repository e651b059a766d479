using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Open311;

/// <summary>
/// The <c>api_key</c> of a POST: looked up by its hash like the ApiKey scheme does, but answered in the spec's
/// terms (403 for a missing, unknown, revoked or expired key). A key may post when it is scoped to
/// <c>open311</c>, or when it is unscoped and its owner may register orders (operator, dispatcher, grid worker,
/// citizen, administrator).
/// </summary>
internal sealed class Open311Keys(MinshengDbContext db, IUserClaimsPrincipalFactory<MinshengUser> principals, TimeProvider time)
{
    public const string Scope = "open311";

    public async Task<(Open311Caller? Caller, string? Problem)> AuthenticateAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return (null, "缺少 api_key：提交诉求需要系统管理员签发的 API 密钥。");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var hash = ApiKeyHashing.Hash(key.Trim());
        var apiKey = await db.ApiKeys.FirstOrDefaultAsync(k => k.KeyHash == hash, cancellationToken);
        if (apiKey is null || apiKey.RevokedAt is not null || apiKey.ExpiresAt <= now)
        {
            return (null, "api_key 无效、已吊销或已过期。");
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == apiKey.UserId, cancellationToken);
        if (user is not { IsActive: true })
        {
            return (null, "api_key 所属用户已停用。");
        }

        var principal = await principals.CreateAsync(user);
        var scopes = ApiKeyScopes.Parse(apiKey.Scopes);
        var allowed = scopes is null
            ? ActionPermissions.Register.Any(principal.IsInRole)
            : scopes.Contains(Scope, StringComparer.OrdinalIgnoreCase);
        if (!allowed)
        {
            return (null, "该 api_key 无权提交 Open311 诉求。");
        }

        if (apiKey.LastUsedAt is null || now - apiKey.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            apiKey.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        ((ClaimsIdentity)principal.Identity!).AddClaim(
            new Claim(ApiKeyAuthenticationHandler.ApiKeyIdClaim, apiKey.Id.ToString(CultureInfo.InvariantCulture)));
        return (new Open311Caller(principal, apiKey.Id), null);
    }

}
