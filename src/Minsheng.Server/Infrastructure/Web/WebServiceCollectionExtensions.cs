using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace Minsheng.Server.Infrastructure.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>JSON, ProblemDetails, validation, OpenAPI: the API conventions every feature shares.</summary>
    public static IServiceCollection AddMinshengWeb(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNames.Policy, allowIntegerValues: false));
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddValidation();
        services.AddOpenApi();
        return services;
    }
}
