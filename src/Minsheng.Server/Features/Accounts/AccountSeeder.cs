using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minsheng.Server.Features.Demo;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// Creates the roles and the first administrator on first start; with the demo county, one demo user per role.
/// A generated administrator password is printed once to the console and kept for the startup banner, never logged.
/// </summary>
internal sealed partial class AccountSeeder(
    UserManager<MinshengUser> users,
    RoleManager<IdentityRole<long>> roles,
    IOptions<BootstrapSettings> bootstrap,
    IOptions<DemoSettings> demo,
    TimeProvider time,
    GeneratedAdminPassword generated,
    ILogger<AccountSeeder> logger) : IDatabaseSeeder
{
    public const string AdminUserName = "admin";

    public async Task SeedAsync(MinshengDbContext db, CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<long>(role));
            }
        }

        if (await users.FindByNameAsync(AdminUserName) is null)
        {
            var configured = bootstrap.Value.AdminPassword;
            var password = string.IsNullOrWhiteSpace(configured) ? GeneratePassword() : configured;
            await CreateAsync(AdminUserName, "系统管理员", password, [Roles.Admin], [], []);
            if (string.IsNullOrWhiteSpace(configured))
            {
                generated.Value = password;
                Console.WriteLine($"  First start: administrator '{AdminUserName}' created with password: {password}");
                Console.WriteLine("  (shown once; set Bootstrap:AdminPassword to choose it)");
            }

            LogAdminCreated(logger, AdminUserName);
        }

        if (demo.Value.Enabled && !await db.Users.AnyAsync(u => u.UserName == "operator01", cancellationToken))
        {
            await SeedDemoUsersAsync(db, cancellationToken);
        }
    }

    private async Task SeedDemoUsersAsync(MinshengDbContext db, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var regions = await db.Regions.AsNoTracking().ToListAsync(ct);
        var department = units.Where(u => u.Kind == UnitKind.Department).OrderBy(u => u.Code, StringComparer.Ordinal).FirstOrDefault();
        var townships = units.Where(u => u.Kind == UnitKind.Township).OrderBy(u => u.Code, StringComparer.Ordinal).ToArray();
        if (department is null || townships.Length < 2)
        {
            return; // no demo county to attach demo handlers to
        }

        var village = regions.Where(r => r.Level == RegionLevel.Village && r.ParentId == townships[0].RegionId)
            .OrderBy(r => r.Code, StringComparer.Ordinal).FirstOrDefault();
        var password = demo.Value.UserPassword;
        await CreateAsync("operator01", "话务员 小陈", password, [Roles.Operator], [], []);
        await CreateAsync("dispatcher01", "派单员 小李", password, [Roles.Dispatcher], [], []);
        await CreateAsync("supervisor01", "督办员 老周", password, [Roles.Supervisor], [], []);
        await CreateAsync("analyst01", "分析员 小王", password, [Roles.Analyst], [], []);
        await CreateAsync("citizen01", "市民 张先生", password, [Roles.Citizen], [], []);
        await CreateAsync("handler01", $"{department.Name} 经办人", password, [Roles.Handler], [department.Id], []);
        await CreateAsync("handler_town1", $"{townships[0].Name} 经办人", password, [Roles.Handler], [townships[0].Id], []);
        await CreateAsync("handler_town2", $"{townships[1].Name} 经办人", password, [Roles.Handler], [townships[1].Id], []);
        if (village is not null)
        {
            await CreateAsync("gridworker01", $"{village.Name} 网格员", password, [Roles.GridWorker], [], [village.Id]);
        }
    }

    private async Task CreateAsync(string userName, string displayName, string password, string[] roleNames, long[] unitIds, long[] regionIds)
    {
        var user = new MinshengUser
        {
            UserName = userName,
            DisplayName = displayName,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            Units = unitIds.Select(id => new UserUnit { UnitId = id }).ToList(),
            Regions = regionIds.Select(id => new UserRegion { RegionId = id }).ToList(),
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Cannot create user '{userName}': {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }

        await users.AddToRolesAsync(user, roleNames);
    }

    private static string GeneratePassword() =>
        "Ms" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y') + "9";

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Created administrator account {UserName}")]
    private static partial void LogAdminCreated(ILogger logger, string userName);
}
