using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Minsheng.Browser.Tests;

/// <summary>Real users in a real browser: the hotline's order lifecycle through the web UI, end to end.</summary>
public sealed partial class UserFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_order_goes_from_the_call_to_closed_through_the_web_ui()
    {
        // 话务员 registers the call with the keyboard alone.
        var page = await app.NewPageAsync();
        await SignInAsync(page, "operator01");
        await page.GotoAsync("intake");
        await page.WaitForFunctionAsync("document.activeElement?.id === 'kind'");
        var keyboard = page.Keyboard;
        await keyboard.PressAsync("ArrowDown");
        await keyboard.PressAsync("ArrowDown");
        await keyboard.PressAsync("ArrowDown"); // 咨询, 求助, 投诉
        Assert.Equal("complaint", await page.InputValueAsync("#kind"));
        await keyboard.PressAsync("Tab"); // channel: 电话
        await keyboard.PressAsync("Tab"); // urgency: 一般
        await keyboard.PressAsync("Tab"); // requester type: 个人
        await keyboard.PressAsync("Tab");
        await keyboard.TypeAsync("王小明");
        await keyboard.PressAsync("Tab");
        await keyboard.TypeAsync("13812345678");
        await keyboard.PressAsync("Tab"); // 查来电记录
        await keyboard.PressAsync("Tab"); // 保密
        await keyboard.PressAsync("Tab");
        await keyboard.TypeAsync("南门小区路灯不亮");
        await keyboard.PressAsync("Tab");
        await keyboard.TypeAsync("南门小区 3 幢门口的路灯已经坏了一周，晚上出行很不方便，请尽快修复。");
        await keyboard.PressAsync("Tab"); // category, by the pinyin initials of 路灯不亮
        await keyboard.TypeAsync("ldbl");
        await Expect(page.Locator("#category-match")).ToContainTextAsync("路灯不亮"); // the match, before registering
        await keyboard.PressAsync("Escape"); // close the suggestion list, keep what was typed
        await keyboard.PressAsync("Tab"); // region, typed: 南门社区 by its initials
        await keyboard.TypeAsync("nmsq");
        await Expect(page.Locator("#region-listbox [role=option]")).ToHaveCountAsync(1);
        await keyboard.PressAsync("Tab"); // takes the only match
        Assert.Equal("溪城街道 › 南门社区", await page.InputValueAsync("#region"));
        Assert.Equal("address", await page.EvaluateAsync<string>("document.activeElement.id"));
        await keyboard.TypeAsync("南门小区 3 幢");
        await keyboard.PressAsync("Enter");

        var number = (await page.Locator("#order-number").TextContentAsync())!.Trim();
        Assert.Matches(NumberPattern(), number);
        await Expect(page.Locator("#history")).ToContainTextAsync(number); // the caller's earlier orders, this one included
        await BrowserApp.ScreenshotAsync(page, "01-intake-registered");
        await page.GetByRole(AriaRole.Link, new() { Name = "查看工单" }).ClickAsync();
        await page.WaitForURLAsync(OrderUrl());
        var orderPath = new Uri(page.Url).AbsolutePath.TrimStart('/');
        Assert.Equal("已受理", await StatusAsync(page));
        await Expect(page.Locator("#fields")).ToContainTextAsync("路灯不亮");
        await Expect(page.Locator("#fields")).ToContainTextAsync("南门社区");
        await SignOutAsync(page);

        // 派单员 dispatches it to handler_town1's township.
        await SignInAsync(page, "dispatcher01");
        await page.GotoAsync(orderPath);
        var township = await TownshipUnitAsync("handler_town1");
        await page.SelectOptionAsync("#dispatch-unit", township);
        await page.FillAsync("#dispatch-comment", "请属地街镇处理。");
        await page.ClickAsync("#submit-dispatch");
        Assert.Equal("已派单", await StatusAsync(page));
        await SignOutAsync(page);

        // 承办人 of the township sees it in the workbench, accepts and replies.
        await SignInAsync(page, "handler_town1");
        await page.GotoAsync("workbench?queue=to-accept");
        await Expect(page.Locator("#queue")).ToContainTextAsync(number);
        await BrowserApp.ScreenshotAsync(page, "03-workbench");
        await page.ClickAsync("#accept-" + orderPath.Split('/')[1]); // 签收 straight from the queue, onto the order page
        await page.WaitForURLAsync(url => url.Contains("done=accept", StringComparison.Ordinal));
        Assert.Equal("办理中", await StatusAsync(page));
        await page.FillAsync("#reply-answer", "已安排电工更换灯泡，路灯已恢复照明。");
        await page.ClickAsync("#submit-reply");
        Assert.Equal("已答复待审核", await StatusAsync(page));
        await SignOutAsync(page);

        // 督办员 reviews and passes it.
        await SignInAsync(page, "supervisor01");
        await page.GotoAsync(orderPath);
        await page.CheckAsync("#review-pass-true");
        await page.ClickAsync("#submit-review");
        Assert.Equal("待回访", await StatusAsync(page));
        await SignOutAsync(page);

        // 话务员 calls back: solved and satisfied closes it.
        await SignInAsync(page, "operator01");
        await page.GotoAsync(orderPath);
        await page.CheckAsync("#callback-solved-true");
        await page.SelectOptionAsync("#callback-satisfaction", "satisfied");
        await page.FillAsync("#callback-comment", "市民表示路灯已修好，满意。");
        await page.ClickAsync("#submit-callback");
        Assert.Equal("已办结", await StatusAsync(page));

        var timeline = await page.Locator("#timeline li strong").AllTextContentsAsync();
        Assert.Equal(["受理", "派单", "签收", "办结答复", "审核", "回访"], timeline.Select(t => t.Trim()).ToArray());
        await BrowserApp.ScreenshotAsync(page, "02-order-closed");

        await page.GotoAsync("orders?q=" + Uri.EscapeDataString("路灯"));
        await Expect(page.Locator("#orders")).ToContainTextAsync(number);
        await BrowserApp.ScreenshotAsync(page, "04-order-list");
    }

    [Fact]
    public async Task The_operator_types_the_region_sees_the_category_match_and_looks_the_caller_up_without_a_reload()
    {
        var earlier = await RegisterAsync(); // the caller (13900001111) has called before
        var page = await app.NewPageAsync();
        await SignInAsync(page, "operator01");
        await page.GotoAsync("intake");
        await page.EvaluateAsync("window.samePage = true"); // gone if the page reloads

        // The caller lookup: the earlier orders appear beside the form, the page stays and so does the focus.
        await page.FocusAsync("#requester-phone");
        await page.Keyboard.TypeAsync("13900001111");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("history-lookup", await ActiveIdAsync(page));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator($"#history a[href='orders/{earlier}']")).ToHaveCountAsync(1);
        Assert.True(await page.EvaluateAsync<bool>("window.samePage === true"));
        Assert.Equal("history-lookup", await ActiveIdAsync(page));
        Assert.Equal("13900001111", await page.InputValueAsync("#requester-phone"));

        // The category by its pinyin initials: the list and the match show before anything is registered.
        await page.FocusAsync("#category");
        await page.Keyboard.TypeAsync("ldbl");
        await Expect(page.Locator("#category-listbox")).ToBeVisibleAsync();
        await Expect(page.Locator("#category-listbox [role=option]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#category-match")).ToHaveTextAsync("将登记为：城市管理 › 市政设施 › 路灯不亮 (020202)");
        Assert.Equal("true", await page.GetAttributeAsync("#category", "aria-expanded"));
        await page.Keyboard.PressAsync("Tab"); // takes the one match, moves on
        Assert.Equal("城市管理 › 市政设施 › 路灯不亮", await page.InputValueAsync("#category"));
        Assert.Equal("region", await ActiveIdAsync(page));

        // The region typed: several match, the arrows choose one, Enter takes it without registering.
        await page.Keyboard.TypeAsync("白沙");
        var options = page.Locator("#region-listbox [role=option]");
        await Expect(options.First).ToBeVisibleAsync();
        Assert.True(await options.CountAsync() > 1);
        await Expect(page.Locator("#region-match")).ToContainTextAsync("项匹配");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        var second = options.Nth(1);
        await Expect(second).ToHaveAttributeAsync("aria-selected", "true");
        Assert.Equal(await second.GetAttributeAsync("id"), await page.GetAttributeAsync("#region", "aria-activedescendant"));
        var code = (await second.GetAttributeAsync("data-code"))!;
        await BrowserApp.ScreenshotAsync(page, "15-intake-type-ahead");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#region-listbox")).ToBeHiddenAsync();
        var region = await page.InputValueAsync("#region");
        Assert.StartsWith("白沙镇", region, StringComparison.Ordinal);
        await Expect(page.Locator("#region-match")).ToHaveTextAsync($"将登记为：{region} ({code})");
        Assert.Equal(0, await page.Locator("#order-number").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("window.samePage === true"));

        await page.SelectOptionAsync("#kind", "complaint");
        await page.FillAsync("#title", "路灯又不亮了");
        await page.FillAsync("#content", "上次报修的路灯又坏了，晚上很黑。");
        await page.ClickAsync("#register");
        var number = (await page.Locator("#order-number").TextContentAsync())!.Trim();
        await Expect(page.Locator("#history")).ToContainTextAsync(number); // this call joins the caller's history
        await page.GetByRole(AriaRole.Link, new() { Name = "查看工单" }).ClickAsync();
        await Expect(page.Locator("#fields")).ToContainTextAsync("路灯不亮");
        await Expect(page.Locator("#fields")).ToContainTextAsync(region.Split(" › ")[^1]);
    }

    [Fact]
    public async Task Without_script_the_server_resolves_the_typed_boxes_and_the_lookup_reloads_the_page()
    {
        var context = await app.RequireBrowser().NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            Locale = "zh-CN",
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("login");
        await page.FillAsync("#username", "operator01");
        await page.FillAsync("#password", BrowserApp.DemoPassword);
        await page.PressAsync("#password", "Enter");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await page.GotoAsync("intake");
        Assert.Null(await page.GetAttributeAsync("#region", "role")); // a plain box: no script made it a combobox

        await page.FillAsync("#requester-phone", "13700002222");
        await page.ClickAsync("#history-lookup");
        await Expect(page.Locator("#history-empty")).ToBeVisibleAsync();
        Assert.Equal("13700002222", await page.InputValueAsync("#requester-phone"));

        await page.SelectOptionAsync("#kind", "help");
        await page.FillAsync("#title", "上洋村自来水停了");
        await page.FillAsync("#content", "上洋村从昨天起停水，没有通知。");
        await page.FillAsync("#category", "ldbl");
        await page.FillAsync("#region", "白沙"); // more than one region: the server says so and keeps the text
        await page.ClickAsync("#register");
        await Expect(page.Locator("#region ~ .field-error")).ToContainTextAsync("匹配多个区域");
        Assert.Equal("白沙", await page.InputValueAsync("#region"));
        await Expect(page.Locator("#category-match")).ToHaveTextAsync("将登记为：城市管理 › 市政设施 › 路灯不亮 (020202)");

        await page.FillAsync("#region", "syc"); // 上洋村 by its initials
        await page.ClickAsync("#register");
        await Expect(page.Locator("#order-number")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "查看工单" }).ClickAsync();
        await Expect(page.Locator("#fields")).ToContainTextAsync("上洋村");
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_order_page_offers_the_next_step_first_and_sets_the_destructive_ones_apart()
    {
        var id = await RegisterAndDispatchAsync(await TownshipUnitAsync("handler_town1"));
        var page = await app.NewPageAsync();
        await SignInAsync(page, "handler_town1");
        await page.GotoAsync($"orders/{id}");

        var steps = page.Locator("#actions details.step");
        await Expect(steps.First).ToHaveAttributeAsync("id", "step-accept"); // 签收 is what the order waits for
        await Expect(steps.First).ToHaveClassAsync(new Regex(@"\bnext\b"));
        await Expect(page.Locator("#submit-accept")).ToBeVisibleAsync();
        await Expect(page.Locator("#step-return")).ToHaveClassAsync(new Regex(@"\bdestructive\b"));
        Assert.Null(await page.GetAttributeAsync("#step-return", "open")); // folded
        await Expect(page.Locator("#submit-return")).ToBeHiddenAsync();
        await Expect(page.Locator("#submit-return")).ToHaveTextAsync("确认退单");
        await Expect(page.Locator("#submit-return")).ToHaveClassAsync("danger");
        await Expect(page.Locator("#status")).ToHaveClassAsync(new Regex(@"\bstatus-dispatched\b"));
        await Expect(page.Locator("#fields")).Not.ToContainTextAsync("版本");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("派单员 小李"); // the dispatcher's display name
        Assert.DoesNotContain("dispatcher01", await page.Locator("#timeline").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserApp.ScreenshotAsync(page, "16-order-next-step");
        await page.ClickAsync("#step-return > summary"); // unfolded on purpose: it says what it does before the red button
        await Expect(page.Locator("#step-return .consequence")).ToContainTextAsync("退回热线");
        await BrowserApp.ScreenshotAsync(page, "16-order-return-unfolded");

        // The next step runs from the top; then replying is the next one.
        await page.ClickAsync("#submit-accept");
        await page.WaitForURLAsync(url => url.Contains("done=accept", StringComparison.Ordinal));
        await Expect(steps.First).ToHaveAttributeAsync("id", "step-reply");
        await Expect(page.Locator("#status")).ToHaveClassAsync(new Regex(@"\bstatus-accepted\b"));
        await BrowserApp.ScreenshotAsync(page, "17-order-next-step-reply");
    }

    [Fact]
    public async Task The_order_list_finds_an_order_by_the_number_typed_into_its_search_box()
    {
        var id = await RegisterAsync();
        using var http = await ClientAsAsync("dispatcher01");
        var number = (await http.GetFromJsonAsync<JsonElement>(new Uri($"api/v1/work-orders/{id}", UriKind.Relative))).GetProperty("number").GetString()!;

        var page = await app.NewPageAsync();
        await SignInAsync(page, "operator01");
        await page.GotoAsync("orders");
        await page.FillAsync("#q", number);
        await page.PressAsync("#q", "Enter");
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));
        await Expect(page.Locator("#orders tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#orders tbody")).ToContainTextAsync(number);
        await BrowserApp.ScreenshotAsync(page, "06-order-list-search-by-number");

        // As read back on the phone: the day's counter without its zeros.
        await page.FillAsync("#q", number[^6..].TrimStart('0'));
        await page.PressAsync("#q", "Enter");
        await Expect(page.Locator("#q")).ToHaveValueAsync(number[^6..].TrimStart('0'));
        await Expect(page.Locator("#orders tbody")).ToContainTextAsync(number);
    }

    [Fact]
    public async Task A_handler_of_another_township_cannot_open_the_order()
    {
        var id = await RegisterAndDispatchAsync(await TownshipUnitAsync("handler_town1"));

        var page = await app.NewPageAsync();
        await SignInAsync(page, "handler_town1");
        var mine = await page.GotoAsync($"orders/{id}");
        Assert.Equal(200, mine!.Status);
        Assert.Equal("已派单", await StatusAsync(page));
        await SignOutAsync(page);

        await SignInAsync(page, "handler_town2");
        var other = await page.GotoAsync($"orders/{id}");
        Assert.Equal(404, other!.Status);
        await Expect(page.Locator("#not-found")).ToContainTextAsync("工单不存在");
        Assert.Equal(0, await page.Locator("#number").CountAsync());
        await BrowserApp.ScreenshotAsync(page, "05-not-found-other-township");
    }

    [Fact]
    public async Task An_assisting_township_sees_the_order_and_sends_its_opinion_to_the_lead_unit()
    {
        var id = await RegisterAsync();
        var lead = await TownshipUnitAsync("handler_town1");
        var assisting = await TownshipUnitAsync("handler_town2");

        // 派单员 names township 2 as 协办 beside the lead township.
        var page = await app.NewPageAsync();
        await SignInAsync(page, "dispatcher01");
        await page.GotoAsync($"orders/{id}");
        await page.SelectOptionAsync("#dispatch-unit", lead);
        await page.SelectOptionAsync("#dispatch-assisting", [assisting]);
        await page.ClickAsync("#submit-dispatch");
        Assert.Equal("已派单", await StatusAsync(page));
        await Expect(page.Locator("#fields")).ToContainTextAsync("协办单位");
        await Expect(page.Locator("#timeline li").Last).ToContainTextAsync("协办："); // the dispatch names them on the timeline
        await Expect(page.Locator("#dispatch-assisting")).ToHaveValuesAsync([assisting]); // a 转派 form keeps them chosen
        var number = (await page.Locator("#number").TextContentAsync())!.Trim();
        await SignOutAsync(page);

        // Township 2 finds it in its 协办 queue, not among the orders to accept.
        await SignInAsync(page, "handler_town2");
        await page.GotoAsync("workbench?queue=to-accept");
        await Expect(page.Locator("#queue")).Not.ToContainTextAsync(number);
        await page.ClickAsync("#queue-assisting");
        await Expect(page.Locator("#queue")).ToContainTextAsync(number);
        await page.ClickAsync($"#assist-{id}");
        await page.WaitForURLAsync(url => url.Contains($"/orders/{id}", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("#form-accept").CountAsync());

        // An empty opinion is refused beside the box; then the opinion goes on the timeline, the order stays put.
        await page.ClickAsync("#submit-assist-opinion");
        await Expect(page.Locator("#assist-opinion-opinion ~ .field-error")).ToHaveTextAsync("请填写协办意见。");
        await page.FillAsync("#assist-opinion-opinion", "我镇已派员核查交界处排水沟，已安排清淤，请主办单位统一答复。");
        await page.ClickAsync("#submit-assist-opinion");
        await Expect(page.Locator("#done")).ToContainTextAsync("协办意见");
        Assert.Equal("已派单", await StatusAsync(page));
        await Expect(page.Locator("#timeline li").Last).ToContainTextAsync("我镇已派员核查交界处排水沟");
        await Expect(page.Locator("#timeline li strong").Last).ToHaveTextAsync("协办意见");
        await BrowserApp.ScreenshotAsync(page, "14-assist-opinion");
        await SignOutAsync(page);

        // The lead township reads the opinion on its own order.
        await SignInAsync(page, "handler_town1");
        await page.GotoAsync($"orders/{id}");
        await Expect(page.Locator("#timeline")).ToContainTextAsync("我镇已派员核查交界处排水沟");
        Assert.Equal(1, await page.Locator("#form-accept").CountAsync());
    }

    [Fact]
    public async Task Bad_input_shows_the_chinese_error_beside_the_field_and_keeps_what_was_typed()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "operator01");
        await page.GotoAsync("intake");
        var longTitle = new string('长', 201);
        await page.SelectOptionAsync("#kind", "help");
        await page.FillAsync("#requester-name", "李四");
        await page.FillAsync("#requester-phone", "139-0000-1111");
        await page.FillAsync("#title", longTitle);
        await page.FillAsync("#address", "白沙镇上洋村");
        await page.FillAsync("#category", "qqqq");
        await page.ClickAsync("#register");

        var titleError = page.Locator("#title ~ .field-error");
        await Expect(titleError).ToHaveTextAsync("标题不能超过 200 字。");
        await Expect(page.Locator("#content ~ .field-error")).ToHaveTextAsync("诉求内容不能为空。");
        Assert.Equal("true", await page.GetAttributeAsync("#title", "aria-invalid"));
        Assert.Equal(longTitle, await page.InputValueAsync("#title"));
        Assert.Equal("李四", await page.InputValueAsync("#requester-name"));
        Assert.Equal("139-0000-1111", await page.InputValueAsync("#requester-phone"));
        Assert.Equal("白沙镇上洋村", await page.InputValueAsync("#address"));
        await Expect(page.Locator("#category ~ .field-error")).ToHaveTextAsync("没有与「qqqq」匹配的诉求分类。");
        Assert.Equal("qqqq", await page.InputValueAsync("#category"));
        Assert.Equal("help", await page.InputValueAsync("#kind"));
        Assert.Equal(0, await page.Locator("#order-number").CountAsync());
        await BrowserApp.ScreenshotAsync(page, "06-intake-errors");

        // An action form on the order page answers in Chinese too: a return without a reason.
        var id = await RegisterAndDispatchAsync(await TownshipUnitAsync("handler_town1"));
        await SignOutAsync(page);
        await SignInAsync(page, "handler_town1");
        await page.GotoAsync($"orders/{id}");
        await page.ClickAsync("#step-return > summary"); // 退单 is folded away from the next step
        await page.ClickAsync("#submit-return");
        await Expect(page.Locator("#return-reason ~ .field-error")).ToHaveTextAsync("请填写理由。");
        await Expect(page.Locator("#step-return")).ToHaveAttributeAsync("open", ""); // the failed form stays open
        Assert.Equal("已派单", await StatusAsync(page));
    }

    [Fact]
    public async Task The_language_link_switches_the_console_to_english_and_back()
    {
        var page = await app.NewPageAsync();
        await SignInAsync(page, "dispatcher01");
        await page.GotoAsync("orders?status=dispatched");
        await page.ClickAsync("#switch-language");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Orders");
        Assert.Contains("status=dispatched", page.Url, StringComparison.Ordinal); // back on the same list
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await Expect(page.Locator(".mainnav")).ToContainTextAsync("Workbench");
        await BrowserApp.ScreenshotAsync(page, "10-order-list-english");

        await page.GotoAsync("intake");
        await Expect(page.Locator("#register")).ToHaveTextAsync("Register order");
        await page.ClickAsync("#switch-language");
        await Expect(page.Locator("#register")).ToHaveTextAsync("登记工单");
    }

    [Fact]
    public async Task Pages_need_a_sign_in_but_the_api_still_answers_401()
    {
        using var http = app.HttpClient();
        var page = await http.GetAsync(new Uri("orders", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var api = await http.GetAsync(new Uri("api/v1/work-orders", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        var css = await http.GetAsync(new Uri("css/minsheng.css", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static async Task SignInAsync(IPage page, string user)
    {
        await page.GotoAsync("login");
        await page.WaitForFunctionAsync("document.activeElement?.id === 'username'"); // autofocus: no mouse needed
        await page.Keyboard.TypeAsync(user);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(user == "admin" ? BrowserApp.AdminPassword : BrowserApp.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".userbox .who")).ToContainTextAsync(user);
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
    }

    private static Task<string> ActiveIdAsync(IPage page) => page.EvaluateAsync<string>("document.activeElement?.id ?? ''");

    private static async Task<string> StatusAsync(IPage page) => (await page.Locator("#status").TextContentAsync())!.Trim();

    /// <summary>The unit a township handler belongs to, as the API tells that user.</summary>
    private async Task<string> TownshipUnitAsync(string handler)
    {
        using var http = await ClientAsAsync(handler);
        var me = await http.GetFromJsonAsync<JsonElement>(new Uri("api/v1/auth/me", UriKind.Relative));
        return me.GetProperty("unitCodes")[0].GetString()!;
    }

    /// <summary>Arranges an order dispatched to a unit, through the API (the lifecycle test does it through the UI).</summary>
    private async Task<long> RegisterAndDispatchAsync(string unitCode)
    {
        var id = await RegisterAsync();
        using var http = await ClientAsAsync("dispatcher01");
        var dispatched = await http.PostAsJsonAsync(new Uri($"api/v1/work-orders/{id}/dispatch", UriKind.Relative), new { unitCode });
        Assert.Equal(HttpStatusCode.OK, dispatched.StatusCode);
        return id;
    }

    private async Task<long> RegisterAsync()
    {
        using var http = await ClientAsAsync("dispatcher01");
        var created = await http.PostAsJsonAsync(new Uri("api/v1/work-orders", UriKind.Relative), new
        {
            kind = "complaint",
            title = "夜间施工噪音扰民",
            content = "工地每天晚上十一点后还在施工，噪音很大。",
            requester = new { name = "赵六", phone = "13900001111" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private async Task<HttpClient> ClientAsAsync(string user)
    {
        var http = app.HttpClient();
        var response = await http.PostAsJsonAsync(new Uri("api/v1/auth/token", UriKind.Relative),
            new { userName = user, password = BrowserApp.DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    [GeneratedRegex(@"^\S{6,}$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"/orders/\d+$")]
    private static partial Regex OrderUrl();
}
