using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Open311;

/// <summary>
/// Open311 GeoReport v2 under <c>/open311/v2/</c>, in XML and JSON, so that civic apps and FixMyStreet-style sites
/// can file and read requests: discovery, services, service definitions, requests (GET and POST), tokens, and
/// mySociety's servicerequestupdates. Anonymous and rate-limited, except POST, which needs an <c>api_key</c>.
/// </summary>
public static class Open311Module
{
    public const string BasePath = "/open311/v2";

    public static IServiceCollection AddOpen311(this IServiceCollection services)
    {
        services.AddOptions<Open311Settings>()
            .BindConfiguration(Open311Settings.Section)
            .Validate(s => !string.IsNullOrWhiteSpace(s.JurisdictionId), "Open311:JurisdictionId must not be empty.")
            .Validate(s => s.EndpointType is "production" or "test", "Open311:EndpointType must be 'production' or 'test'.")
            .ValidateOnStart();
        services.AddScoped<Open311Keys>();
        services.AddScoped<Open311Submission>();
        services.AddScoped<IDatabaseSeeder, Open311Seeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapOpen311Endpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath)
            .WithTags("Open311")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Public)
            .AddEndpointFilter(Open311Failures.FilterAsync);

        group.MapGet("/discovery.{format}", Open311Services.Discovery).WithName("Open311Discovery");
        group.MapGet("/services.{format}", Open311Services.ListAsync).WithName("Open311Services");
        group.MapGet("/services/{serviceCode}.{format}", Open311Services.DefinitionAsync).WithName("Open311ServiceDefinition");
        group.MapGet("/requests.{format}", Open311Requests.ListAsync).WithName("Open311Requests");
        group.MapPost("/requests.{format}", Open311Submission.HandleAsync).WithName("Open311CreateRequest").DisableAntiforgery();
        group.MapGet("/requests/{serviceRequestId}.{format}", Open311Requests.GetAsync).WithName("Open311Request");
        group.MapGet("/tokens/{token}.{format}", Open311Requests.TokenAsync).WithName("Open311Token");
        group.MapGet("/servicerequestupdates.{format}", Open311Updates.ListAsync).WithName("Open311ServiceRequestUpdates");

        // Anything else under /open311 (a missing suffix, an unknown resource) is a 404 in the spec's format.
        // Literal segments take precedence over the catch-all, so the resources above still match first.
        app.Map("/open311/{**path}", (HttpContext http) =>
                Open311Errors.NotFound(http.Request.Path.Value?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true
                    ? Open311Format.Json
                    : Open311Format.Xml, "没有这个 Open311 资源。"))
            .WithName("Open311NotFound")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Public)
            .ExcludeFromDescription();
        return app;
    }
}
