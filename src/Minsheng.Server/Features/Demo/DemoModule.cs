using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Demo;

/// <summary>The fictional 青溪县: reference data and realistic orders for a first start, demos and tests.</summary>
public static class DemoModule
{
    public static IServiceCollection AddDemo(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DemoSettings>()
            .BindConfiguration("Demo")
            .Validate(s => s.Orders >= 0, "Demo:Orders must not be negative.")
            .ValidateOnStart();
        services.AddScoped<IDatabaseSeeder, DemoSeeder>();
        return services;
    }
}
