using Microsoft.Playwright;

namespace Minsheng.Browser.Tests;

/// <summary>The order list offers its filtered rows as an Excel workbook beside the CSV.</summary>
public sealed class OrderExportTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_Excel_link_carries_the_lists_filters_and_downloads_a_workbook()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("login");
        await page.WaitForFunctionAsync("document.activeElement?.id === 'username'");
        await page.Keyboard.TypeAsync("operator01");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(BrowserApp.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        await page.GotoAsync("orders?status=registered&kind=complaint");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "导出 Excel" });
        var href = await link.GetAttributeAsync("href");

        Assert.NotNull(href);
        var uri = new Uri(href);
        Assert.Equal("/api/v1/work-orders/export", uri.AbsolutePath);
        Assert.Contains("status=registered", uri.Query, StringComparison.Ordinal);
        Assert.Contains("kind=complaint", uri.Query, StringComparison.Ordinal);
        Assert.Contains("format=xlsx", uri.Query, StringComparison.Ordinal);
        var response = await page.Context.APIRequest.GetAsync(href);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Headers["content-type"]);
        Assert.Contains("filename*=UTF-8''%E5%B7%A5%E5%8D%95%E5%AF%BC%E5%87%BA-", response.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), (await response.BodyAsync())[..2]);
    }
}
