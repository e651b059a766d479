using Minsheng.Server.Features.Accounts;

namespace Minsheng.Server.Components.Shared;

/// <summary>Where each role starts and which pages the navigation offers it.</summary>
internal static class StartPage
{
    /// <summary>Hotline staff who take calls (citizens register through the portal, not this console).</summary>
    public static readonly IReadOnlyList<string> IntakeRoles = [Roles.Operator, Roles.Dispatcher, Roles.GridWorker, Roles.Admin];

    public static readonly IReadOnlyList<string> WorkbenchRoles =
        [Roles.Operator, Roles.Dispatcher, Roles.Handler, Roles.Supervisor, Roles.GridWorker, Roles.Admin];

    public const string IntakeRoleList = Roles.Operator + "," + Roles.Dispatcher + "," + Roles.GridWorker + "," + Roles.Admin;

    public const string WorkbenchRoleList = Roles.Operator + "," + Roles.Dispatcher + "," + Roles.Handler + "," + Roles.Supervisor + ","
        + Roles.GridWorker + "," + Roles.Admin;

    public static string For(CurrentUser user)
    {
        if (!user.IsAuthenticated)
        {
            return "/login";
        }

        if (user.IsInRole(Roles.Operator))
        {
            return "/intake";
        }

        return user.IsInAnyRole(WorkbenchRoles) ? "/workbench" : "/orders";
    }
}
