using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Open311;

/// <summary>
/// The official GeoReport v2 JSON schemas (open311/schema-validation), read at run time from
/// ../shared/open311/schemas beside the repository; a test that needs them skips when they are absent
/// (and fails when MINSHENG_TEST_REQUIRE_ALL=1).
/// </summary>
internal static partial class Open311Schemas
{
    public const string Services = "services.json";
    public const string ServiceDefinition = "service-definition.json";
    public const string Requests = "requests.json";

    private static readonly Lazy<string?> _folder = new(Find);
    private static readonly Lazy<(EvaluationOptions Options, Dictionary<string, JsonSchema> Schemas)> _loaded = new(Load);

    /// <summary>Skips (or, in CI, fails) the calling test when the schemas are not there.</summary>
    public static void Require() =>
        TestEnvironment.Require(_folder.Value is not null,
            "The official Open311 JSON schemas (../shared/open311/schemas/*.json beside the repository)");

    /// <summary>Validates <paramref name="json"/> against one of the schemas, and every *_datetime in it against the W3C form the spec wants.</summary>
    public static void AssertValid(string schema, JsonNode? json, string what)
    {
        Require();
        var (options, schemas) = _loaded.Value;
        var result = schemas[schema].Evaluate(json, options);
        Assert.True(result.IsValid, $"{what} does not match {schema}: {Describe(result)}\n{json?.ToJsonString()}");
        AssertDateTimes(json, what);
    }

    /// <summary>Offset required (Z or ±HH:MM), no fractional seconds: what FixMyStreet and mySociety's own schemas accept.</summary>
    public static void AssertDateTimes(JsonNode? json, string what)
    {
        foreach (var (name, value) in Walk(json))
        {
            if (name.EndsWith("_datetime", StringComparison.Ordinal) && value is not null)
            {
                var text = value.GetValue<string>();
                Assert.True(W3cDateTime().IsMatch(text), $"{what}: {name} = {text} is not yyyy-MM-ddTHH:mm:ss with an offset");
            }
        }
    }

    private static IEnumerable<(string Name, JsonNode? Value)> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    yield return (key, value);
                    foreach (var inner in Walk(value))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Walk(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Append(result)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}")));

    private static (EvaluationOptions, Dictionary<string, JsonSchema>) Load()
    {
        var folder = _folder.Value!;
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.json"))
        {
            // Each schema's base URI is its file, so "$ref": "request.json" finds its neighbour in the registry.
            var schema = JsonSchema.FromFile(file);
            options.SchemaRegistry.Register(new Uri(Path.GetFullPath(file)), schema);
            schemas[Path.GetFileName(file)] = schema;
        }

        return (options, schemas);
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "open311", "schemas");
            if (File.Exists(Path.Combine(candidate, Requests)) && File.Exists(Path.Combine(candidate, "request.json")))
            {
                return candidate;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex W3cDateTime();
}
