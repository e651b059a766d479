namespace Minsheng.Server.Features.Accounts;

/// <summary>The roles of DESIGN.md, as named in the API.</summary>
public static class Roles
{
    public const string Citizen = "citizen";
    public const string Operator = "operator";
    public const string Dispatcher = "dispatcher";
    public const string Handler = "handler";
    public const string Supervisor = "supervisor";
    public const string GridWorker = "gridworker";
    public const string Analyst = "analyst";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All =
        [Citizen, Operator, Dispatcher, Handler, Supervisor, GridWorker, Analyst, Admin];

    /// <summary>Hotline staff and leaders see the whole jurisdiction.</summary>
    public static readonly IReadOnlyList<string> Jurisdiction = [Operator, Dispatcher, Supervisor, Analyst, Admin];

    /// <summary>Who may unmask a requester's name and phone (an audited action).</summary>
    public static readonly IReadOnlyList<string> SeePersonalData = [Operator, Dispatcher, Supervisor, Admin];

    public static string DisplayName(string role) => role switch
    {
        Citizen => "市民",
        Operator => "话务员",
        Dispatcher => "派单员",
        Handler => "承办人",
        Supervisor => "督办员",
        GridWorker => "网格员",
        Analyst => "分析员/领导",
        Admin => "系统管理员",
        _ => role,
    };
}
