using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Demo;
using Minsheng.Server.Infrastructure.Data;
using Npgsql;

namespace Minsheng.Server;

/// <summary>What a newcomer needs after <c>dotnet run</c>: where it listens, which database file, and how to sign in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Write(Console.Out, app.Services, addresses);
    }

    public static void Write(TextWriter output, IServiceProvider services, IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(addresses);
        var first = addresses.FirstOrDefault() ?? "(no address)";
        output.WriteLine();
        output.WriteLine("  民声 Minsheng is running");
        output.WriteLine($"  Address:  {first}   (web UI: sign in at {first}/login)");
        output.WriteLine($"  API:      {first}/api/v1/work-orders   (OpenAPI: {first}/openapi/v1.json)");
        output.WriteLine($"  Health:   {first}/health");
        output.WriteLine($"  Database: {DescribeDatabase(services)}");
        if (services.GetRequiredService<GeneratedAdminPassword>().Value is { } password)
        {
            output.WriteLine($"  Sign in:  admin / {password}   (generated on this first start and shown only now: note it down;");
            output.WriteLine("            set Bootstrap:AdminPassword before the first start to choose it)");
        }
        else
        {
            output.WriteLine("  Sign in:  admin, with the password of Bootstrap:AdminPassword or the one shown on the first start");
        }

        var demo = services.GetRequiredService<IOptions<DemoSettings>>().Value;
        if (demo.Enabled)
        {
            output.WriteLine($"  Demo users (password {demo.UserPassword}): operator01 dispatcher01 handler01 handler_town1 handler_town2");
            output.WriteLine("             supervisor01 gridworker01 analyst01 citizen01");
        }

        output.WriteLine();
    }

    /// <summary>The engine and where its data is: the SQLite file, or PostgreSQL's host and database (never the password).</summary>
    private static string DescribeDatabase(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
        var connectionString = db.Database.GetConnectionString() ?? string.Empty;
        return db.Engine switch
        {
            DatabaseEngine.Sqlite => $"sqlite, {Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource)}",
            _ => new NpgsqlConnectionStringBuilder(connectionString) is var pg ? $"postgres, {pg.Host}/{pg.Database}" : "postgres",
        };
    }
}
