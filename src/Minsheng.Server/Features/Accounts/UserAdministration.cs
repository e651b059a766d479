using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Accounts;

/// <summary>What creating or updating a user came to: the user, or the messages by field (API keys: userName, password, roles …).</summary>
internal sealed record UserAdministrationResult(MinshengUser? User, Dictionary<string, string[]>? Errors, bool NotFound = false)
{
    public bool Succeeded => User is not null && Errors is null && !NotFound;

    public static UserAdministrationResult Ok(MinshengUser user) => new(user, null);

    public static UserAdministrationResult Invalid(Dictionary<string, string[]> errors) => new(null, errors);

    public static UserAdministrationResult Missing() => new(null, null, NotFound: true);
}

/// <summary>Creating and changing users, shared by POST/PUT /api/v1/users and the admin page. Every change is audited.</summary>
internal sealed class UserAdministration(UserManager<MinshengUser> users, MinshengDbContext db, ReferenceData referenceData, AuditLog audit,
    TimeProvider time)
{
    public async Task<UserAdministrationResult> CreateAsync(CreateUserRequest body, CancellationToken ct)
    {
        var errors = await ValidateAsync(body.Roles, body.UnitIds, body.RegionIds, ct);
        if (errors.Count > 0)
        {
            return UserAdministrationResult.Invalid(errors);
        }

        var user = new MinshengUser
        {
            UserName = body.UserName!.Trim(),
            DisplayName = body.DisplayName?.Trim() ?? body.UserName.Trim(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            Units = (body.UnitIds ?? []).Distinct().Select(id => new UserUnit { UnitId = id }).ToList(),
            Regions = (body.RegionIds ?? []).Distinct().Select(id => new UserRegion { RegionId = id }).ToList(),
        };
        var created = await users.CreateAsync(user, body.Password!);
        if (!created.Succeeded)
        {
            return UserAdministrationResult.Invalid(IdentityErrors(created));
        }

        var roles = (body.Roles ?? []).Distinct(StringComparer.Ordinal).ToArray();
        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        await audit.WriteAsync("user-created", AuditModule.Target("user", user.Id), $"roles={string.Join(',', roles)}", cancellationToken: ct);
        return UserAdministrationResult.Ok(user);
    }

    public async Task<UserAdministrationResult> UpdateAsync(long id, UpdateUserRequest body, CancellationToken ct)
    {
        var user = await LoadAsync(users, id, ct);
        if (user is null)
        {
            return UserAdministrationResult.Missing();
        }

        var errors = await ValidateAsync(body.Roles, body.UnitIds, body.RegionIds, ct);
        if (errors.Count > 0)
        {
            return UserAdministrationResult.Invalid(errors);
        }

        var changes = new List<string>();
        if (body.DisplayName is { } name)
        {
            user.DisplayName = name.Trim();
        }

        if (body.Active is { } active && active != user.IsActive)
        {
            user.IsActive = active;
            changes.Add(active ? "activated" : "deactivated");
        }

        if (body.UnitIds is { } unitIds)
        {
            db.UserUnits.RemoveRange(user.Units);
            user.Units = unitIds.Distinct().Select(u => new UserUnit { UserId = user.Id, UnitId = u }).ToList();
            changes.Add($"units={string.Join(',', unitIds)}");
        }

        if (body.RegionIds is { } regionIds)
        {
            db.UserRegions.RemoveRange(user.Regions);
            user.Regions = regionIds.Distinct().Select(r => new UserRegion { UserId = user.Id, RegionId = r }).ToList();
            changes.Add($"grids={string.Join(',', regionIds)}");
        }

        if (body.Active is not null || body.UnitIds is not null || body.RegionIds is not null || body.Roles is not null
            || body.Password is { Length: > 0 })
        {
            // Signed-in sessions and tokens of this user carry the old access version and stop working.
            user.AccessVersion++;
        }

        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return UserAdministrationResult.Invalid(IdentityErrors(updated));
        }

        if (body.Roles is { } roles)
        {
            var current = await users.GetRolesAsync(user);
            await users.RemoveFromRolesAsync(user, current.Except(roles, StringComparer.Ordinal));
            await users.AddToRolesAsync(user, roles.Distinct(StringComparer.Ordinal).Except(current, StringComparer.Ordinal));
            changes.Add($"roles={string.Join(',', roles)}");
        }

        if (body.Password is { Length: > 0 } password)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, password);
            if (!reset.Succeeded)
            {
                return UserAdministrationResult.Invalid(IdentityErrors(reset));
            }

            changes.Add("password-reset");
        }

        await audit.WriteAsync("user-updated", AuditModule.Target("user", user.Id), string.Join("; ", changes), cancellationToken: ct);
        return UserAdministrationResult.Ok(user);
    }

    public static Task<MinshengUser?> LoadAsync(UserManager<MinshengUser> users, long id, CancellationToken ct) =>
        users.Users.Include(u => u.Units).Include(u => u.Regions).FirstOrDefaultAsync(u => u.Id == id, ct);

    private async Task<Dictionary<string, string[]>> ValidateAsync(IReadOnlyList<string>? roles, IReadOnlyList<long>? unitIds,
        IReadOnlyList<long>? regionIds, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var unknownRoles = (roles ?? []).Where(r => !Roles.All.Contains(r)).ToArray();
        if (unknownRoles.Length > 0)
        {
            errors["roles"] = [$"未知的角色：{string.Join(", ", unknownRoles)}。可选：{string.Join(", ", Roles.All)}。"];
        }

        var refs = await referenceData.GetAsync(ct);
        var unknownUnits = (unitIds ?? []).Where(u => refs.Unit(u) is null).ToArray();
        if (unknownUnits.Length > 0)
        {
            errors["unitIds"] = [$"未知的单位：{string.Join(", ", unknownUnits)}。"];
        }

        var unknownRegions = (regionIds ?? []).Where(r => refs.Region(r) is null).ToArray();
        if (unknownRegions.Length > 0)
        {
            errors["regionIds"] = [$"未知的区域：{string.Join(", ", unknownRegions)}。"];
        }

        return errors;
    }

    private static Dictionary<string, string[]> IdentityErrors(IdentityResult result) =>
        result.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "userName")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
}
