using System.Net;
using System.Net.Http.Json;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Accounts;

/// <summary>
/// Every role against every endpoint on orders: who may list, read, search, export and take each action,
/// and that an order outside a user's scope does not exist for them (404).
/// </summary>
public sealed class PermissionMatrixTests
{
    private const string Allowed = "allowed";
    private const string Forbidden = "forbidden";
    private const string NotFound = "not-found";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task ReadAccess_FollowsTheDataScope(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var world = await World.CreateAsync(app);

        // Which of the world's orders each user can see in the list, by detail, and by full-text search.
        var expected = new Dictionary<string, long[]>
        {
            ["admin"] = world.All,
            ["operator01"] = world.All,
            ["dispatcher01"] = world.All,
            ["supervisor01"] = world.All,
            ["analyst01"] = world.All,
            ["handler_town1"] = [world.Town1, world.Town1Village],
            ["handler_town2"] = [world.Town2],
            ["handler01"] = [world.Department],
            ["gridworker01"] = [world.Town1Village],
            ["citizen01"] = [world.CitizenOwn],
        };

        foreach (var (user, visible) in expected)
        {
            var api = new WorkOrderApi(app.ClientAs(user));
            var listed = (await api.ListAsync("pageSize=100")).Items.Select(o => o.Id).Order().ToArray();
            Assert.True(visible.Order().SequenceEqual(listed), $"{user} lists [{string.Join(",", listed)}], expected [{string.Join(",", visible.Order())}]");

            var searched = (await api.ListAsync("q=" + Uri.EscapeDataString(World.SearchWord))).Items.Select(o => o.Id).Order().ToArray();
            Assert.True(visible.Order().SequenceEqual(searched), $"{user} finds [{string.Join(",", searched)}] by full text");

            foreach (var id in world.All)
            {
                var response = await api.Client.GetAsync($"/api/v1/work-orders/{id}");
                var want = visible.Contains(id) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                Assert.True(want == response.StatusCode, $"{user} GET order {id}: {response.StatusCode}, expected {want}");
            }

            var export = await api.Client.GetAsync("/api/v1/work-orders/export");
            if (user == "citizen01")
            {
                Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, export.StatusCode);
                var lines = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(visible.Length, lines.Length - 1);
            }
        }

