using Microsoft.AspNetCore.Http.HttpResults;
using Minsheng.Server.Features.Accounts;

namespace Minsheng.Server.Features.Calendar;

/// <summary>The working calendar (holidays and 调休 days per year) and the time limits, both editable data.</summary>
public static class CalendarModule
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CalendarProvider>();
        services.AddScoped<CalendarAdministration>();
        return services;
    }

    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Calendar").RequireAuthorization();
        group.MapGet("/calendar/{year:int}", GetYearAsync).WithName("GetCalendarYear");
        group.MapPut("/calendar/{year:int}", PutYearAsync).WithName("ReplaceCalendarYear").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        group.MapGet("/time-limits", GetTimeLimitsAsync).WithName("ListTimeLimits");
        group.MapPut("/time-limits/{kind}/{urgency}", PutTimeLimitAsync).WithName("UpdateTimeLimit").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        return app;
    }

    private static async Task<Results<Ok<CalendarYearDto>, ValidationProblem>> GetYearAsync(int year, CalendarAdministration calendar, CancellationToken ct) =>
        CalendarAdministration.CheckYear(year) is { } problem
            ? Problem([problem])
            : TypedResults.Ok(await calendar.GetYearAsync(year, ct));

    /// <summary>Replaces the listed days of a year (e.g. when the State Council publishes next year's arrangement).</summary>
    private static async Task<Results<Ok<CalendarYearDto>, ValidationProblem>> PutYearAsync(
        int year, CalendarYearUpdate body, CalendarAdministration calendar, CancellationToken ct)
    {
        var result = await calendar.ReplaceYearAsync(year, body.Days ?? [], ct);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : Problem(result.Errors);
    }

    private static async Task<Ok<TimeLimitDto[]>> GetTimeLimitsAsync(CalendarAdministration calendar, CancellationToken ct) =>
        TypedResults.Ok((await calendar.TimeLimitsAsync(ct)).Select(CalendarAdministration.ToDto).ToArray());

    private static async Task<Results<Ok<TimeLimitDto>, ValidationProblem>> PutTimeLimitAsync(
        string kind, string urgency, TimeLimitUpdate body, CalendarAdministration calendar, CancellationToken ct)
    {
        var result = await calendar.UpdateTimeLimitAsync(kind, urgency, body, ct);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : Problem(result.Errors);
    }

    private static ValidationProblem Problem(IReadOnlyList<CalendarMessage> errors) =>
        TypedResults.ValidationProblem(CalendarMessage.ToErrors(errors));
}
