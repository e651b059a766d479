using System.Net;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Localization;

public sealed class LanguageSwitchTests
{
    [Fact]
    public async Task Pages_are_Chinese_by_default_even_for_an_English_browser()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        var client = app.ClientAs("operator01");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/orders"));

        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>工单查询</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">English</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switch_sets_English_for_the_following_pages_and_returns_to_the_same_page()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        var client = app.ClientAs("operator01");

        var switched = await client.GetAsync("/culture?lang=en&returnUrl=%2Forders%3Fstatus%3Ddispatched");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/orders?status=dispatched", switched.Headers.Location!.OriginalString);
        var cookie = switched.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

        var english = new HttpRequestMessage(HttpMethod.Get, "/orders?status=dispatched");
        english.Headers.Add("Cookie", cookie);
        var html = WebUtility.HtmlDecode(await (await client.SendAsync(english)).Content.ReadAsStringAsync());

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Orders</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">Dispatched</option>", html, StringComparison.Ordinal);
        Assert.Contains("Reply by", html, StringComparison.Ordinal);
        Assert.Contains(">中文</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("办结时限", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task The_switch_never_redirects_off_site(string returnUrl)
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);

        var response = await app.AnonymousClient().GetAsync("/culture?lang=en&returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/home", response.Headers.Location!.OriginalString);
    }
}
