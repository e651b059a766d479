using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Open311;

/// <summary>
/// An Open311 client for tests, over any HttpClient (the in-memory test server or real HTTP). Every GET is made
/// in both formats: the JSON is checked against the official schema, the XML against the JSON element by element.
/// </summary>
public sealed class Open311Api(HttpClient client, string basePath = "/open311/v2")
{
    public HttpClient Client { get; } = client;

    /// <summary>The XML twin's list elements and the names of their items, as the spec writes them.</summary>
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

    public string Url(string resource, string format, string query = "") =>
        $"{basePath}/{resource}.{format}" + (query.Length > 0 ? "?" + query : string.Empty);

    /// <summary>
    /// GETs <paramref name="resource"/> as .json and .xml, expects 200 from both, validates the JSON against
    /// <paramref name="schema"/> (when given) and the XML (root <paramref name="root"/>) against the JSON.
    /// </summary>
    public async Task<JsonNode> GetAsync(string resource, string root, string? schema, string query = "")
    {
        var json = await GetJsonAsync(resource, query, HttpStatusCode.OK);
        if (schema is not null)
        {
            Open311Schemas.AssertValid(schema, json, $"{resource}.json?{query}");
        }
        else
        {
            Open311Schemas.AssertDateTimes(json, $"{resource}.json?{query}");
        }

        var xml = await GetXmlAsync(resource, query, HttpStatusCode.OK);
        AssertTwin(root, json, xml, $"{resource}.xml?{query}");
        return json!;
    }

    /// <summary>Expects the error <paramref name="status"/> in both formats, in the spec's errors format; returns the descriptions.</summary>
    public async Task<IReadOnlyList<string>> GetErrorAsync(string resource, HttpStatusCode status, string query = "")
    {
        var json = await GetJsonAsync(resource, query, status);
        var xml = await GetXmlAsync(resource, query, status);
        return AssertErrors(json, xml, status, $"{resource}?{query}");
    }

    public async Task<JsonNode?> GetJsonAsync(string resource, string query, HttpStatusCode status)
    {
        var response = await Client.GetAsync(Url(resource, "json", query));
        return await ReadJsonAsync(response, status, $"GET {resource}.json?{query}");
    }

    public async Task<XDocument> GetXmlAsync(string resource, string query, HttpStatusCode status)
    {
        var response = await Client.GetAsync(Url(resource, "xml", query));
        return await ReadXmlAsync(response, status, $"GET {resource}.xml?{query}");
    }

    public Task<HttpResponseMessage> PostAsync(string format, IEnumerable<KeyValuePair<string, string>> form) =>
        Client.PostAsync(Url("requests", format), new FormUrlEncodedContent(form));

    /// <summary>POSTs in JSON and XML and expects the same error from both.</summary>
    public async Task<IReadOnlyList<string>> PostErrorAsync(IEnumerable<KeyValuePair<string, string>> form, HttpStatusCode status)
    {
        var fields = form.ToArray();
        var json = await ReadJsonAsync(await PostAsync("json", fields), status, "POST requests.json");
        var xml = await ReadXmlAsync(await PostAsync("xml", fields), status, "POST requests.xml");
        return AssertErrors(json, xml, status, "POST requests");
    }

    public static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{what}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return JsonNode.Parse(body);
    }

    public static async Task<XDocument> ReadXmlAsync(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var body = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.True(response.StatusCode == status, $"{what}: expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, $"{what}: a byte-order mark before the XML declaration");
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", body, StringComparison.Ordinal);
        var document = XDocument.Parse(body);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.Namespace != XNamespace.None || e.HasAttributes);
        return document;
    }

    /// <summary>The XML twin says exactly what the JSON says: same elements, in the same order, with the same values.</summary>
    public static void AssertTwin(string root, JsonNode? json, XDocument xml, string what)
    {
        Assert.Equal(root, xml.Root!.Name.LocalName);
        AssertElement(json, xml.Root, $"{what}: /{root}");
    }

    private static IReadOnlyList<string> AssertErrors(JsonNode? json, XDocument xml, HttpStatusCode status, string what)
    {
        var errors = Assert.IsType<JsonArray>(json, exactMatch: false);
        Assert.NotEmpty(errors);
        foreach (var error in errors)
        {
            var obj = Assert.IsType<JsonObject>(error, exactMatch: false);
            Assert.Equal(["code", "description"], obj.Select(p => p.Key));
            Assert.Equal((int)status, obj["code"]!.GetValue<int>());
            Assert.False(string.IsNullOrWhiteSpace(obj["description"]!.GetValue<string>()), $"{what}: an error without a description");
        }

        AssertTwin("errors", json, xml, what);
        return errors.Select(e => e!["description"]!.GetValue<string>()).ToArray();
    }

    private static void AssertElement(JsonNode? json, XElement element, string path)
    {
        var children = element.Elements().ToList();
        switch (json)
        {
            case JsonObject obj:
                Assert.True(obj.Select(p => p.Key).SequenceEqual(children.Select(c => c.Name.LocalName)),
                    $"{path}: JSON keys [{string.Join(", ", obj.Select(p => p.Key))}] but XML elements [{string.Join(", ", children.Select(c => c.Name.LocalName))}]");
                var i = 0;
                foreach (var (key, value) in obj)
                {
                    AssertElement(value, children[i++], $"{path}/{key}");
                }

                break;
            case JsonArray array:
                var item = _itemNames.TryGetValue(element.Name.LocalName, out var name) ? name : null;
                Assert.True(item is not null, $"{path}: a JSON array where the spec has no list element");
                Assert.True(array.Count == children.Count, $"{path}: {array.Count} JSON items but {children.Count} XML elements");
                for (var j = 0; j < array.Count; j++)
                {
                    Assert.True(children[j].Name.LocalName == item, $"{path}: item {j} is <{children[j].Name.LocalName}>, the spec names it <{item}>");
                    AssertElement(array[j], children[j], $"{path}/{item}[{j}]");
                }

                break;
            case JsonValue value:
                Assert.True(children.Count == 0, $"{path}: a JSON value but XML children");
                var expected = value.GetValueKind() switch
                {
                    System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
                    System.Text.Json.JsonValueKind.True => "true",
                    System.Text.Json.JsonValueKind.False => "false",
                    _ => null,
                };
                if (expected is null)
                {
                    Assert.Equal(value.GetValue<double>(), double.Parse(element.Value, System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    Assert.True(expected == element.Value, $"{path}: JSON \"{expected}\" but XML \"{element.Value}\"");
                }

                break;
            default:
                Assert.True(children.Count == 0 && element.Value.Length == 0, $"{path}: JSON null but XML \"{element.Value}\"");
                break;
        }
    }
}
