using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Accounts;

public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(AccountSettings.Section).Get<AccountSettings>() ?? new AccountSettings();
        services.AddOptions<AccountSettings>().BindConfiguration(AccountSettings.Section);
        services.AddOptions<BootstrapSettings>().BindConfiguration(BootstrapSettings.Section);
        services.AddHttpContextAccessor();

        // Cookies and bearer tokens are protected with keys kept in the database, under one application name, so
        // that every node behind a load balancer reads what another node issued (the default ring is per machine).
        services.AddDataProtection()
            .SetApplicationName("Minsheng")
            .PersistKeysToDbContext<MinshengDbContext>();

        services.AddIdentityCore<MinshengUser>(options =>
            {
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = settings.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = settings.LockoutDuration;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole<long>>()
            .AddEntityFrameworkStores<MinshengDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<AuthenticatorCodes>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<MinshengClaimsPrincipalFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = AuthSchemes.Smart;
                options.DefaultChallengeScheme = AuthSchemes.Smart;
            })
            .AddPolicyScheme(AuthSchemes.Smart, "Bearer, API key or cookie", options =>
                options.ForwardDefaultSelector = context =>
                {
                    var authorization = context.Request.Headers.Authorization.ToString();
                    if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                    {
                        return IdentityConstants.BearerScheme;
                    }

                    return ApiKeyAuthenticationHandler.ReadKey(context.Request) is not null
                        ? AuthSchemes.ApiKey
                        : IdentityConstants.ApplicationScheme;
                })
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = settings.TokenLifetime)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "minsheng.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.LoginPath = "/login";

            // An API caller gets a status code, not a redirect to the sign-in page.
            options.Events.OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorization();
        services.AddMinshengRateLimits(settings);
        services.AddScoped<ActorResolver>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<SignInCheck>();
        services.AddScoped<IDatabaseSeeder, AccountSeeder>();
        services.AddSingleton<GeneratedAdminPassword>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAuthEndpoints();
        app.MapUserEndpoints();
        app.MapApiKeyEndpoints();
        return app;
    }

    private static Task StatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments("/open311", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
