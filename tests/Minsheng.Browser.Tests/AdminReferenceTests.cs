using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Minsheng.Browser.Tests;

/// <summary>系统管理员 adds a unit and routes a category to it through the reference-data pages.</summary>
public sealed class AdminReferenceTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Category = "020301";

    [Fact]
    public async Task An_admin_adds_a_unit_and_a_responsibility_entry_and_bad_input_is_shown_beside_the_field()
    {
        var village = await FirstVillageAsync();
        var page = await app.NewPageAsync();
        await SignInAsync(page);
        await page.GotoAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "单位管理" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/admin/units", StringComparison.Ordinal));

        // A code with a space and no kind: the messages stand beside the fields, and what was typed stays.
        await page.FillAsync("#new-code", "GX DC");
        await page.FillAsync("#new-name", "共享单车管理办");
        await page.ClickAsync("#create-unit");
        await Expect(page.Locator("#new-code ~ .field-error")).ToHaveTextAsync("代码只能包含字母、数字、连字符（-）、下划线（_）和点（.）。");
        await Expect(page.Locator("#new-kind ~ .field-error")).ToHaveTextAsync("请选择单位类型。");
        await Expect(page.Locator("#new-code")).ToHaveValueAsync("GX DC");
        await Expect(page.Locator("#new-name")).ToHaveValueAsync("共享单车管理办");
        Assert.Equal(0, await page.Locator("#unit-GXDC").CountAsync());

        await page.FillAsync("#new-code", "GXDC");
        await page.SelectOptionAsync("#new-kind", "department");
        await page.ClickAsync("#create-unit");
        await Expect(page.Locator("#done")).ToHaveTextAsync("已创建单位 共享单车管理办。");
        await Expect(page.Locator("#unit-GXDC")).ToContainTextAsync("职能部门");
        await Expect(page.Locator("#new-code")).ToHaveValueAsync("");
        await BrowserApp.ScreenshotAsync(page, "11-admin-units");

        // The row's own form: an emptied name is refused beside it, the other typed values kept; then renamed.
        var row = page.Locator("#unit-GXDC");
        await row.Locator("summary").ClickAsync();
        await row.Locator("input[name=name]").FillAsync("");
        await row.Locator("input[name=code]").FillAsync("GXDC2");
        await row.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        row = page.Locator("#unit-GXDC");
        await Expect(row.Locator("input[name=name] ~ .field-error")).ToHaveTextAsync("请填写名称。");
        await Expect(row.Locator("input[name=code]")).ToHaveValueAsync("GXDC2");
        await row.Locator("input[name=code]").FillAsync("GXDC");
        await row.Locator("input[name=name]").FillAsync("共享单车管理办公室");
        await row.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.Locator("#done")).ToHaveTextAsync("已保存单位 共享单车管理办公室。");
        await Expect(page.Locator("#unit-GXDC")).ToContainTextAsync("共享单车管理办公室");

        // The responsibility list: without a unit the entry is refused beside the unit picker, the choices kept.
        await page.GotoAsync("admin/responsibilities");
        await page.SelectOptionAsync("#new-category", Category);
        await page.SelectOptionAsync("#new-region", village);
        await page.ClickAsync("#add-entry");
        await Expect(page.Locator("#new-unit ~ .field-error")).ToHaveTextAsync("请选择承办单位。");
        await Expect(page.Locator("#new-category")).ToHaveValueAsync(Category);
        await Expect(page.Locator("#new-region")).ToHaveValueAsync(village);

        await page.SelectOptionAsync("#new-unit", "GXDC");
        await page.ClickAsync("#add-entry");
        await Expect(page.Locator("#done")).ToContainTextAsync("共享单车管理办公室");

        // Filtered to the category and the village: the new entry is the one row.
        await page.SelectOptionAsync("#filter-category", Category);
        await page.SelectOptionAsync("#filter-region", village);
        await page.ClickAsync("#filter");
        var rows = page.Locator("#responsibilities tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("共享单车管理办公室");
        await BrowserApp.ScreenshotAsync(page, "12-admin-responsibilities");

        // The dispatcher's look-up sees it at once.
        using var http = await AdminHttpAsync();
        var resolved = await http.GetFromJsonAsync<JsonElement[]>(new Uri($"api/v1/responsibilities?category={Category}&region={village}", UriKind.Relative));
        Assert.Equal("GXDC", Assert.Single(resolved!).GetProperty("unitCode").GetString());

        // Removed again from the row's own form; the filter stays.
        await rows.First.Locator("summary").ClickAsync();
        await rows.First.GetByRole(AriaRole.Button, new() { Name = "删除条目" }).ClickAsync();
        await Expect(page.Locator("#done")).ToContainTextAsync("已删除条目");
        await Expect(page.Locator("#responsibilities tbody tr")).ToHaveCountAsync(0);

        // The region and category trees are shown indented under their parents.
        await page.GotoAsync("admin/regions");
        await Expect(page.Locator($"#region-{village} td").Nth(2)).ToHaveTextAsync("村（社区）");
        await page.GotoAsync("admin/categories");
        await Expect(page.Locator($"#category-{Category}")).ToContainTextAsync("环境卫生");
        await Expect(page.Locator("#category-02")).ToContainTextAsync("城市管理");
        await BrowserApp.ScreenshotAsync(page, "13-admin-categories");

        // The same page in English.
        await page.GotoAsync("culture?lang=en&returnUrl=/admin/responsibilities");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Responsibility list");
        await Expect(page.Locator("#add-entry")).ToHaveTextAsync("Add entry");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("login");
        await page.WaitForFunctionAsync("document.activeElement?.id === 'username'");
        await page.Keyboard.TypeAsync("admin");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(BrowserApp.AdminPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    private async Task<HttpClient> AdminHttpAsync()
    {
        var http = app.HttpClient();
        var response = await http.PostAsJsonAsync(new Uri("api/v1/auth/token", UriKind.Relative),
            new { userName = "admin", password = BrowserApp.AdminPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private async Task<string> FirstVillageAsync()
    {
        using var http = await AdminHttpAsync();
        var regions = await http.GetFromJsonAsync<JsonElement[]>(new Uri("api/v1/regions", UriKind.Relative));
        return regions!.First(r => r.GetProperty("level").GetString() == "village").GetProperty("code").GetString()!;
    }
}
