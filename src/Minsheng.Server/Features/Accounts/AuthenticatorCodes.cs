using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// Checks the codes of an authenticator app (TOTP, RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) against the
/// injected clock; Identity's own provider reads the system clock. Like Identity's, it accepts two steps either side,
/// for phones whose clocks drift. Registered under Identity's authenticator provider name, so it replaces that one.
/// </summary>
internal sealed class AuthenticatorCodes(TimeProvider time) : IUserTwoFactorTokenProvider<MinshengUser>
{
    private static readonly VerificationWindow Drift = new(previous: 2, future: 2);

    /// <summary>The app computes the codes; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<MinshengUser> manager, MinshengUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<MinshengUser> manager, MinshengUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token is not { Length: 6 } || !token.All(char.IsAsciiDigit))
        {
            return false;
        }

        return new Totp(Base32Encoding.ToBytes(key)).VerifyTotp(time.GetUtcNow().UtcDateTime, token, out _, Drift);
    }

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<MinshengUser> manager, MinshengUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }
}
