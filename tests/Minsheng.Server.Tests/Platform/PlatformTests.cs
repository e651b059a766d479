using System.Net;
using System.Text.Json;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Platform;

public sealed class PlatformTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Health_IsHealthy(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);

        var response = await app.Client().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesEveryWorkOrderAction_AndIsSavedAsAnArtefact()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);

        var json = await app.Client().GetStringAsync("/openapi/v1.json");

        using var document = JsonDocument.Parse(json);
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("/api/v1/work-orders", paths);
        Assert.Contains("/api/v1/work-orders/{id}", paths);
        foreach (var action in new[] { "direct-answer", "dispatch", "accept", "return", "extension-request", "extension-decision",
                     "reply", "review", "callback", "reopen", "merge", "withdraw", "close" })
        {
            Assert.Contains($"/api/v1/work-orders/{{id}}/{action}", paths);
        }

        var artefacts = Path.Combine(AppContext.BaseDirectory, "artefacts");
        Directory.CreateDirectory(artefacts);
        await File.WriteAllTextAsync(Path.Combine(artefacts, "openapi.json"), json);
    }

    /// <summary>
    /// Every work-order endpoint says what it answers: each response it lists has a schema (a file for the export),
    /// the success of every read and action is the order's schema, and the actions list their refusals.
    /// </summary>
    [Fact]
    public async Task OpenApiDocument_HasAResponseSchemaForEveryWorkOrderEndpoint()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);

        using var document = JsonDocument.Parse(await app.Client().GetStringAsync("/openapi/v1.json"));

        var missing = new List<string>();
        var operations = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/v1/work-orders", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations++;
                var responses = operation.Value.GetProperty("responses").EnumerateObject().ToArray();
                if (!responses.Any(r => r.Name.StartsWith('2')))
                {
                    missing.Add($"{operation.Name} {path.Name}: no success response");
                }

                foreach (var response in responses)
                {
                    var hasSchema = response.Value.TryGetProperty("content", out var content)
                        && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _));
                    if (!hasSchema)
                    {
                        missing.Add($"{operation.Name} {path.Name} {response.Name}");
                    }
                }

                if (path.Name.EndsWith("/dispatch", StringComparison.Ordinal) || path.Name == "/api/v1/work-orders/{id}")
                {
                    var ok = operation.Value.GetProperty("responses").GetProperty("200").GetProperty("content")
                        .GetProperty("application/json").GetProperty("schema").GetRawText();
                    Assert.Contains("WorkOrderDto", ok, StringComparison.Ordinal);
                }

                if (path.Name.EndsWith("/accept", StringComparison.Ordinal))
                {
                    Assert.Equal(["200", "400", "403", "404", "409"], responses.Select(r => r.Name).Order(StringComparer.Ordinal));
                }
            }
        }

        Assert.True(operations >= 17, $"only {operations} work-order operations");
        Assert.True(missing.Count == 0, "responses without a schema: " + string.Join("; ", missing));
    }
}
