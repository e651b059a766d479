namespace Minsheng.Server.Features.Open311;

/// <summary>Errors in the spec's own format (<c>errors/error</c> with <c>code</c> and <c>description</c>); the code is the HTTP status.</summary>
internal static class Open311Errors
{
    public const string Root = "errors";

    public static Open311Result Of(int status, Open311Format format, params IEnumerable<string> descriptions) =>
        Open311Result.Ok(Root, descriptions.Select(d => new Open311ErrorDto(status, d)).ToArray(), format, status);

    public static Open311Result BadRequest(Open311Format format, params IEnumerable<string> descriptions) =>
        Of(StatusCodes.Status400BadRequest, format, descriptions);

    public static Open311Result Forbidden(Open311Format format, string description) =>
        Of(StatusCodes.Status403Forbidden, format, description);

    public static Open311Result NotFound(Open311Format format, string description) =>
        Of(StatusCodes.Status404NotFound, format, description);

    /// <summary>An unknown suffix: answered in XML, the format every client reads.</summary>
    public static Open311Result BadExtension(string? extension) =>
        NotFound(Open311Format.Xml, $"不支持的格式后缀 .{extension}：请使用 .xml 或 .json。");
}
