namespace Minsheng.Server.Features.WorkOrders;

/// <summary>Who acts: the signed-in user, else the machine client.</summary>
internal static class Actors
{
    public const string Anonymous = "api";

    public static string Of(HttpContext http) =>
        http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous;
}
