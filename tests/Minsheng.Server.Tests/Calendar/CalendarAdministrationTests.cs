using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Tests.Accounts;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Calendar;

/// <summary>
/// Editing the working calendar and the time limits, as the API and the admin pages both do it through
/// <see cref="CalendarAdministration"/>: every rule answers beside the day or field at fault, nothing is saved
/// on a bad list, and every save is audited and seen at once.
/// </summary>
public sealed class CalendarAdministrationTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task ReplaceYear_WithBadDays_NamesEachDayAtFault_AndSavesNothing(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var before = await YearAsync(app, 2026);

        var response = await app.Client().PutAsJsonAsync("/api/v1/calendar/2026", new
        {
            days = new object[]
            {
                new { date = "2026-10-01", isOffDay = true, name = "国庆节" },
                new { date = "2027-01-01", isOffDay = true, name = "元旦" },
                new { date = "2026-10-01", isOffDay = true, name = "国庆节" },
                new { date = "2026-10-02", isOffDay = true, name = " " },
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.Equal(["days[1].date", "days[2].date", "days[3].name"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("日期 2027-01-01 不在 2026 年。", errors["days[1].date"]);
        Assert.Equal("日期 2026-10-01 重复。", errors["days[2].date"]);
        Assert.Equal("请填写节日名称（不超过 50 字）。", errors["days[3].name"]);
        var after = await YearAsync(app, 2026);
        Assert.Equal(before.Days, after.Days);
        Assert.Empty(await AccountsTestData.AuditAsync(app, "action=calendar-changed"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task ReplaceYear_SavesTheNewYear_AuditsIt_AndTheCalendarCountsIt(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var uncovered = await YearAsync(app, 2027);
        Assert.False(uncovered.Covered);

        // Friday 1 Jan 2027 off; Sunday 3 Jan worked.
        var response = await app.Client().PutAsJsonAsync("/api/v1/calendar/2027", new
        {
            days = new[]
            {
                new { date = "2027-01-01", isOffDay = true, name = " 元旦 " },
                new { date = "2027-01-03", isOffDay = false, name = "元旦" },
            },
        });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(response));
        var saved = await YearAsync(app, 2027);
        Assert.True(saved.Covered);
        Assert.Equal(uncovered.WorkingDays, saved.WorkingDays); // one day off, one day worked
        Assert.Equal(
            [new CalendarDayDto(new DateOnly(2027, 1, 1), true, "元旦"), new CalendarDayDto(new DateOnly(2027, 1, 3), false, "元旦")],
            saved.Days);
        var entry = Assert.Single(await AccountsTestData.AuditAsync(app, "action=calendar-changed"));
        Assert.Equal("calendar:2027", entry.GetProperty("target").GetString());
        Assert.Equal("admin", entry.GetProperty("actor").GetString());
        Assert.Equal("2 days: 1 off, 1 make-up working", entry.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task EverySeededYear_KeepsTheRules_SoItCanBeSavedBackUnchanged(string engine)
    {
        // 2020 lists a Monday (3 Feb, the extended Spring Festival) as worked: a listed working day need not be a weekend.
        await using var app = await MinshengApp.StartAsync(engine);
        await using var scope = app.Services.CreateAsyncScope();
        var calendar = scope.ServiceProvider.GetRequiredService<CalendarAdministration>();

        for (var year = 2020; year <= 2026; year++)
        {
            var listed = await calendar.GetYearAsync(year, CancellationToken.None);
            Assert.NotEmpty(listed.Days);

            var result = await calendar.ReplaceYearAsync(year, listed.Days, CancellationToken.None);

            Assert.True(result.Succeeded, $"{year}: {string.Join(" ", result.Errors.Select(e => e.Key + " " + e.Chinese))}");
            Assert.Equal(listed.WorkingDays, result.Value!.WorkingDays);
            Assert.Equal(listed.Days, result.Value.Days);
        }
    }

    [Fact]
    public void Validate_GivesTheTemplateAndArguments_SoAPageCanTranslateTheMessage()
    {
        var errors = CalendarAdministration.Validate(2026, [new CalendarDayDto(new DateOnly(2025, 12, 31), true, "元旦")]);

        var error = Assert.Single(errors);
        Assert.Equal(("date", 0, CalendarAdministration.DateNotInYear), (error.Field, error.Index, error.Template));
        Assert.Equal(["2025-12-31", "2026"], error.Args);
        Assert.Equal("days[0].date", error.Key);
        Assert.Equal("日期 2025-12-31 不在 2026 年。", error.Chinese);
        Assert.Equal("year", Assert.Single(CalendarAdministration.Validate(1999, [])).Key);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task UpdateTimeLimit_ChangesOnlyWhatItNames_AndIsAudited(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var before = await LimitAsync(app, "help", "urgent");

        var response = await app.Client().PutAsJsonAsync("/api/v1/time-limits/help/urgent", new { accept = " 3WH " });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(response));
        var after = await LimitAsync(app, "help", "urgent");
        Assert.Equal(before with { Accept = "3wh", AcceptText = "3个工作小时" }, after);
        var entry = Assert.Single(await AccountsTestData.AuditAsync(app, "action=time-limit-changed"));
        Assert.Equal("time-limit:help/urgent", entry.GetProperty("target").GetString());
        Assert.Equal($"accept=3wh reply={before.Reply} callback={(before.CallbackRequired ? "yes" : "no")}", entry.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task UpdateTimeLimit_WithBadValues_NamesEveryField_AndChangesNothing(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var before = await LimitAsync(app, "complaint", "normal");

        var badLimits = await app.Client().PutAsJsonAsync("/api/v1/time-limits/complaint/normal", new { accept = "0wd", reply = "5 days", callbackRequired = false });
        var badKind = await app.Client().PutAsJsonAsync("/api/v1/time-limits/gripe/soon", new { accept = "1wd" });

        Assert.Equal(HttpStatusCode.BadRequest, badLimits.StatusCode);
        var errors = await ErrorsAsync(badLimits);
        Assert.Equal(["accept", "reply"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(CalendarAdministration.BadTimeLimit, errors["reply"]);
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Equal(["kind", "urgency"], (await ErrorsAsync(badKind)).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, await LimitAsync(app, "complaint", "normal"));
        Assert.Empty(await AccountsTestData.AuditAsync(app, "action=time-limit-changed"));
    }

    private static async Task<CalendarYearDto> YearAsync(MinshengApp app, int year) =>
        (await app.Client().GetFromJsonAsync<CalendarYearDto>($"/api/v1/calendar/{year}", MinshengApp.Json))!;

    private static async Task<TimeLimitDto> LimitAsync(MinshengApp app, string kind, string urgency) =>
        (await app.Client().GetFromJsonAsync<TimeLimitDto[]>("/api/v1/time-limits", MinshengApp.Json))!
        .Single(l => l.Kind == kind && l.Urgency == urgency);

    /// <summary>The first message of each field of a validation problem.</summary>
    private static async Task<Dictionary<string, string>> ErrorsAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value[0].GetString()!, StringComparer.Ordinal);
    }
}
