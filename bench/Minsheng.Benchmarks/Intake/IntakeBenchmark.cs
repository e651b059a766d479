using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Minsheng.Core.WorkOrders;
using Minsheng.Server;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Text;
using Spectre.Console;

namespace Minsheng.Benchmarks.Intake;

/// <summary>
/// 受理 under load: the real host on a fresh database, N orders registered over real HTTP by C
/// concurrent clients; then, for comparison, the same orders inserted straight through EF Core.
/// </summary>
internal sealed class IntakeBenchmark(IAnsiConsole console)
{
    private const string Actor = "bench";

    /// <summary>The hotline operator of the demo county, who registers the orders (no rate limit applies to staff).</summary>
    private const string OperatorUserName = "operator01";

    /// <summary>For the throw-away benchmark database only: the demo users' and the administrator's password.</summary>
    private static readonly string Password = "Bench" + Guid.NewGuid().ToString("N")[..12] + "9";

    public async Task<IReadOnlyList<IntakeResult>> RunAsync(IntakeBenchmarkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new List<IntakeResult>();
        foreach (var engine in options.Engines)
        {
            console.MarkupLineInterpolated($"[bold]{engine}[/]: {options.Orders} orders, {options.Concurrency} concurrent clients, {options.Warmup} warm-up");
            HttpRun http;
            await using (var database = await BenchDatabase.CreateAsync(engine, options.PostgresAdmin, cancellationToken))
            {
                http = await RunHttpAsync(database, options, cancellationToken);
            }

            RawRun raw;
            await using (var database = await BenchDatabase.CreateAsync(engine, options.PostgresAdmin, cancellationToken))
            {
                raw = await RunRawAsync(database, options, http.Bodies, cancellationToken);
            }

            results.Add(new IntakeResult(engine, options, http.Measure, raw.Measure));
        }

        return results;
    }

