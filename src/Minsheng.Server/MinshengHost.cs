using Minsheng.Server.Components;
using Minsheng.Server.Components.Pages.Intake;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Features.Demo;
using Minsheng.Server.Features.Open311;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Localization;
using Minsheng.Server.Infrastructure.Text;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server;

/// <summary>Builds the one Minsheng host; Program, the CLI's benchmarks and the tests all start it this way.</summary>
public static class MinshengHost
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.AddMinshengServices(builder.Configuration);

        var app = builder.Build();
        app.UseMinshengPipeline();
        return app;
    }

    public static IServiceCollection AddMinshengServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ChineseText>();
        services.AddMinshengData(configuration);
        services.AddHostedService<DatabaseInitializer>();
        services.AddHealthChecks().AddDbContextCheck<MinshengDbContext>("database");
        services.AddMinshengWeb();
        services.AddCalendar();
        services.AddReferenceData();
        services.AddWorkOrders();
        services.AddHostedService<WorkOrderSearchWarmUp>(); // after DatabaseInitializer: the schema is there
        services.AddDemo(configuration);
        services.AddAudit();
        // After the demo county: demo users belong to its units.
        services.AddAccounts(configuration);
        services.AddOpen311();
        services.AddUiLocalization();
        services.AddRazorComponents();
        return services;
    }

    public static WebApplication UseMinshengPipeline(this WebApplication app)
    {
        // First, so the rate limits, the audit log and the logs see the client behind a trusted proxy.
        var proxies = app.Configuration.GetSection(ProxySettings.Section).Get<ProxySettings>() ?? new ProxySettings();
        if (proxies.Any)
        {
            var forwarded = new ForwardedHeadersOptions();
            proxies.ApplyTo(forwarded);
            app.UseForwardedHeaders(forwarded);
        }

        app.UseExceptionHandler();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<RequestSizeGuard>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseMiddleware<ActiveUserCheck>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapHealthChecks("/health");
        app.MapGet("/api", () => TypedResults.Ok(new
        {
            name = "Minsheng 民声",
            api = "/api/v1",
            openApi = "/openapi/v1.json",
            health = "/health",
        })).ExcludeFromDescription();

        // The web UI's front door: each role lands on its own start page.
        app.MapGet("/", () => TypedResults.Redirect("/home")).ExcludeFromDescription();
        app.MapCultureEndpoint();
        app.MapAccountEndpoints();
        app.MapAuditEndpoints();
        app.MapCalendarEndpoints();
        app.MapReferenceEndpoints();
        app.MapWorkOrderEndpoints();
        app.MapOpen311Endpoints();
        app.MapIntakePageEndpoints();
        app.MapRazorComponents<App>();
        return app;
    }
}
