using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minsheng.Server;
using Minsheng.Server.Features.Calendar;
using Spectre.Console;

namespace Minsheng.Benchmarks.OrderList;

/// <summary>
/// The order list on a large database: a fresh database per engine filled with many demo orders, the real
/// host on it, and the server time of the first page of /orders (the web page, signed-in cookie) and of
/// GET /api/v1/work-orders (bearer token) for a set of <see cref="ListCase"/>s, one request at a time.
/// </summary>
internal sealed partial class OrderListBenchmark(IAnsiConsole console)
{
    /// <summary>For the throw-away benchmark database only: the demo users' and the administrator's password.</summary>
    private static readonly string Password = "Bench" + Guid.NewGuid().ToString("N")[..12] + "9";

    public async Task<IReadOnlyList<OrderListResult>> RunAsync(OrderListOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<OrderListResult>();
        foreach (var engine in options.Engines)
        {
            console.MarkupLineInterpolated($"[bold]{engine}[/]: {options.Orders:N0} orders, {options.Warmup} warm-up and {options.Iterations} measured requests per case");
            await using var database = await BenchDatabase.CreateAsync(engine, options.PostgresAdmin, cancellationToken);
            database.Keep = options.KeepDatabases;
            results.Add(await RunEngineAsync(database, options, cancellationToken));
            if (database.Keep)
            {
                console.MarkupLineInterpolated($"Kept the database: [bold]{database.ConnectionString}[/]");
            }
        }

        return results;
    }

    private async Task<OrderListResult> RunEngineAsync(BenchDatabase database, OrderListOptions options, CancellationToken cancellationToken)
    {
        var timings = new ServerTimings();
        await using var app = MinshengHost.Create(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(HostSettings(database));
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddSingleton(timings);
            builder.Services.AddSingleton<IStartupFilter, ServerTimings.StartupFilter>();
        });
        await app.StartAsync(cancellationToken);
        var baseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        SeedMeasure seed = null!;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("seeding orders", maxValue: options.Orders);
                seed = await OrderListSeeder.SeedAsync(app.Services, options.Orders, options.BatchSize, options.Seed,
                    stored => task.Value = stored, cancellationToken);
            });
        console.MarkupLineInterpolated($"Seeded {seed.Orders:N0} orders and {seed.Events:N0} events in {seed.Elapsed.TotalSeconds:F1} s");

        var calendar = await app.Services.GetRequiredService<CalendarProvider>().GetAsync(cancellationToken);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime + calendar.UtcOffset);
        var cases = ListCase.All(today);

        var clients = new Dictionary<string, (HttpClient Page, HttpClient Api)>(StringComparer.Ordinal);
        try
        {
            foreach (var userName in cases.Select(c => c.UserName).Distinct(StringComparer.Ordinal))
            {
                clients[userName] = (await CookieClientAsync(baseAddress, userName, cancellationToken),
                    await BearerClientAsync(baseAddress, userName, cancellationToken));
            }

            // What other processes were doing just before.
            var idle = CpuSampler.Start();
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            var (idleProcess, idleMachine) = idle.Stop();
            var background = idleMachine is { } m ? Math.Max(0, m - idleProcess) : (double?)null;

            var loadBefore = LoadAverage.Read();
            var cpu = CpuSampler.Start();
            var measures = new List<CaseMeasure>();
            foreach (var listCase in cases)
            {
                var (page, api) = clients[listCase.UserName];
                var pageMeasure = await MeasureAsync(page, listCase.PageUrl, PageTotal, timings, options, cancellationToken);
                var apiMeasure = await MeasureAsync(api, listCase.ApiUrl, ApiTotal, timings, options, cancellationToken);
                if (pageMeasure.Total != apiMeasure.Total)
                {
                    throw new InvalidOperationException(
                        $"{listCase.Name}: the page counts {pageMeasure.Total} orders, the API {apiMeasure.Total}.");
                }

                console.MarkupLineInterpolated(
                    $"  {listCase.Name}: {apiMeasure.Total:N0} orders; page p95 {pageMeasure.P95:F1} ms, API p95 {apiMeasure.P95:F1} ms");
                measures.Add(new CaseMeasure(listCase, pageMeasure, apiMeasure));
            }

            var (processCpu, machineCpu) = cpu.Stop();
            var loadAfter = LoadAverage.Read();
            await app.StopAsync(cancellationToken);
            return new OrderListResult(database.Engine, options, seed, measures, loadBefore, loadAfter, processCpu, machineCpu, background);
        }
        finally
        {
            foreach (var (page, api) in clients.Values)
            {
                page.Dispose();
                api.Dispose();
            }
        }
    }

    private static async Task<SurfaceMeasure> MeasureAsync(
        HttpClient client, string url, Func<string, int> total, ServerTimings timings, OrderListOptions options, CancellationToken cancellationToken)
    {
        var server = new double[options.Iterations];
        var observed = new double[options.Iterations];
        var matched = -1;
        for (var i = -options.Warmup; i < options.Iterations; i++)
        {
            var id = Guid.NewGuid().ToString("N");
            var serverTime = timings.Expect(id);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.Add(ServerTimings.HeaderName, id);
            var started = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var clientTime = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
            }

            var ms = await serverTime.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            if (i < 0)
            {
                matched = total(body);
                continue;
            }

            server[i] = ms;
            observed[i] = clientTime;
        }

        if (matched < 0)
        {
            throw new InvalidOperationException("Set at least one warm-up request: it reads the number of matching orders.");
        }

        Array.Sort(server);
        Array.Sort(observed);
        return new SurfaceMeasure(matched, Percentiles.Of(server, 0.50), Percentiles.Of(server, 0.95), Percentiles.Of(server, 0.99),
            server[^1], Percentiles.Of(observed, 0.50));
    }

    /// <summary>The page's "共 N 张工单": the element with id total.</summary>
    private static int PageTotal(string html)
    {
        var match = TotalElement().Match(html);
        return match.Success
            ? int.Parse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("The order list page has no element with id total.");
    }

    private static int ApiTotal(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("total").GetInt32();
    }

    [GeneratedRegex("""id="total"[^>]*>\s*(\d+)\s*<""", RegexOptions.CultureInvariant)]
    private static partial Regex TotalElement();

    private static Dictionary<string, string?> HostSettings(BenchDatabase database) => new()
    {
        ["Database:Provider"] = database.Provider,
        ["ConnectionStrings:Minsheng"] = database.ConnectionString,
        ["Demo:Enabled"] = "true",
        ["Demo:Orders"] = "0",
        ["Demo:UserPassword"] = Password,
        ["Bootstrap:AdminPassword"] = Password,
        ["Accounts:SignInPerMinute"] = "1000",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>A browser: signed in with the cookie, as the login page does.</summary>
    private static async Task<HttpClient> CookieClientAsync(Uri baseAddress, string userName, CancellationToken cancellationToken)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
        };
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative),
            new { userName, password = Password }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            client.Dispose();
            throw new InvalidOperationException($"Cookie sign-in as {userName} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>A machine client: a bearer token.</summary>
    private static async Task<HttpClient> BearerClientAsync(Uri baseAddress, string userName, CancellationToken cancellationToken)
    {
        var client = new HttpClient { BaseAddress = baseAddress };
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/auth/token", UriKind.Relative),
            new { userName, password = Password }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            client.Dispose();
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode} {body}");
        }

        using var document = JsonDocument.Parse(body);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", document.RootElement.GetProperty("accessToken").GetString());
        return client;
    }
}
