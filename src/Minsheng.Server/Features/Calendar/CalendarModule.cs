using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minsheng.Core.Calendar;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Features.Calendar;

/// <summary>The working calendar (holidays and 调休 days per year) and the time limits, both editable data.</summary>
public static class CalendarModule
{
    private const int MinYear = 2000;
    private const int MaxYear = 2100;

    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CalendarProvider>();
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

    private static async Task<Results<Ok<CalendarYearDto>, ValidationProblem>> GetYearAsync(int year, CalendarProvider calendars, CancellationToken ct)
    {
        if (year is < MinYear or > MaxYear)
        {
            return YearProblem();
        }

        var calendar = await calendars.GetAsync(ct);
        return TypedResults.Ok(new CalendarYearDto(
            year,
            calendar.Covers(year),
            calendar.WorkingDaysIn(year),
            calendar.DaysOf(year).Select(d => new CalendarDayDto(d.Date, d.IsOffDay, d.Name)).ToArray()));
    }

    /// <summary>Replaces the listed days of a year (e.g. when the State Council publishes next year's arrangement).</summary>
    private static async Task<Results<Ok<CalendarYearDto>, ValidationProblem>> PutYearAsync(
        int year, CalendarYearUpdate body, MinshengDbContext db, CalendarProvider calendars, AuditLog audit, CancellationToken ct)
    {
        if (year is < MinYear or > MaxYear)
        {
            return YearProblem();
        }

        var days = body.Days ?? [];
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < days.Count; i++)
        {
            if (days[i].Date.Year != year)
            {
                errors[$"days[{i}].date"] = [$"日期 {days[i].Date:yyyy-MM-dd} 不在 {year} 年。"];
            }

            if (string.IsNullOrWhiteSpace(days[i].Name) || days[i].Name.Length > 50)
            {
                errors[$"days[{i}].name"] = ["请填写节日名称（不超过 50 字）。"];
            }
        }

        if (days.GroupBy(d => d.Date).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            errors["days"] = [$"日期 {duplicate.Key:yyyy-MM-dd} 重复。"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.CalendarDays.Where(d => d.Date >= first && d.Date <= last).ExecuteDeleteAsync(ct);
            db.CalendarDays.AddRange(days.Select(d => new CalendarDayRecord { Date = d.Date, IsOffDay = d.IsOffDay, Name = d.Name.Trim() }));
            audit.Add("calendar-changed", $"calendar:{year}", $"{days.Count} days");
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        calendars.Invalidate();
        return await GetYearAsync(year, calendars, ct);
    }

    private static async Task<Ok<TimeLimitDto[]>> GetTimeLimitsAsync(CalendarProvider calendars, CancellationToken ct)
    {
        var table = await calendars.GetTimeLimitsAsync(ct);
        var rows =
            from kind in Enum.GetValues<RequestKind>()
            from urgency in Enum.GetValues<Urgency>()
            select ToDto(table.For(kind, urgency));
        return TypedResults.Ok(rows.ToArray());
    }

    private static async Task<Results<Ok<TimeLimitDto>, ValidationProblem>> PutTimeLimitAsync(
        string kind, string urgency, TimeLimitUpdate body, MinshengDbContext db, CalendarProvider calendars, AuditLog audit, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!JsonNames.TryParse<RequestKind>(kind, out var k))
        {
            errors["kind"] = [$"未知的诉求类型 {kind}。"];
        }

        if (!JsonNames.TryParse<Urgency>(urgency, out var u))
        {
            errors["urgency"] = [$"未知的紧急程度 {urgency}。"];
        }

        var current = (await calendars.GetTimeLimitsAsync(ct)).For(k, u);
        var accept = current.Accept;
        var reply = current.Reply;
        if (body.Accept is not null && !TimeLimit.TryParse(body.Accept, out accept))
        {
            errors["accept"] = ["时限格式应为 2h（小时）、4wh（工作小时）、5wd（工作日）或 60d（天）。"];
        }

        if (body.Reply is not null && !TimeLimit.TryParse(body.Reply, out reply))
        {
            errors["reply"] = ["时限格式应为 2h（小时）、4wh（工作小时）、5wd（工作日）或 60d（天）。"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var rule = new TimeLimitRule(k, u, accept, reply, body.CallbackRequired ?? current.CallbackRequired);
        var record = await db.TimeLimits.FirstOrDefaultAsync(t => t.Kind == k && t.Urgency == u, ct);
        if (record is null)
        {
            db.TimeLimits.Add(TimeLimitMapping.ToRecord(rule));
        }
        else
        {
            record.Accept = rule.Accept.ToInvariantString();
            record.Reply = rule.Reply.ToInvariantString();
            record.CallbackRequired = rule.CallbackRequired;
        }

        audit.Add("time-limit-changed", $"time-limit:{kind}/{urgency}", $"accept={rule.Accept.ToInvariantString()} reply={rule.Reply.ToInvariantString()}");
        await db.SaveChangesAsync(ct);
        calendars.Invalidate();
        return TypedResults.Ok(ToDto(rule));
    }

    private static TimeLimitDto ToDto(TimeLimitRule rule) => new(
        JsonNames.Of(rule.Kind),
        JsonNames.Of(rule.Urgency),
        rule.Accept.ToInvariantString(),
        rule.Accept.ToString(),
        rule.Reply.ToInvariantString(),
        rule.Reply.ToString(),
        rule.CallbackRequired);

    private static ValidationProblem YearProblem() => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { ["year"] = [$"年份应在 {MinYear} 到 {MaxYear} 之间。"] });
}
