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
}
