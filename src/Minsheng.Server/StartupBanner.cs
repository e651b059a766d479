using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server;

/// <summary>What a newcomer needs after <c>dotnet run</c>: where it listens and on which database.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var engine = app.Services.GetRequiredService<DatabaseSettings>().Engine;
        var first = addresses.FirstOrDefault() ?? "(no address)";
        Console.WriteLine();
        Console.WriteLine("  民声 Minsheng is running");
        Console.WriteLine($"  Address:  {first}");
        Console.WriteLine($"  API:      {first}/api/v1/work-orders   (OpenAPI: {first}/openapi/v1.json)");
        Console.WriteLine($"  Health:   {first}/health");
        Console.WriteLine($"  Database: {engine}");
        Console.WriteLine();
    }
}