    private async Task<HttpRun> RunHttpAsync(BenchDatabase database, IntakeBenchmarkOptions options, CancellationToken cancellationToken)
    {
        await using var app = MinshengHost.Create(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(HostSettings(database));
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(address);

        var token = await SignInAsync(baseAddress, cancellationToken);
        using var probe = new HttpClient { BaseAddress = baseAddress };
        probe.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var regions = await CodesAsync(probe, "/api/v1/regions", cancellationToken);
        var categories = await CodesAsync(probe, "/api/v1/categories", cancellationToken);
        var bodies = IntakeBodies.Create(options.Orders, regions, categories);
        var warmup = IntakeBodies.Create(options.Warmup, regions, categories, seed: 54321);
        var payloads = bodies.Select(IntakeBodies.ToUtf8Json).ToArray();
        var warmupPayloads = warmup.Select(IntakeBodies.ToUtf8Json).ToArray();

        var (warmupErrors, _) = await PostAllAsync(baseAddress, token, warmupPayloads, options.Concurrency, "warm-up", cancellationToken);
        if (warmupErrors.Count > 0)
        {
            throw new InvalidOperationException($"Warm-up failed: {warmupErrors[0]}");
        }

        // What other processes were doing just before (this one is settling after the warm-up: tiered JIT, GC).
        var idle = CpuSampler.Start();
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        var (idleProcess, idleMachine) = idle.Stop();
        var background = idleMachine is { } m ? Math.Max(0, m - idleProcess) : (double?)null;

        var cpu = CpuSampler.Start();
        var started = Stopwatch.GetTimestamp();
        var (errors, latencies) = await PostAllAsync(baseAddress, token, payloads, options.Concurrency, "intake over HTTP", cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var (processCpu, machineCpu) = cpu.Stop();

        foreach (var error in errors.Take(5))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {error}");
        }

        var stored = await StoredAsync(probe, cancellationToken);
        await app.StopAsync(cancellationToken);

        Array.Sort(latencies);
        var measure = new HttpMeasure(
            options.Orders,
            errors.Count,
            stored - options.Warmup,
            elapsed,
            options.Orders / elapsed.TotalSeconds,
            Percentiles.Of(latencies, 0.50),
            Percentiles.Of(latencies, 0.95),
            Percentiles.Of(latencies, 0.99),
            latencies[^1],
            processCpu,
            machineCpu,
            background,
            regions.Count > 0 && categories.Count > 0);
        return new HttpRun(measure, bodies);
    }

    private async Task<(List<string> Errors, double[] Latencies)> PostAllAsync(
        Uri baseAddress, string token, byte[][] payloads, int concurrency, string label, CancellationToken cancellationToken)
    {
        var latencies = new double[payloads.Length];
        var errors = new List<string>();
        var next = -1;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: payloads.Length);
                var workers = Enumerable.Range(0, concurrency).Select(async _ =>
                {
                    // One client per worker, each with its own connection: C independent callers.
                    using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = baseAddress };
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    int i;
                    while ((i = Interlocked.Increment(ref next)) < payloads.Length)
                    {
                        using var content = new ByteArrayContent(payloads[i]);
                        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                        var start = Stopwatch.GetTimestamp();
                        using var response = await client.PostAsync(new Uri("/api/v1/work-orders", UriKind.Relative), content, cancellationToken);
                        var body = await response.Content.ReadAsStringAsync(cancellationToken);
                        latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                        if (response.StatusCode != HttpStatusCode.Created)
                        {
                            lock (errors)
                            {
                                errors.Add($"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
                            }
                        }

                        task.Increment(1);
                    }
                }).ToArray();
                await Task.WhenAll(workers);
            });
        return (errors, latencies);
    }

    private async Task<RawRun> RunRawAsync(
        BenchDatabase database, IntakeBenchmarkOptions options, IReadOnlyList<RegisterWorkOrderRequest> bodies, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(HostSettings(database));
        builder.Services.AddMinshengServices(builder.Configuration);
        using var host = builder.Build();
        await host.Services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single().StartAsync(cancellationToken);

        var refs = await host.Services.GetRequiredService<ReferenceData>().GetAsync(cancellationToken);
        var text = host.Services.GetRequiredService<ChineseText>();

        // Segmentation alone, on one thread: a per-thread rate (ChineseText pools its segmenters, so threads segment in parallel).
        var segmenting = Stopwatch.GetTimestamp();
        var searchTexts = bodies.Select(b => text.ToIndexText(b.Title, b.Content)).ToArray();
        var segmentation = Stopwatch.GetElapsedTime(segmenting);

        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var orders = bodies.Select((body, i) => WorkOrder.Register(
            ToNewWorkOrder(body, refs),
            string.Create(CultureInfo.InvariantCulture, $"BENCH-{i + 1:D6}"),
            searchTexts[i],
            Actor,
            now)).ToArray();

        var cpu = CpuSampler.Start();
        var started = Stopwatch.GetTimestamp();
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("raw EF Core insert", maxValue: orders.Length);
                foreach (var batch in orders.Chunk(options.RawBatchSize))
                {
                    await using var scope = host.Services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
                    db.WorkOrders.AddRange(batch);
                    await db.SaveChangesAsync(cancellationToken);
                    task.Increment(batch.Length);
                }
            });
        var elapsed = Stopwatch.GetElapsedTime(started);
        var (processCpu, machineCpu) = cpu.Stop();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
            var stored = await db.WorkOrders.CountAsync(cancellationToken);
            if (stored != orders.Length)
            {
                throw new InvalidOperationException($"Raw insert stored {stored} orders, expected {orders.Length}.");
            }
        }

        return new RawRun(new RawMeasure(orders.Length, options.RawBatchSize, elapsed, orders.Length / elapsed.TotalSeconds,
            bodies.Count / segmentation.TotalSeconds, processCpu, machineCpu));
    }

    /// <summary>What Intake does with a request, without the HTTP, the number sequence and the calendar.</summary>
    private static NewWorkOrder ToNewWorkOrder(RegisterWorkOrderRequest request, ReferenceSnapshot refs) => new()
    {
        Kind = request.Kind!.Value,
        Channel = request.Channel ?? Channel.Phone,
        Urgency = request.Urgency ?? Urgency.Normal,
        Requester = new Requester
        {
            Name = request.Requester?.Name?.Trim(),
            Phone = request.Requester?.Phone?.Trim(),
            Type = request.Requester?.Type ?? RequesterType.Person,
            IsConfidential = request.Requester?.Confidential ?? false,
            IsAnonymous = request.Requester?.Anonymous ?? false,
        },
        Title = request.Title!,
        Content = request.Content!,
        Location = new Location
        {
            Address = request.Location?.Address?.Trim(),
            Latitude = request.Location?.Latitude,
            Longitude = request.Location?.Longitude,
        },
        RegionId = refs.RegionByCode(request.Location?.RegionCode)?.Id,
        CategoryId = refs.CategoryByCode(request.CategoryCode)?.Id,
        CallbackRequired = request.CallbackRequired ?? true,
    };

    private static Dictionary<string, string?> HostSettings(BenchDatabase database) => new()
    {
        ["Database:Provider"] = database.Provider,
        ["ConnectionStrings:Minsheng"] = database.ConnectionString,
        ["Demo:Enabled"] = "true",
        ["Demo:Orders"] = "0",
        ["Demo:UserPassword"] = Password,
        ["Bootstrap:AdminPassword"] = Password,
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>A bearer token for the demo operator, as a machine client gets one.</summary>
    private static async Task<string> SignInAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/auth/token", UriKind.Relative),
            new { userName = OperatorUserName, password = Password }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Sign-in as {OperatorUserName} failed: {(int)response.StatusCode} {body}");
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>The codes a client would pick from: every region, and the leaf categories.</summary>
    private static async Task<IReadOnlyList<string>> CodesAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative), cancellationToken));
        return document.RootElement.EnumerateArray()
            .Where(e => !e.TryGetProperty("isLeaf", out var leaf) || leaf.ValueKind == JsonValueKind.True)
            .Where(e => !e.TryGetProperty("isActive", out var active) || active.ValueKind == JsonValueKind.True)
            .Select(e => e.GetProperty("code").GetString()!)
            .ToArray();
    }

    private static async Task<int> StoredAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/work-orders?pageSize=1", UriKind.Relative), cancellationToken));
        return document.RootElement.GetProperty("total").GetInt32();
    }

    private sealed record HttpRun(HttpMeasure Measure, IReadOnlyList<RegisterWorkOrderRequest> Bodies);

    private sealed record RawRun(RawMeasure Measure);
}
