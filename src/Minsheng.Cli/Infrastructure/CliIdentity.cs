using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Server.Features.Accounts;

namespace Minsheng.Cli.Infrastructure;

/// <summary>
/// Who the CLI acts as. The server's use cases read the user (CurrentUser, AuditLog) from the
/// request; the CLI gives them a request of its own, so that the register events and the audit log
/// name the CLI's actor. It flows with the async calls made after it is set.
/// </summary>
internal static class CliIdentity
{
    public const string AuthenticationType = "cli";

    public static void ActAs(IServiceProvider services, string name, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(services);
        var claims = roles.Select(r => new Claim(ClaimTypes.Role, r)).Prepend(new Claim(ClaimTypes.Name, name));
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType)),
        };
    }

    /// <summary>The actor the CLI passes to the server's use cases: the whole jurisdiction, with the given roles.</summary>
    public static Actor Actor(string name, params string[] roles) =>
        new(null, name, new HashSet<string>(roles, StringComparer.Ordinal), DataScope.Everything, IsSystem: true);

    /// <summary>The operating-system user behind the CLI, for the audit log.</summary>
    public static string OperatingSystemUser => "cli:" + Environment.UserName;
}
