using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Accounts;

/// <summary>Authenticates <c>X-Api-Key: msk_…</c> (or <c>Authorization: ApiKey msk_…</c>) as the key's owner.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    MinshengDbContext db,
    SignInManager<MinshengUser> signIn,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string ApiKeyIdClaim = "minsheng:api_key_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey(Request);
        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var hash = ApiKeyHashing.Hash(key);
        var apiKey = await db.ApiKeys.FirstOrDefaultAsync(k => k.KeyHash == hash, Context.RequestAborted);
        if (apiKey is null || apiKey.RevokedAt is not null || apiKey.ExpiresAt <= now)
        {
            return AuthenticateResult.Fail("API key is unknown, revoked or expired.");
        }

        if (!ApiKeyScopes.Allows(apiKey.Scopes, ApiKeyScopes.Api))
        {
            return AuthenticateResult.Fail("API key is not scoped for the REST API.");
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == apiKey.UserId, Context.RequestAborted);
        if (user is not { IsActive: true })
        {
            return AuthenticateResult.Fail("The API key's user is disabled.");
        }

        if (apiKey.LastUsedAt is null || now - apiKey.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            apiKey.LastUsedAt = now;
            await db.SaveChangesAsync(Context.RequestAborted);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(ApiKeyIdClaim, apiKey.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    internal static string? ReadKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var header) && header.ToString() is { Length: > 0 } value)
        {
            return value.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("ApiKey ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }
}
