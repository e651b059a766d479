using System.Security.Cryptography;
using System.Text;

namespace Minsheng.Server.Features.Accounts;

internal static class ApiKeyHashing
{
    public const string KeyPrefix = "msk_";

    public static string NewKey() => KeyPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
