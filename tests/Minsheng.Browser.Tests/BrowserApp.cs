using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Minsheng.Browser.Tests;

/// <summary>
/// The real Minsheng host on Kestrel (a random local port) over a fresh SQLite file with the demo county and its users
/// but no demo orders, and one headless Chromium from the system (Debian's package) that the tests drive.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string AdminPassword = "Admin2026browser";
    public const string DemoPassword = "Minsheng2026";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "minsheng-browser-tests", Guid.NewGuid().ToString("N"));
    private Factory? _factory;
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    /// <summary>Why the browser could not be started, if it could not.</summary>
    public string? Unavailable { get; private set; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("MINSHENG_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool RequireAll => Environment.GetEnvironmentVariable("MINSHENG_TEST_REQUIRE_ALL") == "1";

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artefacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        // Assertions wait as long as actions do: under CI load a form post can take seconds to come back.
        Assertions.SetDefaultExpectTimeout(15_000);
        Directory.CreateDirectory(_folder);
        _factory = new Factory(Path.Combine(_folder, "minsheng.db"));
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");

        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"Chromium not found at {ChromiumPath} (install Debian's chromium or set MINSHENG_TEST_CHROMIUM)";
            return;
        }

        try
        {
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
            });
        }
        catch (PlaywrightException e)
        {
            Unavailable = $"Chromium at {ChromiumPath} could not be started by Playwright: {e.Message}";
        }
    }

    /// <summary>Skips the test without a browser, or fails it when the run requires everything (CI).</summary>
    public IBrowser RequireBrowser()
    {
        if (Browser is not null)
        {
            return Browser;
        }

        if (RequireAll)
        {
            Assert.Fail($"{Unavailable} — required because MINSHENG_TEST_REQUIRE_ALL=1.");
        }

        Assert.Skip(Unavailable ?? "no browser");
        return null!;
    }

    /// <summary>A fresh browser context (no cookies) with Chinese locale, one page, at the app's address.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await RequireBrowser().NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1360, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public HttpClient HttpClient() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp cleaning.
        }
    }

    private sealed class Factory(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "sqlite");
            builder.UseSetting("ConnectionStrings:Minsheng", $"Data Source={databasePath}");
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Demo:Orders", "0");
            builder.UseSetting("Demo:UserPassword", DemoPassword);
            builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
            builder.UseSetting("Accounts:SignInPerMinute", "10000");
            builder.UseSetting("Accounts:PublicPerMinute", "10000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}
