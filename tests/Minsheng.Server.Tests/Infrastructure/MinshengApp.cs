using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Tests.Infrastructure;

/// <summary>
/// The real host on a fresh database of the chosen engine, with the demo county's reference data
/// (no demo orders) and a fake clock the test can move.
/// </summary>
public sealed class MinshengApp : WebApplicationFactory<Program>
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    private readonly TestDatabase _database;
    private readonly int _demoOrders;

    private MinshengApp(TestDatabase database, int demoOrders, DateTimeOffset now)
    {
        _database = database;
        _demoOrders = demoOrders;
        Clock = new FakeTimeProvider(now);
    }

    public FakeTimeProvider Clock { get; }

    public string Engine => _database.Engine;

    /// <summary>Monday 2 March 2026, 10:00 in Beijing: a plain working day.</summary>
    public static DateTimeOffset DefaultNow => new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    public static async Task<MinshengApp> StartAsync(string engine, int demoOrders = 0, DateTimeOffset? now = null)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var app = new MinshengApp(database, demoOrders, now ?? DefaultNow);
        _ = app.Server; // start now: migrations and seeding run before the first request
        return app;
    }

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<T> WithDbAsync<T>(Func<MinshengDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<MinshengDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Engine);
        builder.UseSetting("ConnectionStrings:Minsheng", _database.ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Orders", _demoOrders.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }
}
