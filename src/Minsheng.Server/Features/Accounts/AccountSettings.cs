namespace Minsheng.Server.Features.Accounts;

/// <summary>Section "Accounts": token lifetime and the abuse limits on public endpoints.</summary>
public sealed class AccountSettings
{
    public const string Section = "Accounts";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in and token requests per client address per minute.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Citizen submissions and status lookups per client (or citizen) per minute.</summary>
    public int PublicPerMinute { get; set; } = 20;
}
