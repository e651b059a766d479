using System.Net.Http.Json;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

public sealed class WorkOrderLifecycleTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task FullLife_RegisterToClose_EveryStepIsOnTheTimeline(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var unit = await FirstDepartmentCodeAsync(api);

        var order = await api.RegisterAsync(WorkOrderApi.Complaint());
        Assert.Equal("registered", order.Status);
        Assert.Matches(@"^\d{8}-\d{6}$", order.Number);
        Assert.Equal("20260302", order.Number[..8]);

        order = await api.ActAsync(order.Id, "dispatch", new { unitCode = unit, comment = "请核实处理", version = order.Version });
        Assert.Equal("dispatched", order.Status);
        Assert.Equal(unit, order.LeadUnit!.Code);
        Assert.NotNull(order.Deadlines.AcceptBy);
        Assert.NotNull(order.Deadlines.ReplyBy);

        app.Clock.Advance(TimeSpan.FromHours(1));
        order = await api.ActAsync(order.Id, "accept", new { version = order.Version });
        Assert.Equal("accepted", order.Status);

        var newReplyBy = order.Deadlines.ReplyBy!.Value.AddDays(3);
        order = await api.ActAsync(order.Id, "extension-request", new { until = newReplyBy, reason = "需要协调多个部门现场核查" });
        Assert.Equal(newReplyBy, order.Deadlines.PendingExtensionUntil);
        order = await api.ActAsync(order.Id, "extension-decision", new { approve = true, comment = "同意" });
        Assert.Equal(newReplyBy, order.Deadlines.ReplyBy);
        Assert.Null(order.Deadlines.PendingExtensionUntil);

        order = await api.ActAsync(order.Id, "reply", new { answer = "经现场核查，已责令烧烤店安装油烟净化设备并于22点前停止营业。" });
        Assert.Equal("replied", order.Status);
        order = await api.ActAsync(order.Id, "review", new { pass = true });
        Assert.Equal("awaiting-callback", order.Status);
        order = await api.ActAsync(order.Id, "callback", new { solved = true, satisfaction = "satisfied", comment = "市民表示满意" });
        Assert.Equal("closed", order.Status);
        Assert.True(order.Callback.Solved);
        Assert.Equal("satisfied", order.Callback.Satisfaction);

        var stored = await api.GetAsync(order.Id);
        Assert.Equal(
            ["register", "dispatch", "accept", "extension-request", "extension-decision", "reply", "review", "callback"],
            stored.Events!.Select(e => e.Action));
        Assert.Equal(Enumerable.Range(1, 8), stored.Events!.Select(e => e.Sequence));
        Assert.Equal(unit, stored.Events![1].ToUnit!.Code);
        Assert.Equal("请核实处理", stored.Events[1].Comment);
        Assert.All(stored.Events!, e => Assert.Equal("admin", e.Actor));
        Assert.Equal(7, stored.Version); // registration is version 0; seven transitions followed
        Assert.Empty(stored.AllowedActions.Except(["reopen"]));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Return_ThenRedispatch_AndReviewReject_GoesBackToTheUnit(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var units = await DepartmentCodesAsync(api);

        var order = await api.RegisterAsync(WorkOrderApi.Complaint());
        order = await api.ActAsync(order.Id, "dispatch", new { unitCode = units[0] });
        order = await api.ActAsync(order.Id, "return", new { reason = "不属于本单位职责" });
        Assert.Equal("returned", order.Status);
        Assert.Null(order.LeadUnit);
        Assert.Equal(1, order.ReturnCount);

        order = await api.ActAsync(order.Id, "dispatch", new { unitCode = units[1], assistingUnitCodes = new[] { units[2] } });
        Assert.Equal(units[1], order.LeadUnit!.Code);
        Assert.Equal([units[2]], order.AssistingUnits.Select(u => u.Code));
        order = await api.ActAsync(order.Id, "accept", new { });
        order = await api.ActAsync(order.Id, "reply", new { answer = "已处理。" });
        order = await api.ActAsync(order.Id, "review", new { pass = false, comment = "答复过于简单，请补充处理过程" });
        Assert.Equal("accepted", order.Status);
        order = await api.ActAsync(order.Id, "reply", new { answer = "执法队员于3月2日到场，责令商户整改，已复查合格。" });
        order = await api.ActAsync(order.Id, "review", new { pass = true });
        order = await api.ActAsync(order.Id, "callback", new { solved = false, satisfaction = "unsatisfied" });
        Assert.Equal("reopened", order.Status);
        Assert.Equal(1, order.ReopenCount);
        order = await api.ActAsync(order.Id, "accept", new { });
        Assert.Equal("accepted", order.Status);
        Assert.Equal(units[1], order.LeadUnit!.Code);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task DirectAnswer_Merge_Withdraw_Close_AllEndTheOrder(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var unit = await FirstDepartmentCodeAsync(api);

        var consultation = await api.RegisterAsync(new { kind = "consultation", title = "社保卡补办需要什么材料", content = "请问社保卡丢了补办需要带什么材料，去哪里办？" });
        consultation = await api.ActAsync(consultation.Id, "direct-answer", new { answer = "携带身份证到任一社保服务网点即可补办。" });
        Assert.Equal("replied", consultation.Status);
        consultation = await api.ActAsync(consultation.Id, "review", new { pass = true });
        consultation = await api.ActAsync(consultation.Id, "close", new { comment = "咨询类直接答复，无需回访" });
        Assert.Equal("closed", consultation.Status);

        var first = await api.RegisterAsync(WorkOrderApi.Complaint());
        var duplicate = await api.RegisterAsync(WorkOrderApi.Complaint(title: "烧烤店油烟太大"));
        duplicate = await api.ActAsync(duplicate.Id, "merge", new { targetNumber = first.Number, comment = "同一诉求" });
        Assert.Equal("merged", duplicate.Status);
        Assert.Equal(first.Number, duplicate.MergedInto);

        var withdrawn = await api.RegisterAsync(WorkOrderApi.Complaint());
        withdrawn = await api.ActAsync(withdrawn.Id, "dispatch", new { unitCode = unit });
        withdrawn = await api.ActAsync(withdrawn.Id, "withdraw", new { reason = "市民来电表示问题已自行解决" });
        Assert.Equal("withdrawn", withdrawn.Status);
        Assert.Empty(withdrawn.AllowedActions);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Dispatch_WithoutUnit_UsesTheResponsibilityList(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var api = new WorkOrderApi(app.Client());
        var responsibility = (await api.Client.GetFromJsonAsync<ResponsibilityRow[]>("/api/v1/responsibilities", MinshengApp.Json))!
            .First(r => r.RegionCode is null);

        var order = await api.RegisterAsync(WorkOrderApi.Complaint(categoryCode: responsibility.CategoryCode));
        order = await api.ActAsync(order.Id, "dispatch", new { });

        Assert.Equal(responsibility.UnitCode, order.LeadUnit!.Code);
    }

    internal static async Task<string> FirstDepartmentCodeAsync(WorkOrderApi api) => (await DepartmentCodesAsync(api))[0];

    internal static async Task<string[]> DepartmentCodesAsync(WorkOrderApi api)
    {
        var units = await api.Client.GetFromJsonAsync<UnitRow[]>("/api/v1/units", MinshengApp.Json);
        return units!.Where(u => u.Kind == "department").Select(u => u.Code).ToArray();
    }

    internal sealed record UnitRow(long Id, string Code, string Name, string Kind);

    internal sealed record ResponsibilityRow(string CategoryCode, string? RegionCode, string UnitCode);
}
