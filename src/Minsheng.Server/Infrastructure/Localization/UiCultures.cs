using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;

namespace Minsheng.Server.Infrastructure.Localization;

/// <summary>
/// The web UI speaks Simplified Chinese unless the user picks English. The choice lives in a cookie;
/// the browser's Accept-Language is deliberately ignored so a hotline console never changes language by itself.
/// </summary>
public static class UiCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Chinese, English];

    public static IServiceCollection AddUiLocalization(this IServiceCollection services)
    {
        // Resources sit beside the component they translate (OrderList.razor, OrderList.en.resx).
        services.AddLocalization();
        // Chinese text is written as itself, not as &#x...; entities (three times smaller pages, readable sources).
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = All.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Chinese);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The value of the html lang attribute for the current request.</summary>
    public static string HtmlLang => IsEnglish ? English : Chinese;

    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder app)
    {
        // A plain link switches language: the choice is a harmless preference, not a state change worth a form.
        app.MapGet("/culture", (string? lang, string? returnUrl, HttpContext http) =>
        {
            var culture = All.Contains(lang ?? "", StringComparer.OrdinalIgnoreCase)
                ? All.First(c => string.Equals(c, lang, StringComparison.OrdinalIgnoreCase))
                : Chinese;
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/home");
        }).ExcludeFromDescription();
        return app;
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
