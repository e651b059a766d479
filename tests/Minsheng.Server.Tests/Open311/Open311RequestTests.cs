using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Tests.Accounts;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Open311;

/// <summary>Filing a request (POST) and reading requests back (GET requests, requests/{id}, tokens, servicerequestupdates).</summary>
public sealed class Open311RequestTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Post_ThenGet_RoundTrips_KeepsAttributes_AndShowsNoPersonalData(string engine)
    {
        Open311Schemas.Require();
        await using var app = await MinshengApp.StartAsync(engine);
        var key = await Open311TestData.CreateKeyAsync(app, "operator01");
        var api = new Open311Api(app.AnonymousClient());
        var phone = PersonalNumbers.UniqueMobile();
        var otherPhone = PersonalNumbers.UniqueMobile();
        var email = "lisi." + Guid.NewGuid().ToString("N")[..8] + "@example.cn";
        var form = Open311TestData.NoiseReport(key, $"南门广场每晚广场舞音响很吵\n十点以后还不停，可打我电话{otherPhone}。")
            .With("first_name", "小明")
            .With("last_name", "诸葛")
            .With("email", email)
            .With("phone", phone)
            .With("device_id", "device-1")
            .With("attribute[source][]", "square-dance")
            .With("attribute[source][]", "ktv")
            .With("attribute[nobody_asked]", "ignored")
            .With("media_url", "https://img.example.cn/noise.jpg");

        var response = await api.PostAsync("json", form);

        var body = await response.Content.ReadAsStringAsync();
        var created = await Open311Api.ReadJsonAsync(response, HttpStatusCode.OK, "POST requests.json");
        var answer = Assert.Single(created!.AsArray())!.AsObject();
        Assert.Equal(["service_request_id", "service_notice"], answer.Select(p => p.Key));
        var id = answer["service_request_id"]!.GetValue<string>();
        Assert.Matches(@"^\d{8}-\d{6}$", id);
        Assert.Contains(id, answer["service_notice"]!.GetValue<string>(), StringComparison.Ordinal);

        // The XML client gets the same answer shape.
        var xmlResponse = await api.PostAsync("xml", Open311TestData.NoiseReport(key, "第二条"));
        var xml = await Open311Api.ReadXmlAsync(xmlResponse, HttpStatusCode.OK, "POST requests.xml");
        Assert.Equal("service_requests", xml.Root!.Name.LocalName);
        var xmlId = xml.Root.Element("request")!.Element("service_request_id")!.Value;
        Assert.NotEqual(id, xmlId);
        Assert.Null(xml.Root.Element("request")!.Element("token"));

        // GET by id: the request as filed, in both formats, valid against the schema.
        var requests = await api.GetAsync($"requests/{id}", "service_requests", Open311Schemas.Requests);
        var request = Assert.Single(requests.AsArray())!.AsObject();
        Assert.Equal(id, request["service_request_id"]!.GetValue<string>());
        Assert.Equal("open", request["status"]!.GetValue<string>());
        Assert.StartsWith("已受理", request["status_notes"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Open311TestData.Noise, request["service_code"]!.GetValue<string>());
        Assert.Equal("噪音扰民", request["service_name"]!.GetValue<string>());
        Assert.StartsWith("南门广场每晚广场舞音响很吵\n十点以后还不停", request["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("城关镇幸福小区南门广场", request["address"]!.GetValue<string>());
        Assert.Equal(28.8634, request["lat"]!.GetValue<double>());
        Assert.Equal(118.4612, request["long"]!.GetValue<double>());
        Assert.Equal("2026-03-02T10:00:00+08:00", request["requested_datetime"]!.GetValue<string>());
        Assert.Equal("2026-03-02T10:00:00+08:00", request["updated_datetime"]!.GetValue<string>());
        Assert.Null(request["media_url"]);
        Assert.Null(request["agency_responsible"]);

        // No personal data anywhere: not the submitter's, not the number inside the text.
        var everything = string.Join("\n", body,
            await api.Client.GetStringAsync(api.Url($"requests/{id}", "json")),
            await api.Client.GetStringAsync(api.Url($"requests/{id}", "xml")),
            await api.Client.GetStringAsync(api.Url("requests", "json")),
            await api.Client.GetStringAsync(api.Url("requests", "xml")));
        foreach (var secret in new[] { phone, otherPhone, email, "诸葛", "小明" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }

        Assert.Contains(otherPhone[..3] + "****" + otherPhone[^4..], request["description"]!.GetValue<string>(), StringComparison.Ordinal);

        // A list of ids, and the token of a request (its id).
        var both = await api.GetAsync("requests", "service_requests", Open311Schemas.Requests, $"service_request_id={id},{xmlId}");
        Assert.Equal(new[] { id, xmlId }.Order(StringComparer.Ordinal), Open311TestData.Ids(both).Order(StringComparer.Ordinal));
        var token = await api.GetAsync($"tokens/{id}", "service_requests", schema: null);
        Assert.Equal(id, token[0]!["service_request_id"]!.GetValue<string>());
        Assert.Equal(id, token[0]!["token"]!.GetValue<string>());

        // A real work order: Open311 channel, the key owner as actor, the attributes kept, the submitter as requester.
        var order = await app.WithDbAsync(db => db.WorkOrders.AsNoTracking().Include(w => w.Events).SingleAsync(w => w.Number == id));
        Assert.Equal(Channel.Open311, order.Channel);
        Assert.Equal(RequestKind.Complaint, order.Kind);
        Assert.Equal("operator01", order.Events.Single().Actor);
        Assert.Equal("南门广场每晚广场舞音响很吵", order.Title);
        Assert.Contains("https://img.example.cn/noise.jpg", order.Content, StringComparison.Ordinal);
        Assert.Equal("诸葛小明", order.Requester.Name);
        Assert.Equal(phone, order.Requester.Phone);
        Assert.NotNull(order.Attributes);
        Assert.Equal(new Dictionary<string, string> { ["period"] = "night", ["source"] = "square-dance,ktv" }, order.Attributes);
        var staffView = await app.Client().GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{order.Id}");
        Assert.Equal("open311", staffView.GetProperty("channel").GetString());
        Assert.Equal(Open311TestData.Noise, staffView.GetProperty("category").GetProperty("code").GetString());

        var audit = await AccountsTestData.AuditAsync(app, "action=open311-post");
        Assert.Equal(2, audit.Length);
        Assert.Contains(audit, a => a.GetProperty("target").GetString() == id && a.GetProperty("actor").GetString() == "operator01");

        // Nothing personal (and not the key) in the logs.
        foreach (var entry in LogCapture.Of(app.LogSource))
        {
            foreach (var secret in new[] { phone, otherPhone, email, "诸葛", key })
            {
                Assert.False(entry.Text.Contains(secret, StringComparison.Ordinal), $"\"{secret}\" in the log: {entry}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Requests_FilterByIdsCodeStatusAndDates_HideConfidential_AndEmptyParametersAreAbsent(string engine)
    {
        Open311Schemas.Require();
        await using var app = await MinshengApp.StartAsync(engine);
        var staff = new WorkOrderApi(app.Client());
        var api = new Open311Api(app.AnonymousClient());
        var key = await Open311TestData.CreateKeyAsync(app, "operator01");
        var t0 = app.Clock.GetUtcNow();

        var noise = await staff.RegisterAsync(WorkOrderApi.Complaint("广场舞噪音", "每晚广场舞很吵。", categoryCode: Open311TestData.Noise));
        var confidential = await staff.RegisterAsync(new
        {
            kind = "complaint",
            title = "举报邻居噪音",
            content = "保密举报。",
            categoryCode = Open311TestData.Noise,
            requester = new { name = "赵女士", confidential = true },
        });
        var uncategorised = await staff.RegisterAsync(WorkOrderApi.Complaint("还没分类的诉求", "内容。"));
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        var road = await staff.RegisterAsync(new
        {
            kind = "help",
            title = "路面坑洼",
            content = "人民路坑洼。",
            categoryCode = Open311TestData.Road,
            callbackRequired = false,
        });
        await staff.ActAsync(road.Id, "dispatch", new { unitCode = "CG", comment = "请尽快修补" });
        await staff.ActAsync(road.Id, "accept", new { });
        await staff.ActAsync(road.Id, "reply", new { answer = "已修补完毕。" });
        await staff.ActAsync(road.Id, "review", new { pass = true });
        app.Clock.Advance(TimeSpan.FromDays(1));
        var posted = await Open311TestData.SubmitAsync(api, Open311TestData.NoiseReport(key).Replace("service_code", Open311TestData.ConstructionNoise));

        var all = await api.GetAsync("requests", "service_requests", Open311Schemas.Requests);
        Assert.Equal([posted, road.Number, noise.Number], Open311TestData.Ids(all)); // newest first
        var closed = Open311TestData.Single(all, road.Number);
        Assert.Equal("closed", closed["status"]!.GetValue<string>());
        Assert.Equal("青溪县城市管理局", closed["agency_responsible"]!.GetValue<string>());
        Assert.Contains("已修补完毕", closed["status_notes"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(closed["expected_datetime"]);
        Assert.Null(closed["service_notice"]);
        Assert.Equal(Open311TestData.Single(all, posted)["requested_datetime"]!.GetValue<string>(), Format(t0.AddMinutes(30).AddDays(1)));

        // Empty parameters behave exactly like absent ones.
        var empty = await api.GetAsync("requests", "service_requests", Open311Schemas.Requests,
            "service_request_id=&service_code=&status=&start_date=&end_date=&page=&page_size=&jurisdiction_id=");
        Assert.Equal(all.ToJsonString(), empty.ToJsonString());

        async Task<string[]> Ids(string query) =>
            Open311TestData.Ids(await api.GetAsync("requests", "service_requests", Open311Schemas.Requests, query));

        Assert.Equal([posted, noise.Number], await Ids("status=open"));
        Assert.Equal([road.Number], await Ids("status=closed"));
        Assert.Equal([posted, road.Number, noise.Number], await Ids("status=open,closed"));
        Assert.Equal([posted, road.Number, noise.Number], await Ids("status=open&status=closed"));
        Assert.Equal([noise.Number], await Ids($"service_code={Open311TestData.Noise}"));
        Assert.Equal([road.Number, noise.Number], await Ids($"service_code={Open311TestData.Noise},{Open311TestData.Road}"));
        Assert.Equal([noise.Number], await Ids("service_code=03")); // a group stands for its services
        Assert.Equal([posted], await Ids($"start_date={Q(t0.AddHours(12))}"));
        Assert.Equal([road.Number, noise.Number], await Ids($"end_date={Q(t0.AddHours(12))}"));
        Assert.Equal([road.Number], await Ids($"start_date={Q(t0.AddMinutes(1))}&end_date={Q(t0.AddMinutes(30))}&status=closed"));
        Assert.Equal([road.Number], await Ids("page_size=1&page=2"));
        Assert.Empty(await Ids("page=9"));

        // A list of ids overrides every other argument; confidential and uncategorised orders stay hidden.
        Assert.Equal([posted, noise.Number],
            await Ids($"service_request_id={noise.Number},{confidential.Number},{uncategorised.Number},{posted}&status=closed&service_code={Open311TestData.Road}"));
        await api.GetErrorAsync($"requests/{confidential.Number}", HttpStatusCode.NotFound);
        await api.GetErrorAsync($"requests/{uncategorised.Number}", HttpStatusCode.NotFound);
        await api.GetErrorAsync($"tokens/{confidential.Number}", HttpStatusCode.NotFound);

        // The default window is the most recent 90 days.
        app.Clock.Advance(TimeSpan.FromDays(91));
        Assert.Empty(await Ids(string.Empty));
        Assert.Equal([posted, road.Number, noise.Number], await Ids($"start_date={Q(t0.AddDays(-1))}"));
        Assert.Equal([posted], await Ids($"service_request_id={posted}"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task ServiceRequestUpdates_FollowTheEventLog_InFixMyStreetTerms(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var staff = new WorkOrderApi(app.Client());
        var api = new Open311Api(app.AnonymousClient());
        var t0 = app.Clock.GetUtcNow();
        var phone = PersonalNumbers.UniqueMobile();

        var road = await staff.RegisterAsync(new
        {
            kind = "help",
            title = "路面坑洼",
            content = "人民路坑洼。",
            categoryCode = Open311TestData.Road,
            callbackRequired = true,
        });
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await staff.ActAsync(road.Id, "dispatch", new { unitCode = "CG", comment = $"请联系 {phone}" });
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await staff.ActAsync(road.Id, "accept", new { });
        await staff.ActAsync(road.Id, "reply", new { answer = "已修补。" });
        await staff.ActAsync(road.Id, "review", new { pass = true });
        await staff.ActAsync(road.Id, "callback", new { solved = true, satisfaction = "satisfied" });
        var merged = await staff.RegisterAsync(new { kind = "help", title = "同一个坑", content = "人民路坑洼。", categoryCode = Open311TestData.Road });
        var target = await staff.RegisterAsync(new { kind = "help", title = "人民路坑洼", content = "人民路坑洼。", categoryCode = Open311TestData.Road });
        await staff.ActAsync(merged.Id, "merge", new { targetId = target.Id });
        var hidden = await staff.RegisterAsync(new
        {
            kind = "complaint",
            title = "保密",
            content = "保密。",
            categoryCode = Open311TestData.Road,
            requester = new { name = "钱先生", confidential = true },
        });
        await staff.ActAsync(hidden.Id, "withdraw", new { reason = "不需要了" });

        var query = $"start_date={Q(t0)}&end_date={Q(app.Clock.GetUtcNow())}";
        var json = await api.GetJsonAsync("servicerequestupdates", query, HttpStatusCode.OK);
        var xml = await api.GetXmlAsync("servicerequestupdates", query, HttpStatusCode.OK);
        Open311Api.AssertTwin("service_request_updates", json, xml, "servicerequestupdates");
        Open311Schemas.AssertDateTimes(json, "servicerequestupdates");

        var updates = json!.AsArray().Select(u => u!.AsObject()).ToArray();
        Assert.All(updates, u => Assert.Equal(
            ["update_id", "service_request_id", "status", "updated_datetime", "description", "media_url", "external_status_code"], u.Select(p => p.Key)));
        Assert.All(updates, u => Assert.Equal(string.Empty, u["media_url"]!.GetValue<string>()));
        Assert.Equal(updates.Length, updates.Select(u => u["update_id"]!.GetValue<string>()).Distinct().Count());
        Assert.DoesNotContain(updates, u => u["service_request_id"]!.GetValue<string>() == hidden.Number);

        string[] StatusesOf(string number) =>
            updates.Where(u => u["service_request_id"]!.GetValue<string>() == number).Select(u => u["status"]!.GetValue<string>()).ToArray();

        Assert.Equal(["open", "investigating", "action_scheduled", "in_progress", "fixed", "fixed"], StatusesOf(road.Number));
        Assert.Equal(["open", "duplicate"], StatusesOf(merged.Number));
        var dispatch = updates.Single(u => u["service_request_id"]!.GetValue<string>() == road.Number && u["status"]!.GetValue<string>() == "investigating");
        Assert.Equal("dispatched", dispatch["external_status_code"]!.GetValue<string>());
        Assert.Equal(Format(t0.AddMinutes(5)), dispatch["updated_datetime"]!.GetValue<string>());
        Assert.Contains("青溪县城市管理局", dispatch["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(phone, json.ToJsonString(), StringComparison.Ordinal);
        var fixedUpdate = updates.First(u => u["service_request_id"]!.GetValue<string>() == road.Number && u["status"]!.GetValue<string>() == "fixed");
        Assert.Contains("已修补", fixedUpdate["description"]!.GetValue<string>(), StringComparison.Ordinal);

        // Only what happened inside the window.
        var later = await api.GetJsonAsync("servicerequestupdates", $"start_date={Q(t0.AddMinutes(6))}", HttpStatusCode.OK);
        Assert.Equal(["action_scheduled", "in_progress", "fixed", "fixed"], later!.AsArray()
            .Where(u => u!["service_request_id"]!.GetValue<string>() == road.Number).Select(u => u!["status"]!.GetValue<string>()));
        await api.GetErrorAsync("servicerequestupdates", HttpStatusCode.BadRequest, "start_date=yesterday");
    }

    /// <summary>How a client writes a date-time in a query string (the '+' of the offset encoded).</summary>
    private static string Q(DateTimeOffset at) => Uri.EscapeDataString(Format(at));

    private static string Format(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
