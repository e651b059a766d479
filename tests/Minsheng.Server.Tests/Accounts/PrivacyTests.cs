using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minsheng.Server.Features.WorkOrders;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Accounts;

/// <summary>
/// Requester data through the API: masked for staff by default (name, phone, and phone/ID/bank-card numbers inside
/// the text), full only through the audited unmasking, hidden from handling units when the requester asked for
/// confidentiality, and full for the citizen who registered the order.
/// </summary>
public sealed class PrivacyTests
{
    private const string Name = "王建国";
    private const string MaskedName = "王**";
    private const string Phone = "13812345678";
    private const string MaskedPhone = "138****5678";

    /// <summary>The personal numbers of one order's text, as people write them.</summary>
    private sealed record Numbers(string Mobile, string IdCard, string BankCard)
    {
        public static Numbers Create() => new(PersonalNumbers.UniqueMobile(), PersonalNumbers.IdEndingInX(), PersonalNumbers.LuhnCard());

        public string Content =>
            $"本人手机{PersonalNumbers.Hyphenated(Mobile)}，身份证号{IdCard}，补贴打到银行卡{PersonalNumbers.Grouped(BankCard)}后一直没到账，请核实。";

        /// <summary>Every way the raw numbers could show through: as written, without separators, the ID's birth date and sequence.</summary>
        public string[] RawForms =>
        [
            Mobile, PersonalNumbers.Hyphenated(Mobile), Mobile[3..7] + "-" + Mobile[7..],
            IdCard, IdCard[6..14],
            BankCard, PersonalNumbers.Grouped(BankCard), BankCard[4..12], PersonalNumbers.Grouped(BankCard)[5..14],
        ];
    }

