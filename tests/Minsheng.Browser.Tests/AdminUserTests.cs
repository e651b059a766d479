using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Minsheng.Browser.Tests;

/// <summary>系统管理员 manages users through the web UI; other roles cannot open the page.</summary>
public sealed class AdminUserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string NewPassword = "Handler2026new";
    private const string ResetPassword = "Handler2026reset";

    [Fact]
    public async Task An_admin_creates_a_township_handler_who_then_signs_in_and_an_operator_is_denied()
    {
        var township = await TownshipUnitAsync("handler_town1");
        var page = await app.NewPageAsync();
        await SignInAsync(page, "admin", BrowserApp.AdminPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "系统管理" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "用户管理" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/admin/users", StringComparison.Ordinal));
        await Expect(page.Locator("#users")).ToContainTextAsync("handler_town1");

        // Nothing filled in: the Chinese messages stand beside the fields.
        await page.ClickAsync("#create-user");
        await Expect(page.Locator("#new-username ~ .field-error")).ToHaveTextAsync("请输入用户名。");
        await Expect(page.Locator("#new-password ~ .field-error")).ToHaveTextAsync("请输入密码。");

        await page.FillAsync("#new-username", "handler_new1");
        await page.FillAsync("#new-displayname", "新任经办人");
        await page.FillAsync("#new-password", NewPassword);
        await page.CheckAsync("#new-role-handler");
        var unitId = await page.Locator($"#new-units option[data-code='{township}']").GetAttributeAsync("value");
        await page.SelectOptionAsync("#new-units", unitId!);
        await page.ClickAsync("#create-user");
        await Expect(page.Locator("#done")).ToContainTextAsync("handler_new1");
        var row = page.Locator("#user-handler_new1");
        await Expect(row).ToContainTextAsync("新任经办人");
        await Expect(row).ToContainTextAsync("承办人");
        await BrowserApp.ScreenshotAsync(page, "07-admin-users");

        // The per-user form resets the password (roles, units and activation stay as they were).
        await row.Locator("summary").ClickAsync();
        await row.Locator("input[name=password]").FillAsync(ResetPassword);
        await row.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.Locator("#done")).ToHaveTextAsync("已保存用户 handler_new1。");
        await Expect(page.Locator("#user-handler_new1")).ToContainTextAsync("承办人");
        await SignOutAsync(page);

        // The new handler signs in and starts at the workbench.
        await SignInAsync(page, "handler_new1", ResetPassword);
        await page.WaitForURLAsync(url => url.EndsWith("/workbench", StringComparison.Ordinal));
        await SignOutAsync(page);

        // 话务员 has no link to the page and is turned away from it.
        await SignInAsync(page, "operator01", BrowserApp.DemoPassword);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "用户管理" }).CountAsync());
        await page.GotoAsync("admin/users");
        await Expect(page.Locator("h1")).ToHaveTextAsync("无权访问");
        Assert.Equal(0, await page.Locator("#form-create-user").CountAsync());
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static async Task SignInAsync(IPage page, string user, string password)
    {
        await page.GotoAsync("login");
        await page.WaitForFunctionAsync("document.activeElement?.id === 'username'");
        await page.Keyboard.TypeAsync(user);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".userbox .who")).ToContainTextAsync(user);
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>The unit code of a seeded township handler, as the API tells that user.</summary>
    private async Task<string> TownshipUnitAsync(string handler)
    {
        using var http = app.HttpClient();
        var response = await http.PostAsJsonAsync(new Uri("api/v1/auth/token", UriKind.Relative),
            new { userName = handler, password = BrowserApp.DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var me = await http.GetFromJsonAsync<JsonElement>(new Uri("api/v1/auth/me", UriKind.Relative));
        return me.GetProperty("unitCodes")[0].GetString()!;
    }
}
