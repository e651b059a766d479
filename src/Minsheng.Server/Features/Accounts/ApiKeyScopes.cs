namespace Minsheng.Server.Features.Accounts;

/// <summary>What an API key may be used for: the REST API, Open311 submission, or (no scopes) everything its user may do.</summary>
public static class ApiKeyScopes
{
    public const string Api = "api";
    public const string Open311 = "open311";

    public static readonly IReadOnlyList<string> All = [Api, Open311];

    /// <summary>Null: unscoped.</summary>
    public static string[]? Parse(string? scopes) =>
        string.IsNullOrWhiteSpace(scopes)
            ? null
            : scopes.Split([',', ' ', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static bool Allows(string? scopes, string scope) =>
        Parse(scopes) is not { } list || list.Contains(scope, StringComparer.OrdinalIgnoreCase);
}
