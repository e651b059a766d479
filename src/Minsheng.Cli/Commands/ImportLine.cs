using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Minsheng.Server;
using Minsheng.Server.Features.WorkOrders;

namespace Minsheng.Cli.Commands;

/// <summary>
/// One line of an import file read as the API reads a request body: the server's JSON options, then
/// the request's DataAnnotations (nested objects included, as the server's validation does).
/// </summary>
internal static class ImportLine
{
    public static ParsedLine Parse(int number, string line, JsonSerializerOptions json)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > MinshengHost.MaxRequestBodyBytes)
        {
            return ParsedLine.Rejected(number, "body", "请求内容过大。");
        }

        RegisterWorkOrderRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<RegisterWorkOrderRequest>(line, json);
        }
        catch (JsonException e)
        {
            // The reader's own exception inside means the text is not JSON; otherwise a value did not fit its field.
            if (e.InnerException is JsonException)
            {
                return ParsedLine.Rejected(number, "body", string.Create(CultureInfo.InvariantCulture,
                    $"不是有效的 JSON（第 {(e.BytePositionInLine ?? 0) + 1} 个字节附近）。"));
            }

            return e.Path is { Length: > 1 } path
                ? ParsedLine.Rejected(number, JsonField(path), $"字段 {JsonField(path)} 的值无效。")
                : ParsedLine.Rejected(number, "body", "请求内容应为一个 JSON 对象。");
        }

        if (request is null)
        {
            return ParsedLine.Rejected(number, "body", "请求内容为空。");
        }

        var errors = new List<(string Field, string Message)>();
        Validate(request, string.Empty, errors);
        if (request.Requester is { } requester)
        {
            Validate(requester, "requester.", errors);
        }

        if (request.Location is { } location)
        {
            Validate(location, "location.", errors);
        }

        return errors.Count == 0 ? ParsedLine.Valid(number, request) : new ParsedLine(number, null, errors);
    }

    private static void Validate(object instance, string prefix, List<(string Field, string Message)> errors)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true))
        {
            return;
        }

        foreach (var result in results)
        {
            var member = result.MemberNames.FirstOrDefault() ?? string.Empty;
            errors.Add((prefix + JsonNamingPolicy.CamelCase.ConvertName(member), result.ErrorMessage ?? "无效。"));
        }
    }

    /// <summary>"$.requester.phone" → "requester.phone", as the API names the field.</summary>
    private static string JsonField(string path) => path.TrimStart('$').TrimStart('.');
}

/// <summary>A line's request, or why it was rejected.</summary>
internal sealed record ParsedLine(int Number, RegisterWorkOrderRequest? Request, IReadOnlyList<(string Field, string Message)> Errors)
{
    public static ParsedLine Valid(int number, RegisterWorkOrderRequest request) => new(number, request, []);

    public static ParsedLine Rejected(int number, string field, string message) => new(number, null, [(field, message)]);
}
