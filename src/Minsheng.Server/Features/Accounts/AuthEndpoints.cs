using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Accounts;

/// <summary>Bearer tokens for machine clients, the cookie sign-in for the web UI, and the user's own account (2FA).</summary>
internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Auth");
        auth.MapPost("/token", IssueTokenAsync).WithName("IssueToken").RequireRateLimiting(RateLimits.SignIn).AllowAnonymous();
        auth.MapPost("/login", CookieSignInAsync).WithName("SignIn").RequireRateLimiting(RateLimits.SignIn).AllowAnonymous();
        auth.MapPost("/logout", async (SignInManager<MinshengUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.NoContent();
        }).WithName("SignOut");
        auth.MapGet("/me", MeAsync).WithName("GetMe").RequireAuthorization();

        var twoFactor = app.MapGroup("/api/v1/account/2fa").WithTags("Auth").RequireAuthorization();
        twoFactor.MapPost("/setup", SetupTwoFactorAsync).WithName("SetupTwoFactor");
        twoFactor.MapPost("/enable", EnableTwoFactorAsync).WithName("EnableTwoFactor");
        twoFactor.MapPost("/disable", DisableTwoFactorAsync).WithName("DisableTwoFactor");
        return app;
    }

    private static async Task<IResult> IssueTokenAsync(
        SignInRequest request, SignInCheck check, SignInManager<MinshengUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearer, IOptions<AccountSettings> settings, TimeProvider time, CancellationToken ct)
    {
        var (user, refusal) = await check.CheckAsync(request, ct);
        if (user is null)
        {
            return refusal!;
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var expiresAt = time.GetUtcNow() + settings.Value.TokenLifetime;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expiresAt }, IdentityConstants.BearerScheme);
        var token = bearer.Get(IdentityConstants.BearerScheme).BearerTokenProtector.Protect(ticket);
        return TypedResults.Ok(new TokenResponse(token, expiresAt.UtcDateTime));
    }

    private static async Task<IResult> CookieSignInAsync(SignInRequest request, SignInCheck check, SignInManager<MinshengUser> signIn, CancellationToken ct)
    {
        var (user, refusal) = await check.CheckAsync(request, ct);
        if (user is null)
        {
            return refusal!;
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> MeAsync(CurrentUser current, UserManager<MinshengUser> users, MinshengDbContext db,
        ReferenceData referenceData, CancellationToken ct)
    {
        var user = await users.Users.Include(u => u.Units).Include(u => u.Regions).FirstOrDefaultAsync(u => u.Id == current.UserId, ct);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        var refs = await referenceData.GetAsync(ct);
        return TypedResults.Ok(new MeResponse(
            user.Id,
            user.UserName!,
            user.DisplayName,
            (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToArray(),
            user.Units.Select(u => refs.Unit(u.UnitId)?.Code).OfType<string>().ToArray(),
            user.Regions.Select(r => refs.Region(r.RegionId)?.Code).OfType<string>().ToArray(),
            user.TwoFactorEnabled,
            current.CanSeePersonalData));
    }

    private static async Task<IResult> SetupTwoFactorAsync(CurrentUser current, UserManager<MinshengUser> users)
    {
        var user = await users.FindByIdAsync(current.UserId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        await users.ResetAuthenticatorKeyAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var uri = $"otpauth://totp/Minsheng:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer=Minsheng&digits=6";
        return TypedResults.Ok(new TwoFactorSetupResponse(key, uri));
    }

    private static async Task<IResult> EnableTwoFactorAsync(TwoFactorCodeRequest body, CurrentUser current, UserManager<MinshengUser> users, AuditLog audit)
    {
        var user = await users.FindByIdAsync(current.UserId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        var code = body.Code!.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["验证码不正确。"] });
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.WriteAsync("two-factor-enabled", AuditModule.Target("user", user.Id));
        return TypedResults.NoContent();
    }

    private static async Task<IResult> DisableTwoFactorAsync(CurrentUser current, UserManager<MinshengUser> users, AuditLog audit)
    {
        var user = await users.FindByIdAsync(current.UserId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await audit.WriteAsync("two-factor-disabled", AuditModule.Target("user", user.Id));
        return TypedResults.NoContent();
    }
}
