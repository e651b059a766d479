using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Minsheng.Server.Features.Demo;
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
        Console.WriteLine($"  Address:  {first}   (web UI: sign in at {first}/login)");
        Console.WriteLine($"  API:      {first}/api/v1/work-orders   (OpenAPI: {first}/openapi/v1.json)");
        Console.WriteLine($"  Health:   {first}/health");
        Console.WriteLine($"  Database: {engine}");
        Console.WriteLine($"  Sign in:  POST {first}/api/v1/auth/token  as 'admin' (password: Bootstrap:AdminPassword, or the one printed on first start)");
        var demo = app.Services.GetRequiredService<IOptions<DemoSettings>>().Value;
        if (demo.Enabled)
        {
            var password = demo.UserPassword;
            Console.WriteLine($"  Demo users (password {password}): operator01 dispatcher01 handler01 handler_town1 handler_town2");
            Console.WriteLine("             supervisor01 gridworker01 analyst01 citizen01");
        }

        Console.WriteLine();
    }
}
