using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
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

    public const string AdminPassword = "Admin2026test";
    public const string DemoPassword = "Minsheng2026";

    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly int _demoOrders;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Dictionary<string, (string Token, DateTimeOffset ExpiresAt)> _tokens = new(StringComparer.Ordinal);

    private MinshengApp(TestDatabase database, int demoOrders, DateTimeOffset now, IReadOnlyDictionary<string, string>? settings,
        bool ownsDatabase = true)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
        _demoOrders = demoOrders;
        _settings = settings ?? new Dictionary<string, string>();
        Clock = new FakeTimeProvider(now);
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>This app's name in <see cref="LogCapture"/>, which records everything it logs.</summary>
    public string LogSource { get; } = LogCapture.NewSource();

    public string Engine => _database.Engine;

    /// <summary>Monday 2 March 2026, 10:00 in Beijing: a plain working day.</summary>
    public static DateTimeOffset DefaultNow => new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    public static async Task<MinshengApp> StartAsync(string engine, int demoOrders = 0, DateTimeOffset? now = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var app = new MinshengApp(database, demoOrders, now ?? DefaultNow, settings);
        _ = app.Server; // start now: migrations and seeding run before the first request
        return app;
    }

    /// <summary>Two nodes of one deployment starting at the same moment on a fresh database (the first owns it).</summary>
    public static async Task<(MinshengApp First, MinshengApp Second)> StartTwoNodesAsync(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var first = new MinshengApp(database, 0, DefaultNow, null);
        var second = new MinshengApp(database, 0, DefaultNow, null, ownsDatabase: false);
        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));
        return (first, second);
    }

    /// <summary>A second node of the same deployment: another host on this app's database (which this app still owns).</summary>
    public MinshengApp AnotherNode()
    {
        var node = new MinshengApp(_database, _demoOrders, Clock.GetUtcNow(), _settings, ownsDatabase: false);
        _ = node.Server;
        return node;
    }

    /// <summary>A client signed in as the administrator.</summary>
    public HttpClient Client() => ClientAs("admin");

    /// <summary>
    /// A client signed in as a seeded user (the demo users share <see cref="DemoPassword"/>). Each request carries a
    /// current bearer token, fetched again when the test's clock has moved past the old one's expiry.
    /// </summary>
    public HttpClient ClientAs(string userName) => CreateDefaultClient(new SignedInHandler(this, userName));

    internal string TokenFor(string userName)
    {
        lock (_tokens)
        {
            if (_tokens.TryGetValue(userName, out var cached) && cached.ExpiresAt > Clock.GetUtcNow().AddMinutes(1))
            {
                return cached.Token;
            }
        }

        var password = userName == "admin" ? AdminPassword : DemoPassword;
        var response = AnonymousClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password }).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        Assert.True(response.IsSuccessStatusCode, $"sign-in as {userName}: {response.StatusCode} {body}");
        var json = JsonDocument.Parse(body).RootElement;
        var token = (json.GetProperty("accessToken").GetString()!, json.GetProperty("expiresAt").GetDateTimeOffset());
        lock (_tokens)
        {
            _tokens[userName] = token;
        }

        return token.Item1;
    }

    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

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
        builder.UseSetting("Demo:UserPassword", DemoPassword);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Accounts:SignInPerMinute", "10000");
        builder.UseSetting("Accounts:PublicPerMinute", "10000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => LogCapture.AddTo(logging, LogSource));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);

            // Password hashing is deliberately slow; tests sign in hundreds of times.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1000);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            await _database.DisposeAsync();
        }

        LogCapture.Release(LogSource);
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }
}