    [Fact]
    public void TestData_IsValid()
    {
        // The GB 11643 example number, and the generators themselves.
        Assert.Equal('X', PersonalNumbers.IdCheckCharacter("11010519491231002"));
        var id = PersonalNumbers.IdEndingInX();
        Assert.Equal(18, id.Length);
        Assert.Equal('X', PersonalNumbers.IdCheckCharacter(id[..17]));
        Assert.Equal('X', id[^1]);
        Assert.True(PersonalNumbers.PassesLuhn("4111111111111111"));
        Assert.False(PersonalNumbers.PassesLuhn("4111111111111112"));
        var card = PersonalNumbers.LuhnCard();
        Assert.Equal(16, card.Length);
        Assert.True(PersonalNumbers.PassesLuhn(card));
        Assert.Matches("^139[0-9]{8}$", PersonalNumbers.UniqueMobile());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Staff_SeeMaskedData_InDetailListExportAndTimeline(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var numbers = Numbers.Create();
        var replyMobile = PersonalNumbers.UniqueMobile();
        var town1 = (await AccountsTestData.TownshipsAsync(app))[0];
        var operatorApi = new WorkOrderApi(app.ClientAs("operator01"));
        var order = await operatorApi.RegisterAsync(new
        {
            kind = "complaint",
            channel = "phone",
            title = $"市民{numbers.Mobile}反映补贴未到账",
            content = numbers.Content,
            requester = new { name = Name, phone = Phone },
        });
        await new WorkOrderApi(app.ClientAs("dispatcher01")).ActAsync(order.Id, "dispatch",
            new { unitCode = town1.Code, comment = $"请与市民联系 {numbers.Mobile}" });
        var handler = new WorkOrderApi(app.ClientAs("handler_town1"));
        await handler.ActAsync(order.Id, "accept", new { });
        await handler.ActAsync(order.Id, "reply", new { answer = $"已核实，补贴已重新发放至尾号{numbers.BankCard[^4..]}的卡，经办人电话 {replyMobile}。" });

        // Detail.
        var response = await operatorApi.Client.GetAsync($"/api/v1/work-orders/{order.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var detail = JsonSerializer.Deserialize<WorkOrderDto>(body, MinshengApp.Json)!;
        Assert.Equal(MaskedName, detail.Requester.Name);
        Assert.Equal(MaskedPhone, detail.Requester.Phone);
        Assert.Contains(PersonalNumbers.MaskedMobile(numbers.Mobile), detail.Content, StringComparison.Ordinal);
        Assert.Contains(PersonalNumbers.MaskedMobile(numbers.Mobile), detail.Title, StringComparison.Ordinal);
        Assert.Contains(PersonalNumbers.MaskedMobile(replyMobile), detail.Answer, StringComparison.Ordinal);
        Assert.Contains("补贴打到银行卡", detail.Content, StringComparison.Ordinal); // the text around the numbers stays
        AssertNoneOf(body, [.. numbers.RawForms, replyMobile, Phone, Name], "detail");

        // List (title only).
        var list = await operatorApi.Client.GetStringAsync("/api/v1/work-orders?pageSize=100");
        Assert.Contains(PersonalNumbers.MaskedMobile(numbers.Mobile), list, StringComparison.Ordinal);
        AssertNoneOf(list, [.. numbers.RawForms, Phone, Name], "list");

        // Export.
        var csv = await operatorApi.Client.GetStringAsync("/api/v1/work-orders/export");
        Assert.Contains(MaskedPhone, csv, StringComparison.Ordinal);
        Assert.Contains(MaskedName, csv, StringComparison.Ordinal);
        AssertNoneOf(csv, [.. numbers.RawForms, Phone, Name], "export");

        // The handling unit sees the same masked view.
        var handlerBody = await handler.Client.GetStringAsync($"/api/v1/work-orders/{order.Id}");
        AssertNoneOf(handlerBody, [.. numbers.RawForms, replyMobile, Phone, Name], "handler detail");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Unmasking_ShowsTheFullData_AndIsAudited(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var numbers = Numbers.Create();
        var operatorClient = app.ClientAs("operator01");
        var order = await new WorkOrderApi(operatorClient).RegisterAsync(new
        {
            kind = "complaint",
            title = "补贴未到账",
            content = numbers.Content,
            requester = new { name = Name, phone = Phone },
        });
        var town1 = (await AccountsTestData.TownshipsAsync(app))[0];
        await new WorkOrderApi(app.Client()).ActAsync(order.Id, "dispatch", new { unitCode = town1.Code });
        Assert.Empty(await AccountsTestData.AuditAsync(app, "action=unmask"));

        var response = await operatorClient.PostAsync($"/api/v1/work-orders/{order.Id}/personal-data", null);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(response));
        var full = (await response.Content.ReadFromJsonAsync<PersonalDataDto>(MinshengApp.Json))!;
        Assert.Equal(Name, full.Requester.Name);
        Assert.Equal(Phone, full.Requester.Phone);
        Assert.Equal(numbers.Content, full.Content);
        var entries = await AccountsTestData.AuditAsync(app, "action=unmask");
        var entry = Assert.Single(entries);
        Assert.Equal("unmask", entry.GetProperty("action").GetString());
        Assert.Equal("operator01", entry.GetProperty("actor").GetString());
        Assert.Equal($"work-order:{order.Id}", entry.GetProperty("target").GetString());
        Assert.Single(await AccountsTestData.AuditAsync(app, $"target=work-order:{order.Id}&action=unmask"));

        // Every unmasking is a new entry; the detail page stays masked afterwards.
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.PostAsync($"/api/v1/work-orders/{order.Id}/personal-data", null)).StatusCode);
        Assert.Equal(2, (await AccountsTestData.AuditAsync(app, "action=unmask")).Length);
        Assert.Equal(MaskedPhone, (await new WorkOrderApi(operatorClient).GetAsync(order.Id)).Requester.Phone);

        // Roles without the permission: refused, and nothing is audited. handler_town1 even has the order in scope.
        foreach (var user in new[] { "handler_town1", "gridworker01", "analyst01", "citizen01" })
        {
            var refused = await app.ClientAs(user).PostAsync($"/api/v1/work-orders/{order.Id}/personal-data", null);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{user}: {await WorkOrderApi.Describe(refused)}");
        }

        Assert.Equal(HttpStatusCode.Unauthorized,
            (await app.AnonymousClient().PostAsync($"/api/v1/work-orders/{order.Id}/personal-data", null)).StatusCode);
        Assert.Equal(2, (await AccountsTestData.AuditAsync(app, "action=unmask")).Length);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task ConfidentialRequester_IsHiddenFromTheHandlingUnit(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var town1 = (await AccountsTestData.TownshipsAsync(app))[0];
        var operatorApi = new WorkOrderApi(app.ClientAs("operator01"));
        var order = await operatorApi.RegisterAsync(new
        {
            kind = "report",
            title = "举报邻居违规搭建",
            content = "隔壁院子违规搭建三层彩钢房，请核查。",
            requester = new { name = Name, phone = Phone, confidential = true },
            location = new { address = "城关镇幸福小区" },
        });
        await new WorkOrderApi(app.Client()).ActAsync(order.Id, "dispatch", new { unitCode = town1.Code });

        var handler = new WorkOrderApi(app.ClientAs("handler_town1"));
        var seen = await handler.GetAsync(order.Id);
        Assert.Null(seen.Requester.Name);
        Assert.Null(seen.Requester.Phone);
        Assert.True(seen.Requester.Confidential);
        var export = await handler.Client.GetStringAsync("/api/v1/work-orders/export");
        Assert.Contains(order.Number, export, StringComparison.Ordinal);
        AssertNoneOf(export, [Phone, MaskedPhone, Name, MaskedName], "handler export");
        AssertNoneOf(await handler.Client.GetStringAsync($"/api/v1/work-orders/{order.Id}"), [Phone, MaskedPhone, Name, MaskedName], "handler detail");

        // Hotline staff still see the usual masked values.
        var staff = await operatorApi.GetAsync(order.Id);
        Assert.Equal(MaskedName, staff.Requester.Name);
        Assert.Equal(MaskedPhone, staff.Requester.Phone);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Citizen_SeesTheirOwnOrderUnmasked(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var mobile = PersonalNumbers.UniqueMobile();
        var content = $"我家门口路灯坏了一个月，联系电话 {PersonalNumbers.Hyphenated(mobile)}。";
        var citizen = new WorkOrderApi(app.ClientAs("citizen01"));
        var order = await citizen.RegisterAsync(new
        {
            kind = "help",
            channel = "web",
            title = "路灯不亮",
            content,
            requester = new { name = "张三丰", phone = mobile },
        });

        var own = await citizen.GetAsync(order.Id);
        Assert.Equal("张三丰", own.Requester.Name);
        Assert.Equal(mobile, own.Requester.Phone);
        Assert.Equal(content, own.Content);

        var staff = await new WorkOrderApi(app.ClientAs("operator01")).GetAsync(order.Id);
        Assert.Equal("张**", staff.Requester.Name);
        Assert.Equal(PersonalNumbers.MaskedMobile(mobile), staff.Requester.Phone);
        Assert.DoesNotContain(PersonalNumbers.Hyphenated(mobile), staff.Content, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task PublicStatusLookup_NeedsNumberAndPhoneDigits_AndShowsNothingPersonal(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var town1 = (await AccountsTestData.TownshipsAsync(app))[0];
        var admin = new WorkOrderApi(app.Client());
        var order = await admin.RegisterAsync(new
        {
            kind = "complaint",
            title = "小区楼下烧烤店油烟扰民",
            content = $"油烟很大，请处理。我的电话 {Phone}。",
            requester = new { name = Name, phone = Phone },
        });
        order = await admin.ActAsync(order.Id, "dispatch", new { unitCode = town1.Code });
        order = await admin.ActAsync(order.Id, "accept", new { });
        order = await admin.ActAsync(order.Id, "reply", new { answer = "已处理，如有问题请拨打 0579-87654321。" });
        order = await admin.ActAsync(order.Id, "review", new { pass = true });
        var anonymous = app.AnonymousClient();

        var response = await anonymous.GetAsync($"/api/v1/public/work-orders/{order.Number}?phone={Phone[^4..]}");

        Assert.True(response.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(response));
        var body = await response.Content.ReadAsStringAsync();
        using (var document = JsonDocument.Parse(body))
        {
            var root = document.RootElement;
            Assert.Equal(order.Number, root.GetProperty("number").GetString());
            Assert.Equal("awaiting-callback", root.GetProperty("status").GetString());
            Assert.False(string.IsNullOrEmpty(root.GetProperty("statusName").GetString()));
            var steps = root.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()!).ToArray();
            Assert.Equal(["register", "dispatch", "accept", "reply", "review"], steps);
        }

        AssertNoneOf(body, [Name, MaskedName, Phone, MaskedPhone, "requester", "油烟很大"], "public status");
        Assert.DoesNotContain("87654321", body, StringComparison.Ordinal); // the answer is shown, with numbers masked

        // Wrong digits or a number that does not exist: the same 404. Not four digits: 400.
        var wrong = await anonymous.GetAsync($"/api/v1/public/work-orders/{order.Number}?phone=1234");
        var wrongProblem = await AccountsTestData.AssertProblemAsync(wrong, HttpStatusCode.NotFound);
        var missing = await anonymous.GetAsync($"/api/v1/public/work-orders/20991231-999999?phone={Phone[^4..]}");
        var missingProblem = await AccountsTestData.AssertProblemAsync(missing, HttpStatusCode.NotFound);
        Assert.Equal(wrongProblem.GetProperty("title").GetString(), missingProblem.GetProperty("title").GetString());
        Assert.Equal(wrongProblem.GetProperty("detail").GetString(), missingProblem.GetProperty("detail").GetString());
        var letters = await anonymous.GetAsync($"/api/v1/public/work-orders/{order.Number}?phone=abcd");
        await AccountsTestData.AssertProblemAsync(letters, HttpStatusCode.BadRequest);
        Assert.Contains("phone", await WorkOrderApi.ErrorFieldsAsync(letters));
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync($"/api/v1/public/work-orders/{order.Number}")).StatusCode);
    }

    private static void AssertNoneOf(string text, IEnumerable<string> values, string where)
    {
        foreach (var value in values)
        {
            Assert.False(text.Contains(value, StringComparison.Ordinal), $"{where} shows \"{value}\": {text}");
        }
    }
}
