using Microsoft.Playwright;

namespace Minsheng.Browser.Tests;

/// <summary>系统管理员 edits a time limit and the working calendar through the web UI; a bad value is refused beside its field.</summary>
public sealed class AdminCalendarTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_admin_changes_the_complaint_reply_limit_after_a_bad_value_is_refused()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "admin", BrowserApp.AdminPassword);
        await page.GotoAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "办理时限" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/admin/time-limits", StringComparison.Ordinal));
        var reply = page.Locator("#reply-complaint-normal");
        var before = await reply.InputValueAsync();

        // A limit in words is refused beside the field, with what was typed kept.
        await reply.FillAsync("五天");
        await page.ClickAsync("#save-complaint-normal");
        await Expect(page.Locator("#reply-complaint-normal ~ .field-error"))
            .ToHaveTextAsync("时限格式应为 2h（小时）、4wh（工作小时）、5wd（工作日）或 60d（天）。");
        await Expect(page.Locator("#reply-complaint-normal")).ToHaveValueAsync("五天");
        await Expect(page.Locator("#reply-complaint-normal")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(0, await page.Locator("#done").CountAsync());

        await page.Locator("#reply-complaint-normal").FillAsync("3wd");
        await page.ClickAsync("#save-complaint-normal");
        await Expect(page.Locator("#done")).ToContainTextAsync("已保存投诉·一般");
        await Expect(page.Locator("#done")).ToContainTextAsync("办结 3个工作日");
        await Expect(page.Locator("#reply-text-complaint-normal")).ToHaveTextAsync("3个工作日");
        Assert.NotEqual("3wd", before);
        await BrowserApp.ScreenshotAsync(page, "08-admin-time-limits");

        // Stored: a fresh load shows it; and the page speaks English when asked to.
        await page.GotoAsync("culture?lang=en&returnUrl=/admin/time-limits");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Time limits");
        await Expect(page.Locator("#reply-complaint-normal")).ToHaveValueAsync("3wd");
        await Expect(page.Locator("#reply-text-complaint-normal")).ToHaveTextAsync("3 working days");
        await Expect(page.Locator("#limit-complaint-normal")).ToContainTextAsync("Complaint");
    }

    [Fact]
    public async Task An_admin_adds_a_holiday_to_2026_after_a_date_outside_the_year_is_refused_and_then_removes_it()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "admin", BrowserApp.AdminPassword);
        await page.GotoAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "工作日历" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/admin/calendar", StringComparison.Ordinal));
        await page.FillAsync("#year", "2026");
        await page.ClickAsync("#show-year");
        await Expect(page.Locator("#year-summary")).ToContainTextAsync("2026 年共");
        await Expect(page.Locator("#calendar-days input[value='2026-02-17']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#calendar-days input[value='春节']").First).ToBeVisibleAsync();
        await Expect(page.Locator("td[data-date='2026-02-17']")).ToHaveClassAsync("day off");
        var listed = await page.Locator("#calendar-days tbody tr:not(.new-day)").CountAsync();
        var row = "#" + await page.Locator("tr.new-day").First.GetAttributeAsync("id");

        // A date of another year: refused beside the date, the typed row kept, nothing saved.
        await page.FillAsync(row + "-date", "2025-12-31");
        await page.FillAsync(row + "-name", "测试假日");
        await page.ClickAsync("#save-calendar");
        await Expect(page.Locator(row + "-date ~ .field-error")).ToHaveTextAsync("日期 2025-12-31 不在 2026 年。");
        await Expect(page.Locator(row + "-date")).ToHaveValueAsync("2025-12-31");
        await Expect(page.Locator(row + "-name")).ToHaveValueAsync("测试假日");
        await Expect(page.Locator("#calendar-errors")).ToHaveTextAsync("未保存：请更正标红的字段。");

        // Tuesday 3 March 2026 becomes a day off.
        await page.FillAsync(row + "-date", "2026-03-03");
        await page.ClickAsync("#save-calendar");
        await Expect(page.Locator("#done")).ToContainTextAsync("已保存 2026 年的日历");
        var day = page.Locator("td[data-date='2026-03-03']");
        await Expect(day).ToHaveClassAsync("day off");
        await Expect(day).ToHaveAttributeAsync("title", "测试假日");
        Assert.Equal(listed + 1, await page.Locator("#calendar-days tbody tr:not(.new-day)").CountAsync());
        await BrowserApp.ScreenshotAsync(page, "09-admin-calendar");

        // Removing it restores an ordinary Tuesday.
        var saved = page.Locator("#calendar-days tbody tr", new() { Has = page.Locator("input[value='2026-03-03']") });
        await saved.Locator("input[type=checkbox]").CheckAsync();
        await page.ClickAsync("#save-calendar");
        await Expect(page.Locator("#done")).ToContainTextAsync("已保存 2026 年的日历");
        await Expect(page.Locator("td[data-date='2026-03-03']")).ToHaveClassAsync("day");
        Assert.Equal(listed, await page.Locator("#calendar-days tbody tr:not(.new-day)").CountAsync());
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
}
