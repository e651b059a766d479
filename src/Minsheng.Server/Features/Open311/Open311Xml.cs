using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace Minsheng.Server.Features.Open311;

/// <summary>
/// Writes the XML twin of a GeoReport v2 JSON tree (the spec's "Spark convention" run backwards): an object is an
/// element per property, a JSON array is a list element whose children take the singular name
/// (<c>services/service</c>, <c>service_requests/request</c>, <c>formats/format</c>), null is an empty element,
/// booleans are lower case. No namespace, UTF-8, with the XML declaration.
/// </summary>
internal static class Open311Xml
{
    private static readonly Dictionary<string, string> _itemNames = new(StringComparer.Ordinal)
    {
        ["services"] = "service",
        ["attributes"] = "attribute",
        ["values"] = "value",
        ["errors"] = "error",
        ["endpoints"] = "endpoint",
        ["formats"] = "format",
        ["service_requests"] = "request",
        ["service_request_updates"] = "request_update",
    };

    public static string ItemName(string listName) => _itemNames.TryGetValue(listName, out var item) ? item : "item";

    public static byte[] Write(string root, JsonNode? body)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  " };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            WriteElement(writer, root, body);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void WriteElement(XmlWriter writer, string name, JsonNode? node)
    {
        writer.WriteStartElement(name);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    WriteElement(writer, key, value);
                }

                break;
            case JsonArray array:
                var item = ItemName(name);
                foreach (var value in array)
                {
                    WriteElement(writer, item, value);
                }

                break;
            case JsonValue value:
                writer.WriteString(Text(value));
                break;
        }

        writer.WriteFullEndElement();
    }

    private static string Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => XmlSafe(value.GetValue<string>()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.ToJsonString(),
    };

    /// <summary>Drops characters XML 1.0 cannot carry (control characters a client may have sent).</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
