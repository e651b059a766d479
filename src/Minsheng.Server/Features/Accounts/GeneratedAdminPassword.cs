namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// The administrator password this process generated on a first start, if it did: the startup banner shows it, so a
/// newcomer finds it where they look for the address. Kept in memory only; never logged nor stored.
/// </summary>
public sealed class GeneratedAdminPassword
{
    public string? Value { get; set; }
}
