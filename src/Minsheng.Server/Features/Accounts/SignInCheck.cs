using Microsoft.AspNetCore.Identity;
using Minsheng.Server.Features.Audit;

namespace Minsheng.Server.Features.Accounts;

/// <summary>
/// The one password check behind both the token endpoint and the cookie sign-in: lockout after repeated
/// failures, the second factor when the user turned it on, and an audit entry either way.
/// </summary>
internal sealed class SignInCheck(UserManager<MinshengUser> users, SignInManager<MinshengUser> signIn, AuditLog audit)
{
    public async Task<(MinshengUser? User, IResult? Refusal)> CheckAsync(SignInRequest request, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(request.UserName!.Trim());
        if (user is null || !user.IsActive)
        {
            await audit.WriteAsync("sign-in-failed", null, "unknown or disabled user", actor: Truncated(request.UserName), cancellationToken: ct);
            return (null, Refuse("用户名或密码错误。"));
        }

        var result = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.WriteAsync("sign-in-locked", AuditModule.Target("user", user.Id), null, user.UserName, user.Id, ct);
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status423Locked, title: "账户已锁定",
                detail: "连续登录失败次数过多，账户已暂时锁定，请稍后再试或联系管理员。"));
        }

        if (!result.Succeeded)
        {
            await audit.WriteAsync("sign-in-failed", AuditModule.Target("user", user.Id), "wrong password", user.UserName, user.Id, ct);
            return (null, Refuse("用户名或密码错误。"));
        }

        if (user.TwoFactorEnabled)
        {
            var code = request.TwoFactorCode?.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (string.IsNullOrEmpty(code)
                || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.AccessFailedAsync(user);
                await audit.WriteAsync("sign-in-failed", AuditModule.Target("user", user.Id), "two-factor code", user.UserName, user.Id, ct);
                return (null, TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "需要动态验证码",
                    detail: "该账户已开启两步验证，请输入验证器中的 6 位动态码（twoFactorCode）。",
                    extensions: new Dictionary<string, object?> { ["twoFactorRequired"] = true }));
            }

            await users.ResetAccessFailedCountAsync(user); // CheckPasswordSignInAsync leaves the count alone when 2FA is on
        }

        await audit.WriteAsync("sign-in", AuditModule.Target("user", user.Id), null, user.UserName, user.Id, ct);
        return (user, null);
    }

    private static IResult Refuse(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "登录失败", detail: detail);

    private static string Truncated(string? name) => name is { Length: > 100 } ? name[..100] : name ?? "unknown";
}