        var anonymous = app.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/work-orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/work-orders/{world.Town1}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/work-orders/export")).StatusCode);
    }

    private static readonly string[] ActionNames =
    [
        "direct-answer", "dispatch", "accept", "return", "extension-request", "reply", "extension-decision", "review",
        "callback", "close", "reopen", "merge", "withdraw",
    ];

    public static TheoryData<string, string> EnginesAndActions()
    {
        var data = new TheoryData<string, string>();
        foreach (var engine in new[] { Engines.Sqlite, Engines.Postgres })
        {
            foreach (var action in ActionNames)
            {
                data.Add(engine, action);
            }
        }

        return data;
    }

    private static readonly string[] Users =
        ["operator01", "dispatcher01", "supervisor01", "analyst01", "citizen01", "handler_town1", "handler_town2", "gridworker01"];

    /// <summary>Who may take each action on an order of township 1 in the right state.</summary>
    private static readonly Dictionary<string, string[]> AllowedBy = new()
    {
        ["direct-answer"] = ["operator01", "dispatcher01"],
        ["dispatch"] = ["dispatcher01"],
        ["accept"] = ["handler_town1"],
        ["return"] = ["handler_town1"],
        ["extension-request"] = ["handler_town1"],
        ["reply"] = ["handler_town1"],
        ["extension-decision"] = ["dispatcher01", "supervisor01"],
        ["review"] = ["dispatcher01", "supervisor01"],
        ["callback"] = ["operator01", "supervisor01"],
        ["close"] = ["operator01", "supervisor01"],
        ["reopen"] = ["dispatcher01", "supervisor01"],
        ["merge"] = ["operator01", "dispatcher01"],
        ["withdraw"] = ["operator01", "dispatcher01"],
    };

    /// <summary>Roles that may take the action in general, but not on this order: it is outside their scope (404).</summary>
    private static readonly Dictionary<string, string[]> OutOfScope = new()
    {
        ["dispatch"] = ["handler_town1", "handler_town2"],
        ["accept"] = ["handler_town2", "gridworker01"],
        ["return"] = ["handler_town2", "gridworker01"],
        ["extension-request"] = ["handler_town2", "gridworker01"],
        ["reply"] = ["handler_town2", "gridworker01"],
        ["withdraw"] = ["citizen01"],
    };

    /// <summary>
    /// One action by every user, each on a fresh order of township 1 that is in the right state for it. Allowed: 200.
    /// A role that may take the action but not on this order (another township, a stranger's order): 404.
    /// A role that may never take it: 403.
    /// </summary>
    [Theory]
    [MemberData(nameof(EnginesAndActions))]
    public async Task Transition_ByRoleAndScope(string engine, string action)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var world = await World.CreateAsync(app);
        var admin = new WorkOrderApi(app.Client());
        foreach (var user in Users)
        {
            var expected = AllowedBy[action].Contains(user) ? Allowed
                : OutOfScope.TryGetValue(action, out var outside) && outside.Contains(user) ? NotFound
                : Forbidden;
            var order = await world.BringToStateForAsync(admin, action);

            var response = await new WorkOrderApi(app.ClientAs(user)).PostActionAsync(order.Id, action, World.BodyFor(action, world, order));

            var want = expected switch
            {
                Allowed => HttpStatusCode.OK,
                NotFound => HttpStatusCode.NotFound,
                _ => HttpStatusCode.Forbidden,
            };
            Assert.True(want == response.StatusCode, $"{user} {action}: {await WorkOrderApi.Describe(response)}");
            var after = await admin.GetAsync(order.Id);
            Assert.Equal(expected == Allowed ? order.Version + 1 : order.Version, after.Version);
        }
    }

    /// <summary>
    /// The actions the API offers are the ones the user may take: each one offered passes the role and scope checks
    /// (it is refused only for the stale version sent), and the operator is not offered 派单 on a new order.
    /// </summary>
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task AllowedActions_OfferOnlyWhatTheRoleAndScopePermit(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var world = await World.CreateAsync(app);
        var admin = new WorkOrderApi(app.Client());
        var fresh = await admin.RegisterAsync(WorkOrderApi.Complaint());

        var operatorView = await new WorkOrderApi(app.ClientAs("operator01")).GetAsync(fresh.Id);
        Assert.Equal(["direct-answer", "merge", "withdraw"], operatorView.AllowedActions.Order(StringComparer.Ordinal));
        Assert.Contains("dispatch", (await new WorkOrderApi(app.ClientAs("dispatcher01")).GetAsync(fresh.Id)).AllowedActions);
        Assert.Equal(["accept", "dispatch", "return"],
            (await new WorkOrderApi(app.ClientAs("handler_town1")).GetAsync(world.Town1)).AllowedActions.Order(StringComparer.Ordinal));

        var offered = 0;
        foreach (var user in Users)
        {
            var api = new WorkOrderApi(app.ClientAs(user));
            foreach (var id in world.All.Append(fresh.Id))
            {
                var seen = await api.Client.GetAsync($"/api/v1/work-orders/{id}");
                if (seen.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                var order = (await seen.Content.ReadFromJsonAsync<WorkOrderDto>(MinshengApp.Json))!;
                foreach (var action in order.AllowedActions)
                {
                    offered++;
                    // A version from the future: past the role, input and scope checks, the action stops at the version check.
                    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/work-orders/{id}/{action}")
                    {
                        Content = JsonContent.Create(World.BodyFor(action, world, order), options: MinshengApp.Json),
                    };
                    request.Headers.TryAddWithoutValidation("If-Match", "\"99999\"");
                    var response = await api.Client.SendAsync(request);
                    Assert.True(response.StatusCode == HttpStatusCode.Conflict,
                        $"{user} was offered {action} on order {id}: {await WorkOrderApi.Describe(response)}");
                }
            }
        }

        Assert.True(offered > 10, $"only {offered} actions offered");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Handler_SubDispatchesOnlyToUnitsBelow_AndActsOnTheirOrders(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var world = await World.CreateAsync(app);
        var admin = new WorkOrderApi(app.Client());
        var handler = new WorkOrderApi(app.ClientAs("handler_town1"));
        var order = await admin.RegisterAsync(WorkOrderApi.Complaint());
        await admin.ActAsync(order.Id, "dispatch", new { unitCode = world.Town1Unit.Code });

        var sideways = await handler.PostActionAsync(order.Id, "dispatch", new { unitCode = world.Town2Unit.Code });
        Assert.Equal(HttpStatusCode.BadRequest, sideways.StatusCode);

        var down = await handler.ActAsync(order.Id, "dispatch", new { unitCode = world.Town1VillageUnit.Code });
        Assert.Equal(world.Town1VillageUnit.Code, down.LeadUnit!.Code);

        // Still in scope: the village is below township 1.
        var accepted = await handler.ActAsync(order.Id, "accept", new { });
        Assert.Equal("accepted", accepted.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await new WorkOrderApi(app.ClientAs("handler_town2")).Client.GetAsync($"/api/v1/work-orders/{order.Id}")).StatusCode);
    }

    [Fact]
    public async Task AdminEndpoints_AreForAdministratorsOnly()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        foreach (var user in new[] { "operator01", "dispatcher01", "handler01", "supervisor01", "analyst01", "citizen01", "gridworker01" })
        {
            var client = app.ClientAs(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/users")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/api-keys")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync("/api/v1/time-limits/complaint/normal", new { reply = "3wd" })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/units")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/v1/units")).StatusCode);
    }

    /// <summary>A small county: orders led by township 1, its village, township 2, a department, and a citizen's own.</summary>
    private sealed class World
    {
        public const string SearchWord = "积水";

        public required long Town1 { get; init; }

        public required long Town1Village { get; init; }

        public required long Town2 { get; init; }

        public required long Department { get; init; }

        public required long CitizenOwn { get; init; }

        public required UnitDto Town1Unit { get; init; }

        public required UnitDto Town1VillageUnit { get; init; }

        public required UnitDto Town2Unit { get; init; }

        public required UnitDto DepartmentUnit { get; init; }

        public required RegionDto Town1VillageRegion { get; init; }

        public long[] All => [Town1, Town1Village, Town2, Department, CitizenOwn];

        public static async Task<World> CreateAsync(MinshengApp app)
        {
            var admin = new WorkOrderApi(app.Client());
            var units = (await admin.Client.GetFromJsonAsync<UnitDto[]>("/api/v1/units", MinshengApp.Json))!;
            var regions = (await admin.Client.GetFromJsonAsync<RegionDto[]>("/api/v1/regions", MinshengApp.Json))!;
            var townships = units.Where(u => u.Kind == "township").OrderBy(u => u.Code, StringComparer.Ordinal).ToArray();
            var department = units.Where(u => u.Kind == "department").OrderBy(u => u.Code, StringComparer.Ordinal).First();
            var village = units.Where(u => u.ParentCode == townships[0].Code).OrderBy(u => u.Code, StringComparer.Ordinal).First();
            var villageRegion = regions.First(r => r.Code == village.RegionCode);
            var gridVillage = regions.Where(r => r.Level == "village" && r.ParentCode == townships[0].RegionCode)
                .OrderBy(r => r.Code, StringComparer.Ordinal).First();

            async Task<long> Order(string unitCode, string? regionCode)
            {
                var order = await admin.RegisterAsync(WorkOrderApi.Complaint("路口积水严重", "下雨后路口积水严重，行人无法通行。", regionCode: regionCode));
                await admin.ActAsync(order.Id, "dispatch", new { unitCode });
                return order.Id;
            }

            var citizen = new WorkOrderApi(app.ClientAs("citizen01"));
            var own = await citizen.RegisterAsync(new { kind = "help", channel = "web", title = "家门口积水求助", content = "家门口积水进屋，请帮忙排水。" });

            return new World
            {
                Town1 = await Order(townships[0].Code, null),
                Town1Village = await Order(village.Code, gridVillage.Code),
                Town2 = await Order(townships[1].Code, null),
                Department = await Order(department.Code, null),
                CitizenOwn = own.Id,
                Town1Unit = townships[0],
                Town1VillageUnit = village,
                Town2Unit = townships[1],
                DepartmentUnit = department,
                Town1VillageRegion = villageRegion,
            };
        }

        /// <summary>A fresh order of township 1 in the status the action needs.</summary>
        public async Task<WorkOrderDto> BringToStateForAsync(WorkOrderApi admin, string action)
        {
            var order = await admin.RegisterAsync(WorkOrderApi.Complaint());
            if (action is "direct-answer" or "merge" or "withdraw" or "dispatch")
            {
                return order;
            }

            order = await admin.ActAsync(order.Id, "dispatch", new { unitCode = Town1Unit.Code });
            if (action is "accept" or "return")
            {
                return order;
            }

            order = await admin.ActAsync(order.Id, "accept", new { });
            if (action is "extension-request" or "reply")
            {
                return order;
            }

            if (action == "extension-decision")
            {
                return await admin.ActAsync(order.Id, "extension-request", new { until = order.Deadlines.ReplyBy!.Value.AddDays(5), reason = "需要协调" });
            }

            order = await admin.ActAsync(order.Id, "reply", new { answer = "已处理完毕。" });
            if (action == "review")
            {
                return order;
            }

            order = await admin.ActAsync(order.Id, "review", new { pass = true });
            if (action is "callback" or "close" or "reopen")
            {
                return order;
            }

            throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }

        public static object BodyFor(string action, World world, WorkOrderDto order) => action switch
        {
            "direct-answer" => new { answer = "可到政务服务中心办理。" },
            "dispatch" => new { unitCode = world.Town1Unit.Code },
            "return" or "withdraw" or "reopen" => new { reason = "情况说明" },
            "extension-request" => new { until = order.Deadlines.ReplyBy!.Value.AddDays(5), reason = "需要协调" },
            "extension-decision" => new { approve = true },
            "reply" => new { answer = "已处理完毕。" },
            "review" => new { pass = true },
            "callback" => new { solved = true, satisfaction = "satisfied" },
            "close" => new { comment = "市民无法联系" },
            "merge" => new { targetId = world.Town1 },
            _ => new { },
        };
    }
}
