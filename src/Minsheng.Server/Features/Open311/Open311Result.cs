using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Minsheng.Server.Features.Open311;

/// <summary>
/// A GeoReport v2 response: the DTO becomes one JSON tree, written as JSON or, under <see cref="Root"/>, as its
/// XML twin. UTF-8 throughout, Chinese text unescaped.
/// </summary>
internal sealed class Open311Result : IResult, IStatusCodeHttpResult
{
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string XmlContentType = "text/xml; charset=utf-8";

    private static readonly JsonSerializerOptions _json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private Open311Result(string root, JsonNode? body, Open311Format format, int statusCode)
    {
        Root = root;
        Body = body;
        Format = format;
        StatusCode = statusCode;
    }

    public string Root { get; }

    public JsonNode? Body { get; }

    public Open311Format Format { get; }

    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public static Open311Result Ok<T>(string root, T body, Open311Format format, int statusCode = StatusCodes.Status200OK) =>
        new(root, JsonSerializer.SerializeToNode(body, _json), format, statusCode);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        byte[] bytes;
        if (Format == Open311Format.Json)
        {
            using var stream = new MemoryStream();
            await using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = _json.Encoder }))
            {
                if (Body is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    Body.WriteTo(writer, _json);
                }
            }

            bytes = stream.ToArray();
            httpContext.Response.ContentType = JsonContentType;
        }
        else
        {
            bytes = Open311Xml.Write(Root, Body);
            httpContext.Response.ContentType = XmlContentType;
        }

        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentLength = bytes.Length;
        await httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}
