using System.Text.Json;

namespace Minsheng.Server.Infrastructure.Web;

/// <summary>Enum values as they appear in JSON: kebab-case (enterprise-request, walk-in).</summary>
public static class JsonNames
{
    public static readonly JsonNamingPolicy Policy = JsonNamingPolicy.KebabCaseLower;

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Policy.ConvertName(value.ToString());

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
