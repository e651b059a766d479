using Microsoft.AspNetCore.Identity;

namespace Minsheng.Server.Features.Accounts;

/// <summary>A person who signs in: hotline staff, a unit's handler, a grid worker, a leader, a citizen.</summary>
public sealed class MinshengUser : IdentityUser<long>
{
    public string DisplayName { get; set; } = string.Empty;

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// Bumped when what the user may do changes (roles, units, grids, deactivation, password reset): tokens and
    /// cookies issued before carry the old value and stop working.
    /// </summary>
    public int AccessVersion { get; set; }

    /// <summary>The units the user works for (承办人); their orders and those of the units below are in scope.</summary>
    public List<UserUnit> Units { get; set; } = [];

    /// <summary>The grids a grid worker (网格员) looks after.</summary>
    public List<UserRegion> Regions { get; set; } = [];
}
