using System.Net;
using MiniExcelLibs;
using Minsheng.Server.Tests.Accounts;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.WorkOrders;

/// <summary>
/// The order list as an Excel workbook (<c>export?format=xlsx</c>): the same filters, scope, masking and audit as the
/// CSV export, read back as a spreadsheet program would.
/// </summary>
public sealed class ExcelExportTests
{
    private const string Phone = "13812345678";
    private const string MaskedPhone = "138****5678";
    private const string Name = "王建国";
    private const string MaskedName = "王**";

    private static readonly string[] ChineseHeaders =
        ["编号", "类型", "紧急程度", "状态", "标题", "分类", "区域", "主办单位", "诉求人", "电话", "受理时间", "签收时限", "办结时限"];

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Xlsx_HasTheFilteredRows_WithChineseHeaders_AndMaskedPersonalData(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var town1 = (await AccountsTestData.TownshipsAsync(app))[0];
        var operatorApi = new WorkOrderApi(app.ClientAs("operator01"));
        var complaint = await operatorApi.RegisterAsync(Order("complaint", "=HYPERLINK(\"http://x\")油烟扰民", confidential: false));
        var confidential = await operatorApi.RegisterAsync(Order("complaint", "举报违规搭建", confidential: true));
        var consultation = await operatorApi.RegisterAsync(Order("consultation", "咨询社保缴费", confidential: false));
        foreach (var order in new[] { complaint, confidential, consultation })
        {
            await new WorkOrderApi(app.Client()).ActAsync(order.Id, "dispatch", new { unitCode = town1.Code });
        }

        var response = await operatorApi.Client.GetAsync("/api/v1/work-orders/export?format=xlsx&kind=complaint&sort=number");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(response));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("work-orders-20260302-1000.xlsx", disposition.FileName);
        Assert.Equal("工单导出-20260302-1000.xlsx", disposition.FileNameStar);
        var (headers, rows) = await ReadAsync(response);
        Assert.Equal(ChineseHeaders, headers);
        Assert.Equal([complaint.Number, confidential.Number], rows.Select(r => r["编号"]));
        var first = rows[0];
        Assert.Equal("投诉", first["类型"]);
        Assert.Equal("一般", first["紧急程度"]);
        Assert.Equal("=HYPERLINK(\"http://x\")油烟扰民", first["标题"]); // kept as text, not run as a formula
        Assert.Equal(MaskedName, first["诉求人"]);
        Assert.Equal(MaskedPhone, first["电话"]);
        Assert.Equal(new DateTime(2026, 3, 2, 10, 0, 0), first["受理时间"]);
        Assert.IsType<DateTime>(first["办结时限"]);
        Assert.Equal(MaskedPhone, rows[1]["电话"]); // hotline staff see a confidential requester masked, like everyone else
        AssertNoRawPersonalData(rows);

        // The export is audited with its format.
        var audit = Assert.Single(await AccountsTestData.AuditAsync(app, "action=export"));
        Assert.Equal("operator01", audit.GetProperty("actor").GetString());
        Assert.EndsWith("format=xlsx", audit.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Xlsx_FollowsEachUsersScope_AndHidesAConfidentialRequesterFromTheHandlingUnit(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var townships = await AccountsTestData.TownshipsAsync(app);
        var operatorApi = new WorkOrderApi(app.ClientAs("operator01"));
        var confidential = await operatorApi.RegisterAsync(Order("report", "举报邻居违规搭建", confidential: true));
        var open = await operatorApi.RegisterAsync(Order("help", "路灯不亮", confidential: false));
        var elsewhere = await operatorApi.RegisterAsync(Order("help", "井盖缺失", confidential: false));
        await new WorkOrderApi(app.Client()).ActAsync(confidential.Id, "dispatch", new { unitCode = townships[0].Code });
        await new WorkOrderApi(app.Client()).ActAsync(open.Id, "dispatch", new { unitCode = townships[0].Code });
        await new WorkOrderApi(app.Client()).ActAsync(elsewhere.Id, "dispatch", new { unitCode = townships[1].Code });

        var response = await app.ClientAs("handler_town1").GetAsync("/api/v1/work-orders/export?format=xlsx");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(response));
        var (_, rows) = await ReadAsync(response);
        Assert.Equal([confidential.Number, open.Number], rows.Select(r => (string)r["编号"]!).Order(StringComparer.Ordinal));
        var hidden = rows.Single(r => (string)r["编号"]! == confidential.Number);
        Assert.Null(hidden["诉求人"]);
        Assert.Null(hidden["电话"]);
        Assert.Equal(MaskedPhone, rows.Single(r => (string)r["编号"]! == open.Number)["电话"]);
        AssertNoRawPersonalData(rows);

        // A citizen may not export at all; a bad format is named.
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientAs("citizen01").GetAsync("/api/v1/work-orders/export?format=xlsx")).StatusCode);
        var bad = await app.Client().GetAsync("/api/v1/work-orders/export?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["format"], await WorkOrderApi.ErrorFieldsAsync(bad));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Xlsx_SpeaksEnglish_WhenTheUiDoes_AndAnEmptyListStillHasItsHeaders(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/work-orders/export?format=xlsx&status=closed");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var response = await app.Client().SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(response));
        Assert.Equal("work-orders-20260302-1000.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var (headers, rows) = await ReadAsync(response);
        Assert.Empty(rows);
        Assert.Equal("Number", headers[0]);
        Assert.Equal("Phone", headers[9]);
        Assert.Equal(ChineseHeaders.Length, headers.Count);
    }

    private static object Order(string kind, string title, bool confidential) => new
    {
        kind,
        channel = "phone",
        title,
        content = $"市民来电反映：{title}。联系电话 {Phone}。",
        requester = new { name = Name, phone = Phone, confidential },
    };

    private static void AssertNoRawPersonalData(IEnumerable<IDictionary<string, object?>> rows)
    {
        foreach (var cell in rows.SelectMany(r => r.Values).OfType<string>())
        {
            Assert.DoesNotContain(Phone, cell, StringComparison.Ordinal);
            Assert.DoesNotContain(Name, cell, StringComparison.Ordinal);
        }
    }

    /// <summary>The workbook's header row, and the rows below it by header, as MiniExcel reads them back.</summary>
    private static async Task<(IReadOnlyList<string> Headers, IReadOnlyList<IDictionary<string, object?>> Rows)> ReadAsync(HttpResponseMessage response)
    {
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var headerRow = (IDictionary<string, object?>)MiniExcel.Query(workbook, useHeaderRow: false, excelType: ExcelType.XLSX).First();
        var headers = headerRow.Values.Select(v => (string)v!).ToArray();
        workbook.Position = 0;
        var rows = MiniExcel.Query(workbook, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToArray();
        return (headers, rows);
    }
}
