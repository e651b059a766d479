using System.ComponentModel.DataAnnotations;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// Checks a command's own annotations, nested inputs included, whoever sent it: the API validates the same
/// annotations before the endpoint runs, and pages and jobs get the same messages here, keyed as the API keys them
/// ("answer", "requester.phone").
/// </summary>
internal static class CommandValidation
{
    public static Dictionary<string, string[]> Errors(object command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Check(command, string.Empty, errors);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void Check(object instance, string prefix, Dictionary<string, List<string>> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
            {
                var field = member.Length == 0 ? prefix.TrimEnd('.') : prefix + FieldName(member);
                var key = field.Length == 0 ? "body" : field;
                if (!errors.TryGetValue(key, out var list))
                {
                    errors[key] = list = [];
                }

                list.Add(result.ErrorMessage ?? "输入有误。");
            }
        }

        // Nested inputs of the project's own (a requester, a location) are checked with their path.
        foreach (var property in instance.GetType().GetProperties())
        {
            if (property.PropertyType.Namespace == typeof(CommandValidation).Namespace
                && property.PropertyType.IsClass
                && property.GetIndexParameters().Length == 0
                && property.GetValue(instance) is { } nested)
            {
                Check(nested, prefix + FieldName(property.Name) + ".", errors);
            }
        }
    }

    private static string FieldName(string member) => char.ToLowerInvariant(member[0]) + member[1..];
}
