using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Minsheng.Server.Features.Accounts;

/// <summary>Identity's validation messages in Chinese (the ones users meet).</summary>
internal sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"用户名 {userName} 已存在。" };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "用户名只能包含字母、数字和 - . _ @ +。" };

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = string.Create(CultureInfo.InvariantCulture, $"密码至少需要 {length} 位。") };

    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = "密码至少需要包含一个数字。" };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "密码不正确。" };
}
