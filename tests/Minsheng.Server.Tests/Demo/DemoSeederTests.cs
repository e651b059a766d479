using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Demo;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Web;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Demo;

public sealed class DemoSeederTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task FirstStart_WithoutOrders_SeedsTheCountyOnly_AndASecondRunChangesNothing(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);

        var before = await app.WithDbAsync(CountsAsync);
        Assert.Equal(DemoCounty.Regions.Count, before.Regions);
        Assert.Equal(DemoCounty.Units.Count, before.Units);
        Assert.Equal(DemoCounty.Categories.Count, before.Categories);
        Assert.Equal(DemoCounty.Responsibilities.Count, before.Responsibilities);
        Assert.Equal(0, before.Orders);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
            foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder>().OfType<DemoSeeder>())
            {
                await seeder.SeedAsync(db, CancellationToken.None);
            }
        }

        Assert.Equal(before, await app.WithDbAsync(CountsAsync));
        var township = await app.WithDbAsync(db => db.Units.SingleAsync(u => u.Code == "BSZ"));
        var village = await app.WithDbAsync(db => db.Units.SingleAsync(u => u.Code == "BSZ-201"));
        Assert.Equal(township.Id, village.ParentId);
        Assert.Equal(UnitKind.Village, village.Kind);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task FirstStart_WithOrders_EveryStatusIsListed_AndNumbersFollowTheRegistrationDate(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine, demoOrders: 120);
        var client = app.Client();

        Assert.Equal(120, await TotalAsync(client, "pageSize=1"));
        foreach (var status in Enum.GetValues<WorkOrderStatus>())
        {
            Assert.True(await TotalAsync(client, $"status={JsonNames.Of(status)}&pageSize=1") > 0, $"no {status} order listed");
        }

        var orders = await app.WithDbAsync(db => db.WorkOrders.AsNoTracking()
            .Select(o => new { o.Number, o.RegisteredAt, o.Status, o.MergedIntoId, o.SearchText }).ToListAsync());
        Assert.All(orders, o => Assert.Equal(o.RegisteredAt.AddHours(8).ToString("yyyyMMdd", CultureInfo.InvariantCulture), o.Number[..8]));
        Assert.All(orders, o => Assert.False(string.IsNullOrWhiteSpace(o.SearchText)));
        var ids = await app.WithDbAsync(db => db.WorkOrders.Select(o => o.Id).ToListAsync());
        Assert.All(orders.Where(o => o.Status == WorkOrderStatus.Merged), o => Assert.Contains(o.MergedIntoId!.Value, ids));
        Assert.True(await app.WithDbAsync(db => db.WorkOrderEvents.CountAsync()) > 120 * 4);

        // Intake carries on after the demo: today's numbers continue the day's sequence.
        var api = new WorkOrderApi(client);
        var fresh = await api.RegisterAsync(WorkOrderApi.Complaint());
        Assert.DoesNotContain(orders, o => o.Number == fresh.Number);
        Assert.Equal("20260302", fresh.Number[..8]);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Disabled_SeedsNothing(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine, settings: new Dictionary<string, string> { ["Demo:Enabled"] = "false" });

        var counts = await app.WithDbAsync(CountsAsync);
        Assert.Equal(0, counts.Units);
        Assert.Equal(0, counts.Orders);
    }

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/work-orders?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{query}: {(int)response.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task<Counts> CountsAsync(MinshengDbContext db) => new(
        await db.Regions.CountAsync(),
        await db.Units.CountAsync(),
        await db.Categories.CountAsync(),
        await db.Responsibilities.CountAsync(),
        await db.WorkOrders.CountAsync());

    private sealed record Counts(int Regions, int Units, int Categories, int Responsibilities, int Orders);
}
