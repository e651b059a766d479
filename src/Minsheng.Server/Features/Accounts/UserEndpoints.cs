using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Accounts;

/// <summary>Administrators manage users: roles, units, grids, activation. Every change is audited.</summary>
internal static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/users").WithTags("Users").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        group.MapGet("/", ListAsync).WithName("ListUsers");
        group.MapGet("/{id:long}", GetAsync).WithName("GetUser");
        group.MapPost("/", CreateAsync).WithName("CreateUser");
        group.MapPut("/{id:long}", UpdateAsync).WithName("UpdateUser");
        group.MapDelete("/{id:long}", DeleteAsync).WithName("DeleteUser");
        return app;
    }

    private static async Task<IResult> ListAsync(UserManager<MinshengUser> users, CancellationToken ct)
    {
        var all = await users.Users.AsNoTracking().Include(u => u.Units).Include(u => u.Regions).OrderBy(u => u.UserName).ToListAsync(ct);
        var result = new List<UserDto>();
        foreach (var user in all)
        {
            result.Add(await ToDtoAsync(users, user));
        }

        return TypedResults.Ok(result);
    }

    private static async Task<IResult> GetAsync(long id, UserManager<MinshengUser> users, CancellationToken ct)
    {
        var user = await LoadAsync(users, id, ct);
        return user is null ? NotFound() : TypedResults.Ok(await ToDtoAsync(users, user));
    }

    private static async Task<IResult> CreateAsync(CreateUserRequest body, UserManager<MinshengUser> users, ReferenceData referenceData,
        AuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var errors = await ValidateAsync(body.Roles, body.UnitIds, body.RegionIds, referenceData, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
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
            return IdentityProblem(created);
        }

        var roles = (body.Roles ?? []).Distinct(StringComparer.Ordinal).ToArray();
        if (roles.Length > 0)
        {
            await users.AddToRolesAsync(user, roles);
        }

        await audit.WriteAsync("user-created", AuditModule.Target("user", user.Id), $"roles={string.Join(',', roles)}", cancellationToken: ct);
        return TypedResults.Created($"/api/v1/users/{user.Id}", await ToDtoAsync(users, user));
    }

    private static async Task<IResult> UpdateAsync(long id, UpdateUserRequest body, UserManager<MinshengUser> users, MinshengDbContext db,
        ReferenceData referenceData, AuditLog audit, CancellationToken ct)
    {
        var user = await LoadAsync(users, id, ct);
        if (user is null)
        {
            return NotFound();
        }

        var errors = await ValidateAsync(body.Roles, body.UnitIds, body.RegionIds, referenceData, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
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
            return IdentityProblem(updated);
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
                return IdentityProblem(reset);
            }

            changes.Add("password-reset");
        }

        await audit.WriteAsync("user-updated", AuditModule.Target("user", user.Id), string.Join("; ", changes), cancellationToken: ct);
        return TypedResults.Ok(await ToDtoAsync(users, user));
    }

    private static async Task<IResult> DeleteAsync(long id, UserManager<MinshengUser> users, CurrentUser current, AuditLog audit, CancellationToken ct)
    {
        var user = await LoadAsync(users, id, ct);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == current.UserId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["不能删除自己的账户。"] });
        }

        await users.DeleteAsync(user);
        await audit.WriteAsync("user-deleted", AuditModule.Target("user", id), user.UserName, cancellationToken: ct);
        return TypedResults.NoContent();
    }

    private static async Task<Dictionary<string, string[]>> ValidateAsync(IReadOnlyList<string>? roles, IReadOnlyList<long>? unitIds,
        IReadOnlyList<long>? regionIds, ReferenceData referenceData, CancellationToken ct)
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

    private static Task<MinshengUser?> LoadAsync(UserManager<MinshengUser> users, long id, CancellationToken ct) =>
        users.Users.Include(u => u.Units).Include(u => u.Regions).FirstOrDefaultAsync(u => u.Id == id, ct);

    private static async Task<UserDto> ToDtoAsync(UserManager<MinshengUser> users, MinshengUser user) => new(
        user.Id,
        user.UserName!,
        user.DisplayName,
        (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToArray(),
        user.Units.Select(u => u.UnitId).ToArray(),
        user.Regions.Select(r => r.RegionId).ToArray(),
        user.IsActive,
        user.TwoFactorEnabled,
        await users.IsLockedOutAsync(user));

    private static IResult IdentityProblem(IdentityResult result) => TypedResults.ValidationProblem(
        result.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "userName")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));

    private static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "用户不存在");
}
