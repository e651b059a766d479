namespace Minsheng.Server.Features.Accounts;

/// <summary>Section "Bootstrap": the first administrator's password; when empty one is generated and printed once.</summary>
public sealed class BootstrapSettings
{
    public const string Section = "Bootstrap";

    public string? AdminPassword { get; set; }
}
