using System.Net;
using System.Net.Http.Json;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Features.WorkOrders;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Calendar;

public sealed class CalendarApiTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Calendar2024_ListsSpringFestivalAndMakeUpDays(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);

        var year = await app.Client().GetFromJsonAsync<CalendarYearDto>("/api/v1/calendar/2024", MinshengApp.Json);

        Assert.True(year!.Covered);
        Assert.Equal(251, year.WorkingDays);
        Assert.Contains(year.Days, d => d.Date == new DateOnly(2024, 2, 10) && d.IsOffDay && d.Name == "春节");
        Assert.Contains(year.Days, d => d.Date == new DateOnly(2024, 2, 4) && !d.IsOffDay);
        Assert.Contains(year.Days, d => d.Date == new DateOnly(2024, 10, 12) && !d.IsOffDay);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Dispatch_BeforeSpringFestival_DeadlineSkipsTheHolidayAndCountsTheMakeUpSunday(string engine)
    {
        // Friday 2 Feb 2024, 10:00 Beijing. A complaint has 5 working days (7 h each) to reply:
        // Fri 2 Feb, Sun 4 Feb (调休), Mon 5, Tue 6, Wed 7 Feb, then the holiday; due Thu 8 Feb 10:00.
        var friday = new DateTimeOffset(2024, 2, 2, 10, 0, 0, TimeSpan.FromHours(8));
        await using var app = await MinshengApp.StartAsync(engine, now: friday);
        var api = new WorkOrderApi(app.Client());
        var unit = await WorkOrders.WorkOrderLifecycleTests.FirstDepartmentCodeAsync(api);

        var order = await api.RegisterAsync(WorkOrderApi.Complaint());
        order = await api.ActAsync(order.Id, "dispatch", new { unitCode = unit });

        Assert.Equal(new DateTimeOffset(2024, 2, 8, 10, 0, 0, TimeSpan.FromHours(8)).UtcDateTime, order.Deadlines.ReplyBy);
        Assert.Equal(new DateTimeOffset(2024, 2, 4, 10, 0, 0, TimeSpan.FromHours(8)).UtcDateTime, order.Deadlines.AcceptBy);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task EditedCalendarAndTimeLimits_DriveNewDeadlines(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var unit = await WorkOrders.WorkOrderLifecycleTests.FirstDepartmentCodeAsync(api);

        // Declare Tuesday 3 March 2026 a holiday, and give complaints 2 working days.
        var put = await api.Client.PutAsJsonAsync("/api/v1/calendar/2026", new
        {
            days = new[] { new { date = "2026-03-03", isOffDay = true, name = "测试假日" } },
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var limit = await api.Client.PutAsJsonAsync("/api/v1/time-limits/complaint/normal", new { reply = "2wd" });
        Assert.Equal(HttpStatusCode.OK, limit.StatusCode);
        var limits = await api.Client.GetFromJsonAsync<TimeLimitDto[]>("/api/v1/time-limits", MinshengApp.Json);
        Assert.Contains(limits!, l => l is { Kind: "complaint", Urgency: "normal", Reply: "2wd", ReplyText: "2个工作日" });

        var order = await api.RegisterAsync(WorkOrderApi.Complaint());
        order = await api.ActAsync(order.Id, "dispatch", new { unitCode = unit });

        // Mon 2 March 10:00 + 2 working days, skipping Tue 3 March: Thu 5 March 10:00.
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.FromHours(8)).UtcDateTime, order.Deadlines.ReplyBy);
    }
}
