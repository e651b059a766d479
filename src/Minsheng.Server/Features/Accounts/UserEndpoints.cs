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

    private static async Task<IResult> CreateAsync(CreateUserRequest body, UserManager<MinshengUser> users, MinshengDbContext db,
        ReferenceData referenceData, AuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var result = await new UserAdministration(users, db, referenceData, audit, time).CreateAsync(body, ct);
        return result.User is { } user && result.Succeeded
            ? TypedResults.Created($"/api/v1/users/{user.Id}", await ToDtoAsync(users, user))
            : TypedResults.ValidationProblem(result.Errors!);
    }

    private static async Task<IResult> UpdateAsync(long id, UpdateUserRequest body, UserManager<MinshengUser> users, MinshengDbContext db,
        ReferenceData referenceData, AuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var result = await new UserAdministration(users, db, referenceData, audit, time).UpdateAsync(id, body, ct);
        if (result.NotFound)
        {
            return NotFound();
        }

        return result.User is { } user && result.Succeeded
            ? TypedResults.Ok(await ToDtoAsync(users, user))
            : TypedResults.ValidationProblem(result.Errors!);
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

    private static Task<MinshengUser?> LoadAsync(UserManager<MinshengUser> users, long id, CancellationToken ct) =>
        UserAdministration.LoadAsync(users, id, ct);

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

    private static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "用户不存在");
}
