using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Minsheng.Core.Calendar;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Features.Calendar;

/// <summary>What an edit came to: the saved value, or the messages that stopped it.</summary>
public sealed record CalendarEditResult<T>(T? Value, IReadOnlyList<CalendarMessage> Errors)
    where T : class
{
    public bool Succeeded => Errors.Count == 0 && Value is not null;

    public static CalendarEditResult<T> Ok(T value) => new(value, []);

    public static CalendarEditResult<T> Invalid(IReadOnlyList<CalendarMessage> errors) => new(null, errors);
}

/// <summary>
/// Reading and editing the working calendar and the time-limit table, shared by the API
/// (GET/PUT /api/v1/calendar/{year}, /api/v1/time-limits) and the admin pages. Every edit is audited
/// and refreshes the cached calendar.
/// </summary>
public sealed class CalendarAdministration(MinshengDbContext db, CalendarProvider calendars, AuditLog audit)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxNameLength = 50;

    public const string YearOutOfRange = "年份应在 {0} 到 {1} 之间。";
    public const string DateNotInYear = "日期 {0} 不在 {1} 年。";
    public const string NameRequired = "请填写节日名称（不超过 50 字）。";
    public const string DuplicateDate = "日期 {0} 重复。";
    public const string UnknownKind = "未知的诉求类型 {0}。";
    public const string UnknownUrgency = "未知的紧急程度 {0}。";
    public const string BadTimeLimit = "时限格式应为 2h（小时）、4wh（工作小时）、5wd（工作日）或 60d（天）。";

    public static CalendarMessage? CheckYear(int year) =>
        year is < MinYear or > MaxYear ? CalendarMessage.For("year", YearOutOfRange, Invariant(MinYear), Invariant(MaxYear)) : null;

    /// <summary>The rules a year's list must keep; the messages name each day by its position in <paramref name="days"/>.</summary>
    public static IReadOnlyList<CalendarMessage> Validate(int year, IReadOnlyList<CalendarDayDto> days)
    {
        var errors = new List<CalendarMessage>();
        if (CheckYear(year) is { } yearError)
        {
            errors.Add(yearError);
            return errors;
        }

        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var date = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (day.Date.Year != year)
            {
                errors.Add(CalendarMessage.ForDay(i, "date", DateNotInYear, date, Invariant(year)));
            }
            else if (!seen.Add(day.Date))
            {
                errors.Add(CalendarMessage.ForDay(i, "date", DuplicateDate, date));
            }

            if (string.IsNullOrWhiteSpace(day.Name) || day.Name.Trim().Length > MaxNameLength)
            {
                errors.Add(CalendarMessage.ForDay(i, "name", NameRequired));
            }
        }

        return errors;
    }

    /// <summary>A year as the calendar now has it; the year must be in range (<see cref="CheckYear"/>).</summary>
    public async Task<CalendarYearDto> GetYearAsync(int year, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        return new CalendarYearDto(
            year,
            calendar.Covers(year),
            calendar.WorkingDaysIn(year),
            calendar.DaysOf(year).Select(d => new CalendarDayDto(d.Date, d.IsOffDay, d.Name)).ToArray());
    }

    /// <summary>Replaces the listed days of a year (e.g. when the State Council publishes next year's arrangement).</summary>
    public async Task<CalendarEditResult<CalendarYearDto>> ReplaceYearAsync(int year, IReadOnlyList<CalendarDayDto> days, CancellationToken ct)
    {
        var errors = Validate(year, days);
        if (errors.Count > 0)
        {
            return CalendarEditResult<CalendarYearDto>.Invalid(errors);
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var offDays = days.Count(d => d.IsOffDay);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.CalendarDays.Where(d => d.Date >= first && d.Date <= last).ExecuteDeleteAsync(ct);
            db.CalendarDays.AddRange(days.Select(d => new CalendarDayRecord { Date = d.Date, IsOffDay = d.IsOffDay, Name = d.Name.Trim() }));
            audit.Add("calendar-changed", $"calendar:{Invariant(year)}",
                string.Create(CultureInfo.InvariantCulture, $"{days.Count} days: {offDays} off, {days.Count - offDays} make-up working"));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        calendars.Invalidate();
        return CalendarEditResult<CalendarYearDto>.Ok(await GetYearAsync(year, ct));
    }

    /// <summary>Every kind × urgency, in the order of the enums.</summary>
    public async Task<IReadOnlyList<TimeLimitRule>> TimeLimitsAsync(CancellationToken ct)
    {
        var table = await calendars.GetTimeLimitsAsync(ct);
        return (from kind in Enum.GetValues<RequestKind>()
                from urgency in Enum.GetValues<Urgency>()
                select table.For(kind, urgency)).ToArray();
    }

    /// <summary>Changes what <paramref name="update"/> names of one rule; what it leaves null stays.</summary>
    public async Task<CalendarEditResult<TimeLimitDto>> UpdateTimeLimitAsync(string kind, string urgency, TimeLimitUpdate update, CancellationToken ct)
    {
        var errors = new List<CalendarMessage>();
        if (!JsonNames.TryParse<RequestKind>(kind, out var k))
        {
            errors.Add(CalendarMessage.For("kind", UnknownKind, kind));
        }

        if (!JsonNames.TryParse<Urgency>(urgency, out var u))
        {
            errors.Add(CalendarMessage.For("urgency", UnknownUrgency, urgency));
        }

        var accept = default(TimeLimit);
        var reply = default(TimeLimit);
        if (update.Accept is not null && !TimeLimit.TryParse(update.Accept, out accept))
        {
            errors.Add(CalendarMessage.For("accept", BadTimeLimit));
        }

        if (update.Reply is not null && !TimeLimit.TryParse(update.Reply, out reply))
        {
            errors.Add(CalendarMessage.For("reply", BadTimeLimit));
        }

        if (errors.Count > 0)
        {
            return CalendarEditResult<TimeLimitDto>.Invalid(errors);
        }

        var current = (await calendars.GetTimeLimitsAsync(ct)).For(k, u);
        var rule = new TimeLimitRule(
            k,
            u,
            update.Accept is null ? current.Accept : accept,
            update.Reply is null ? current.Reply : reply,
            update.CallbackRequired ?? current.CallbackRequired);
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

        audit.Add("time-limit-changed", $"time-limit:{JsonNames.Of(k)}/{JsonNames.Of(u)}",
            $"accept={rule.Accept.ToInvariantString()} reply={rule.Reply.ToInvariantString()} callback={(rule.CallbackRequired ? "yes" : "no")}");
        await db.SaveChangesAsync(ct);
        calendars.Invalidate();
        return CalendarEditResult<TimeLimitDto>.Ok(ToDto(rule));
    }

    public static TimeLimitDto ToDto(TimeLimitRule rule) => new(
        JsonNames.Of(rule.Kind),
        JsonNames.Of(rule.Urgency),
        rule.Accept.ToInvariantString(),
        rule.Accept.ToString(),
        rule.Reply.ToInvariantString(),
        rule.Reply.ToString(),
        rule.CallbackRequired);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
