namespace Minsheng.Server.Features.Accounts;

internal static class AuthSchemes
{
    /// <summary>Picks bearer token, API key or the sign-in cookie from what the request carries.</summary>
    public const string Smart = "Minsheng";
    public const string ApiKey = "ApiKey";
    public const string ApiKeyHeader = "X-Api-Key";
}
