using System.ComponentModel.DataAnnotations;

namespace Minsheng.Server.Features.Accounts;

public sealed record SignInRequest(
    [property: Required(ErrorMessage = "请输入用户名。"), StringLength(100)] string? UserName,
    [property: Required(ErrorMessage = "请输入密码。"), StringLength(200)] string? Password,
    [property: StringLength(10)] string? TwoFactorCode = null);

public sealed record TokenResponse(string AccessToken, DateTime ExpiresAt, string TokenType = "Bearer");

public sealed record MeResponse(long Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> UnitCodes,
    IReadOnlyList<string> RegionCodes, bool TwoFactorEnabled, bool CanSeePersonalData);

public sealed record TwoFactorSetupResponse(string SharedKey, string AuthenticatorUri);

public sealed record TwoFactorCodeRequest([property: Required(ErrorMessage = "请输入验证码。"), StringLength(10)] string? Code);
