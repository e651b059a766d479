using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Minsheng.Server.Features.Accounts;

/// <summary>Adds the user's access version to every principal Identity issues (cookie, bearer token, API key).</summary>
internal sealed class MinshengClaimsPrincipalFactory(
    UserManager<MinshengUser> users,
    RoleManager<IdentityRole<long>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<MinshengUser, IdentityRole<long>>(users, roles, options)
{
    public const string AccessVersionClaim = "minsheng:access_version";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(MinshengUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AccessVersionClaim, user.AccessVersion.ToString(CultureInfo.InvariantCulture)));
        return identity;
    }
}
