using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

/// <summary>The API lists orders by the deadline rule and shows what each event set and whether it was on time.</summary>
public sealed class DeadlineApiTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_list_filtered_by_deadline_holds_exactly_the_orders_the_rule_names(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine, demoOrders: 200);
        var api = new WorkOrderApi(app.Client());
        var calendar = await app.Services.GetRequiredService<CalendarProvider>().GetAsync(CancellationToken.None);
        var clock = DeadlineClock.At(app.Clock.GetUtcNow().UtcDateTime, calendar);
        var orders = await app.WithDbAsync(db => db.WorkOrders.AsNoTracking().ToListAsync());

        var overdue = (await api.ListAsync("deadline=overdue&pageSize=200")).Items.Select(o => o.Number).Order().ToArray();
        var dueSoon = (await api.ListAsync("deadline=due-soon&pageSize=200")).Items.Select(o => o.Number).Order().ToArray();

        Assert.NotEmpty(overdue);
        Assert.Equal(orders.Where(o => DeadlineRule.Evaluate(o, clock).IsOverdue).Select(o => o.Number).Order(), overdue);
        Assert.Equal(orders.Where(o => DeadlineRule.Evaluate(o, clock).IsDueSoon).Select(o => o.Number).Order(), dueSoon);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_unknown_deadline_filter_is_a_field_error(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);

        var response = await app.Client().GetAsync("/api/v1/work-orders?deadline=late");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("deadline", await WorkOrderApi.ErrorFieldsAsync(response));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Each_event_shows_the_deadlines_it_set_and_whether_an_accept_was_on_time(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var order = await api.RegisterAsync(WorkOrderApi.Complaint());
        var unit = await WorkOrderLifecycleTests.FirstDepartmentCodeAsync(api);
        await api.ActAsync(order.Id, "dispatch", new { unitCode = unit });
        var accepted = await api.ActAsync(order.Id, "accept", new { });

        var dispatch = accepted.Events!.Single(e => e.Action == "dispatch");
        var accept = accepted.Events!.Single(e => e.Action == "accept");
        Assert.Equal((accepted.Deadlines.AcceptBy, accepted.Deadlines.ReplyBy), (dispatch.AcceptBy, dispatch.ReplyBy));
        Assert.Null(dispatch.OnTime);
        Assert.True(accept.OnTime);
        Assert.Equal((null, null), (accept.AcceptBy, accept.ReplyBy));
    }
}
