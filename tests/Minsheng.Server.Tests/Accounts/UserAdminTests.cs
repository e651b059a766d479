using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Accounts;

/// <summary>Administrators manage users: create with roles and units, change roles (audited), delete; bad input is a 400 in Chinese.</summary>
public sealed class UserAdminTests
{
    private const string NewPassword = "Handler2026x";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task NewHandler_SeesOnlyTheirUnitsOrders_RoleChangesAreAudited_AndDeletionEndsSignIn(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var admin = app.Client();
        var townships = await AccountsTestData.TownshipsAsync(app);
        var orders = new WorkOrderApi(admin);
        var inTown2 = await orders.RegisterAsync(WorkOrderApi.Complaint("二号镇路灯不亮", "二号镇主干道路灯不亮。"));
        await orders.ActAsync(inTown2.Id, "dispatch", new { unitCode = townships[1].Code });
        var inTown1 = await orders.RegisterAsync(WorkOrderApi.Complaint("一号镇井盖缺失", "一号镇主街井盖缺失。"));
        await orders.ActAsync(inTown1.Id, "dispatch", new { unitCode = townships[0].Code });

        var created = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "handler_new",
            password = NewPassword,
            displayName = "新经办人",
            roles = new[] { "handler" },
            unitIds = new[] { townships[1].Id },
        });

        Assert.True(created.StatusCode == HttpStatusCode.Created, await WorkOrderApi.Describe(created));
        var user = await created.Content.ReadFromJsonAsync<JsonElement>();
        var userId = user.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/users/{userId}", created.Headers.Location?.OriginalString);
        Assert.Equal(["handler"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal([townships[1].Id], user.GetProperty("unitIds").EnumerateArray().Select(u => u.GetInt64()));
        Assert.False(user.TryGetProperty("passwordHash", out _));
        Assert.DoesNotContain(NewPassword, await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await AccountsTestData.AuditAsync(app, $"action=user-created&target=user:{userId}"));

        var handler = new WorkOrderApi(await AccountsTestData.SignedInClientAsync(app, "handler_new", NewPassword));
        var visible = (await handler.ListAsync("pageSize=100")).Items.Select(o => o.Id).ToArray();
        Assert.Equal([inTown2.Id], visible);
        Assert.Equal(HttpStatusCode.NotFound, (await handler.Client.GetAsync($"/api/v1/work-orders/{inTown1.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.Client.GetAsync("/api/v1/users")).StatusCode);

        // Roles change: audited with the new roles.
        var updated = await admin.PutAsJsonAsync($"/api/v1/users/{userId}", new { roles = new[] { "handler", "supervisor" } });
        Assert.True(updated.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(updated));
        Assert.Equal(["handler", "supervisor"],
            (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var audit = Assert.Single(await AccountsTestData.AuditAsync(app, $"action=user-updated&target=user:{userId}"));
        Assert.Equal("admin", audit.GetProperty("actor").GetString());
        Assert.Contains("supervisor", audit.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // With the new role (in a new token) the whole jurisdiction is in view.
        var supervisor = new WorkOrderApi(await AccountsTestData.SignedInClientAsync(app, "handler_new", NewPassword));
        Assert.Equal(2, (await supervisor.ListAsync("pageSize=100")).Total);

        var fetched = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{userId}");
        Assert.Equal("新经办人", fetched.GetProperty("displayName").GetString());

        // Deactivated: no sign-in; active again: signs in.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/users/{userId}", new { active = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountsTestData.RequestTokenAsync(app.AnonymousClient(), "handler_new", NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/users/{userId}", new { active = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AccountsTestData.RequestTokenAsync(app.AnonymousClient(), "handler_new", NewPassword)).StatusCode);
        Assert.Contains(await AccountsTestData.AuditAsync(app, $"action=user-updated&target=user:{userId}"),
            e => e.GetProperty("detail").GetString() == "deactivated");

        var deleted = await admin.DeleteAsync($"/api/v1/users/{userId}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var signIn = await AccountsTestData.RequestTokenAsync(app.AnonymousClient(), "handler_new", NewPassword);
        await AccountsTestData.AssertProblemAsync(signIn, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/users/{userId}")).StatusCode);
        Assert.Single(await AccountsTestData.AuditAsync(app, $"action=user-deleted&target=user:{userId}"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task BadUserInput_Is400WithTheField(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var admin = app.Client();
        var township = (await AccountsTestData.TownshipsAsync(app))[0];

        var duplicate = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "operator01", password = NewPassword, roles = new[] { "operator" } });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        var duplicateMessage = Message(await duplicate.Content.ReadFromJsonAsync<JsonElement>(), "userName");
        Assert.Contains("已存在", duplicateMessage, StringComparison.Ordinal);
        Assert.True(duplicateMessage.Any(c => c >= '\u4e00' && c <= '\u9fff'), duplicateMessage);

        var unknownRole = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "someone", password = NewPassword, roles = new[] { "superuser" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknownRole.StatusCode);
        Assert.Equal(["roles"], await WorkOrderApi.ErrorFieldsAsync(unknownRole));
        Assert.Contains("superuser", Message(await unknownRole.Content.ReadFromJsonAsync<JsonElement>(), "roles"), StringComparison.Ordinal);

        var unknownUnit = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "someone", password = NewPassword, roles = new[] { "handler" }, unitIds = new[] { 987654L } });
        Assert.Equal(HttpStatusCode.BadRequest, unknownUnit.StatusCode);
        Assert.Equal(["unitIds"], await WorkOrderApi.ErrorFieldsAsync(unknownUnit));

        var weak = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "someone", password = "short", roles = new[] { "handler" }, unitIds = new[] { township.Id } });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("password", await WorkOrderApi.ErrorFieldsAsync(weak));

        var operatorId = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!
            .Single(u => u.GetProperty("userName").GetString() == "operator01").GetProperty("id").GetInt64();
        var badUpdate = await admin.PutAsJsonAsync($"/api/v1/users/{operatorId}", new { roles = new[] { "operator", "root" } });
        Assert.Equal(HttpStatusCode.BadRequest, badUpdate.StatusCode);
        Assert.Equal(["roles"], await WorkOrderApi.ErrorFieldsAsync(badUpdate));
        var unchanged = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{operatorId}");
        Assert.Equal(["operator"], unchanged.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        // Nothing was created by the refused requests, and the admin cannot delete themselves.
        var users = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!;
        Assert.DoesNotContain(users, u => u.GetProperty("userName").GetString() == "someone");
        var adminId = users.Single(u => u.GetProperty("userName").GetString() == "admin").GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.DeleteAsync($"/api/v1/users/{adminId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("/api/v1/users/987654")).StatusCode);
    }

    /// <summary>
    /// A bearer token is a signed ticket with the user's roles in it; nothing checks the account again while the token
    /// lives (8 hours). So an operator whose account is deactivated or deleted keeps reading the whole jurisdiction's
    /// orders with the token they already have.
    /// </summary>
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task DeactivatedOrDeletedUser_TheirTokenStopsWorking(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var admin = app.Client();
        var users = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/users"))!;
        long Id(string name) => users.Single(u => u.GetProperty("userName").GetString() == name).GetProperty("id").GetInt64();
        var operatorClient = await AccountsTestData.SignedInClientAsync(app, "operator01", MinshengApp.DemoPassword);
        var dispatcherClient = await AccountsTestData.SignedInClientAsync(app, "dispatcher01", MinshengApp.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/api/v1/work-orders")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/users/{Id("operator01")}", new { active = false })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/users/{Id("dispatcher01")}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await operatorClient.GetAsync("/api/v1/work-orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await dispatcherClient.GetAsync("/api/v1/work-orders")).StatusCode);
    }

    private static string Message(JsonElement problem, string field)
    {
        var errors = problem.GetProperty("errors");
        var entry = errors.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
        Assert.True(entry.Value.ValueKind == JsonValueKind.Array, $"no error for {field}: {problem}");
        return string.Join(" ", entry.Value.EnumerateArray().Select(m => m.GetString()));
    }
}
