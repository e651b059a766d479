using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Tests.Accounts;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Reference;

/// <summary>
/// Administrators maintain units, regions, categories and the responsibility list through the API: changes route the
/// next order at once, are audited, keep rows in use (deactivated, never deleted), and bad input names the field.
/// </summary>
public sealed class ReferenceAdminTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task NewUnitCategoryAndEntry_RouteTheNextOrderAtOnce_AndEveryChangeIsAudited(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new ReferenceAdminApi(app.Client());
        var township = (await api.RegionsAsync()).First(r => r.Level == "township"); // also loads the cache before the changes

        var village = await api.CreateAsync<RegionDto>("regions",
            new { code = township.Code + "099", name = "新建村", level = "village", parentCode = township.Code });
        var unit = await api.CreateAsync<UnitDto>("units", new { code = "GXDC", name = "共享单车管理办", kind = "department" });
        var category = await api.CreateAsync<CategoryDto>("categories",
            new { code = "029901", name = "共享单车乱停放", parentCode = "02", keywords = "单车，共享单车 乱停、单车" });
        var entry = await api.CreateAsync<ResponsibilityDto>("responsibilities", new { categoryCode = "029901", unitCode = "GXDC" });

        Assert.Equal(("village", township.Code), (village.Level, village.ParentCode));
        Assert.Equal(("department", true, (string?)null), (unit.Kind, unit.Active, unit.ParentCode));
        Assert.Equal("单车,共享单车,乱停", category.Keywords);
        Assert.True(category.IsLeaf);
        Assert.Equal(("029901", null, "GXDC"), (entry.CategoryCode, entry.RegionCode, entry.UnitCode));
        Assert.Contains(await api.UnitsAsync(), u => u.Code == "GXDC");
        var resolved = Assert.Single(await api.ResponsibilitiesAsync($"?category=029901&region={village.Code}"));
        Assert.Equal(entry.Id, resolved.Id);

        // Intake and dispatch read the same cache: the new category in the new village goes to the new unit.
        var orders = new WorkOrderApi(app.Client());
        var order = await orders.RegisterAsync(WorkOrderApi.Complaint("共享单车堵住人行道", "新建村口共享单车乱停，堵住人行道。",
            categoryCode: "029901", regionCode: village.Code));
        var dispatched = await orders.ActAsync(order.Id, "dispatch", new { comment = "按职责清单派单" });
        Assert.Equal("GXDC", dispatched.LeadUnit?.Code);

        // Renamed and moved under the hotline centre: the list shows it at once.
        var hotline = (await api.UnitsAsync()).Single(u => u.Kind == "hotline-centre");
        var renamed = await api.UpdateAsync<UnitDto>("units", unit.Id,
            new { code = "GXDC", name = "共享单车治理办", kind = "department", parentCode = hotline.Code });
        Assert.Equal(("共享单车治理办", hotline.Code, true), (renamed.Name, renamed.ParentCode, renamed.Active));
        Assert.Equal("共享单车治理办", (await api.UnitsAsync()).Single(u => u.Id == unit.Id).Name);

        var updates = await AccountsTestData.AuditAsync(app, $"action=unit-updated&target=unit:{unit.Id}");
        var update = Assert.Single(updates);
        Assert.Equal("admin", update.GetProperty("actor").GetString());
        Assert.Equal($"name: 共享单车管理办 → 共享单车治理办; parent: — → {hotline.Code}", update.GetProperty("detail").GetString());
        Assert.Single(await AccountsTestData.AuditAsync(app, $"action=unit-created&target=unit:{unit.Id}"));
        Assert.Single(await AccountsTestData.AuditAsync(app, $"action=region-created&target=region:{village.Id}"));
        Assert.Single(await AccountsTestData.AuditAsync(app, $"action=category-created&target=category:{category.Id}"));
        var created = Assert.Single(await AccountsTestData.AuditAsync(app, $"action=responsibility-created&target=responsibility:{entry.Id}"));
        Assert.Equal("029901@* → GXDC", created.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task RowsInUse_AreDeactivatedOrKept_UnusedOnesAreDeleted_AndTheListChangesUnit(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var admin = app.Client();
        var api = new ReferenceAdminApi(admin);
        var orders = new WorkOrderApi(admin);

        // Nothing refers to it: deleted.
        var spare = await api.CreateAsync<UnitDto>("units", new { code = "SPARE", name = "备用单位", kind = "enterprise" });
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/units/{spare.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/units/{spare.Id}")).StatusCode);
        Assert.Single(await AccountsTestData.AuditAsync(app, $"action=unit-deleted&target=unit:{spare.Id}"));

        // An order was dispatched to it: kept, inactive, and no longer a dispatch target.
        var used = await api.CreateAsync<UnitDto>("units", new { code = "USED", name = "曾承办单位", kind = "department" });
        var order = await orders.RegisterAsync(WorkOrderApi.Complaint());
        await orders.ActAsync(order.Id, "dispatch", new { unitCode = "USED" });
        var deactivate = await admin.DeleteAsync($"/api/v1/units/{used.Id}");
        Assert.True(deactivate.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(deactivate));
        Assert.False((await deactivate.Content.ReadFromJsonAsync<UnitDto>(MinshengApp.Json))!.Active);
        Assert.False((await api.UnitsAsync()).Single(u => u.Id == used.Id).Active);
        Assert.Equal("USED", (await orders.GetAsync(order.Id)).LeadUnit?.Code);
        var another = await orders.RegisterAsync(WorkOrderApi.Complaint());
        Assert.Equal(["unitCode"], await WorkOrderApi.ErrorFieldsAsync(await orders.PostActionAsync(another.Id, "dispatch", new { unitCode = "USED" })));
        var audit = Assert.Single(await AccountsTestData.AuditAsync(app, $"action=unit-deactivated&target=unit:{used.Id}"));
        Assert.Contains("orders", audit.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The responsibility list still routes to it: neither deleted nor deactivated until the list changes.
        var entry = (await api.ResponsibilitiesAsync()).First(r => r.RegionCode is null);
        var routed = (await api.UnitsAsync()).Single(u => u.Code == entry.UnitCode);
        var refused = await AccountsTestData.AssertProblemAsync(await admin.DeleteAsync($"/api/v1/units/{routed.Id}"), HttpStatusCode.Conflict);
        Assert.Contains("职责清单", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var stillRouted = await admin.PutAsJsonAsync($"/api/v1/units/{routed.Id}", new { routed.Code, routed.Name, routed.Kind, active = false });
        Assert.Equal(["active"], (await ReferenceAdminApi.ErrorsAsync(stillRouted)).Keys);
        Assert.True((await api.UnitsAsync()).Single(u => u.Id == routed.Id).Active);

        // The entry changes unit, then goes; the category then falls back to nothing for that region.
        var helper = await api.CreateAsync<UnitDto>("units", new { code = "HELPER", name = "接手单位", kind = "department" });
        var changed = await api.UpdateAsync<ResponsibilityDto>("responsibilities", entry.Id, new { unitCode = "HELPER" });
        Assert.Equal(("HELPER", entry.CategoryCode), (changed.UnitCode, changed.CategoryCode));
        Assert.Equal("HELPER", Assert.Single(await api.ResponsibilitiesAsync($"?category={entry.CategoryCode}")).UnitCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/responsibilities/{entry.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/responsibilities/{entry.Id}")).StatusCode);
        Assert.Empty(await api.ResponsibilitiesAsync($"?category={entry.CategoryCode}"));
        Assert.Contains("(was " + entry.UnitCode + ")", Assert.Single(await AccountsTestData.AuditAsync(app,
            $"action=responsibility-updated&target=responsibility:{entry.Id}")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(await AccountsTestData.AuditAsync(app, $"action=responsibility-deleted&target=responsibility:{entry.Id}"));

        // Categories: one with orders is deactivated (the order keeps it); an unused one is deleted.
        var categories = await api.CategoriesAsync();
        var filed = categories.First(c => c.IsLeaf);
        await orders.RegisterAsync(WorkOrderApi.Complaint(categoryCode: filed.Code));
        var retired = await admin.DeleteAsync($"/api/v1/categories/{filed.Id}");
        Assert.True(retired.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(retired));
        Assert.False((await api.CategoriesAsync()).Single(c => c.Id == filed.Id).Active);
        Assert.Single(await AccountsTestData.AuditAsync(app, $"action=category-deactivated&target=category:{filed.Id}"));
        var onRetired = await orders.PostRegisterAsync(WorkOrderApi.Complaint(categoryCode: filed.Code));
        Assert.Equal(HttpStatusCode.BadRequest, onRetired.StatusCode); // no new orders under a retired category
        Assert.Equal(["categoryCode"], await WorkOrderApi.ErrorFieldsAsync(onRetired));
        var unusedCategory = await api.CreateAsync<CategoryDto>("categories", new { code = "990001", name = "临时分类" });
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/categories/{unusedCategory.Id}")).StatusCode);

        // Regions have no active flag: one in use stays (409); an unused one is deleted.
        var township = (await api.RegionsAsync()).First(r => r.Level == "township");
        await AccountsTestData.AssertProblemAsync(await admin.DeleteAsync($"/api/v1/regions/{township.Id}"), HttpStatusCode.Conflict);
        Assert.Contains(await api.RegionsAsync(), r => r.Id == township.Id);
        var grid = await api.CreateAsync<RegionDto>("regions", new { code = "G1", name = "临时网格", level = "grid", parentCode = township.Code });
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/regions/{grid.Id}")).StatusCode);
        Assert.Single(await AccountsTestData.AuditAsync(app, $"action=region-deleted&target=region:{grid.Id}"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task BadInput_Is400NamingEachField_InChinese_AndChangesNothing(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var admin = app.Client();
        var api = new ReferenceAdminApi(admin);
        var units = await api.UnitsAsync();
        var township = units.First(u => u.Kind == "township");
        var village = units.First(u => u.ParentCode == township.Code);

        Assert.Equal(["code", "kind", "name"], Sorted(await ReferenceAdminApi.ErrorsAsync(await admin.PostAsJsonAsync("/api/v1/units", new { }))));
        var taken = await ReferenceAdminApi.ErrorsAsync(await admin.PostAsJsonAsync("/api/v1/units",
            new { code = township.Code.ToLowerInvariant(), name = "重复", kind = "department" }));
        Assert.Equal([$"代码 {township.Code.ToLowerInvariant()} 已被使用。"], taken["code"]);
        var malformed = await ReferenceAdminApi.ErrorsAsync(await admin.PostAsJsonAsync("/api/v1/units",
            new { code = "A B", name = new string('长', 101), kind = "ministry", parentCode = "NOPE", regionCode = "000" }));
        Assert.Equal(["code", "kind", "name", "parentCode", "regionCode"], Sorted(malformed));
        Assert.Contains("hotline-centre (热线中心)", malformed["kind"][0], StringComparison.Ordinal);
        Assert.Equal(["未知的上级单位代码 NOPE。"], malformed["parentCode"]);

        // A unit cannot sit below itself or below one of its own villages.
        var cycle = await ReferenceAdminApi.ErrorsAsync(await admin.PutAsJsonAsync($"/api/v1/units/{township.Id}",
            new { township.Code, township.Name, township.Kind, parentCode = village.Code }));
        Assert.Equal(["上级单位不能是本单位或其下级单位。"], cycle["parentCode"]);
        Assert.Null((await api.UnitsAsync()).Single(u => u.Id == township.Id).ParentCode);

        // Regions: a village cannot hold a village, nor a county sit under its township.
        var regions = await api.RegionsAsync();
        var county = regions.Single(r => r.Level == "county");
        var villageRegion = regions.First(r => r.Level == "village");
        var flat = await ReferenceAdminApi.ErrorsAsync(await admin.PostAsJsonAsync("/api/v1/regions",
            new { code = "339901999", name = "平级村", level = "village", parentCode = villageRegion.Code }));
        Assert.Equal(["level"], Sorted(flat));
        var regionCycle = await ReferenceAdminApi.ErrorsAsync(await admin.PutAsJsonAsync($"/api/v1/regions/{county.Id}",
            new { county.Code, county.Name, county.Level, parentCode = villageRegion.Code }));
        Assert.Contains("parentCode", regionCycle.Keys);
        Assert.Equal(["level"], Sorted(await ReferenceAdminApi.ErrorsAsync(await admin.PostAsJsonAsync("/api/v1/regions",
            new { code = "X1", name = "某处", level = "province" }))));

        // Categories: no cycles, keywords within the column.
        var categories = await api.CategoriesAsync();
        var group = categories.First(c => c.ParentCode is null);
        var leaf = categories.First(c => c.IsLeaf && c.ParentCode is not null);
        var categoryErrors = await ReferenceAdminApi.ErrorsAsync(await admin.PutAsJsonAsync($"/api/v1/categories/{group.Id}",
            new { group.Code, group.Name, parentCode = leaf.Code, keywords = string.Join(',', Enumerable.Range(0, 200).Select(i => $"词{i}")) }));
        Assert.Equal(["keywords", "parentCode"], Sorted(categoryErrors));

        // The responsibility list: the pair must be new, the unit known and active.
        var entry = (await api.ResponsibilitiesAsync()).First();
        var duplicate = await ReferenceAdminApi.ErrorsAsync(await admin.PostAsJsonAsync("/api/v1/responsibilities",
            new { entry.CategoryCode, entry.RegionCode, unitCode = township.Code }));
        Assert.Equal(["regionCode"], Sorted(duplicate));
        Assert.Contains(entry.UnitName, duplicate["regionCode"][0], StringComparison.Ordinal);
        Assert.Equal(["categoryCode", "unitCode"], Sorted(await ReferenceAdminApi.ErrorsAsync(
            await admin.PostAsJsonAsync("/api/v1/responsibilities", new { regionCode = county.Code, unitCode = "NOPE" }))));
        var idle = await api.CreateAsync<UnitDto>("units", new { code = "IDLE", name = "停用单位", kind = "department", active = false });
        Assert.Equal(["单位 停用单位 已停用，不能承办。"], (await ReferenceAdminApi.ErrorsAsync(
            await admin.PutAsJsonAsync($"/api/v1/responsibilities/{entry.Id}", new { unitCode = idle.Code })))["unitCode"]);
        Assert.Equal(entry.UnitCode, (await admin.GetFromJsonAsync<ResponsibilityDto>($"/api/v1/responsibilities/{entry.Id}", MinshengApp.Json))!.UnitCode);

        // Unknown ids are 404.
        await AccountsTestData.AssertProblemAsync(await admin.PutAsJsonAsync("/api/v1/units/987654",
            new { code = "Z", name = "无", kind = "department" }), HttpStatusCode.NotFound);
        await AccountsTestData.AssertProblemAsync(await admin.DeleteAsync("/api/v1/categories/987654"), HttpStatusCode.NotFound);
        await AccountsTestData.AssertProblemAsync(await admin.PutAsJsonAsync("/api/v1/responsibilities/987654", new { unitCode = township.Code }),
            HttpStatusCode.NotFound);

        // Refused requests wrote nothing to the log: only the unit created on purpose is there.
        var log = await AccountsTestData.AuditAsync(app, "pageSize=500");
        var referenceChanges = log.Where(e => e.GetProperty("target").GetString() is { } target
            && new[] { "unit:", "region:", "category:", "responsibility:" }.Any(kind => target.StartsWith(kind, StringComparison.Ordinal)));
        Assert.Equal([$"unit-created unit:{idle.Id}"],
            referenceChanges.Select(e => $"{e.GetProperty("action").GetString()} {e.GetProperty("target").GetString()}"));

        // The English UI gets the same messages translated.
        var english = new HttpRequestMessage(HttpMethod.Post, "/api/v1/units") { Content = JsonContent.Create(new { }) };
        english.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var englishErrors = await (await admin.SendAsync(english)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Enter a code.", englishErrors.GetProperty("errors").GetProperty("code")[0].GetString());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task OnlyAdministrators_MayChangeReferenceData(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var unit = new { code = "NOPE", name = "不该有的单位", kind = "department" };
        foreach (var user in new[] { "operator01", "dispatcher01", "supervisor01", "handler01" })
        {
            var client = app.ClientAs(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/units", unit)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/responsibilities", new { })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync("/api/v1/categories/1")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/units")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().PutAsJsonAsync("/api/v1/regions/1", new { })).StatusCode);
        Assert.DoesNotContain(await new ReferenceAdminApi(app.Client()).UnitsAsync(), u => u.Code == "NOPE");
    }

    private static string[] Sorted(Dictionary<string, string[]> errors) => errors.Keys.Order(StringComparer.Ordinal).ToArray();
}
