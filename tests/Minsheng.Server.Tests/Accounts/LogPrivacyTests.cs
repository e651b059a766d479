using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Minsheng.Core.Privacy;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Accounts;

/// <summary>
/// Personal data never reaches the application's logs. Every <see cref="MinshengApp"/> sends its whole log output,
/// down to Trace (EF Core commands, ASP.NET Core routing and authentication), to <see cref="LogCapture"/>.
/// </summary>
public sealed partial class LogPrivacyTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task FullOrderLife_WithPersonalData_LeavesNoneInTheLogs(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var phone = PersonalNumbers.UniqueMobile();
        var otherPhone = PersonalNumbers.UniqueMobile();
        var idCard = PersonalNumbers.IdEndingInX();
        var bankCard = PersonalNumbers.LuhnCard();
        var name = "诸葛" + UniqueHanzi() + UniqueHanzi();
        var secrets = new[] { phone, otherPhone, PersonalNumbers.Hyphenated(phone), idCard, bankCard, PersonalNumbers.Grouped(bankCard), name };
        var town1 = (await AccountsTestData.TownshipsAsync(app))[0];

        // Failed sign-ins, one of them with the phone number as the user name (people do that).
        var anonymous = app.AnonymousClient();
        await AccountsTestData.RequestTokenAsync(anonymous, phone, "Wrong2026pw");
        await AccountsTestData.RequestTokenAsync(anonymous, "operator01", idCard);
        await AccountsTestData.RequestTokenAsync(anonymous, name, "Wrong2026pw");

        var operatorApi = new WorkOrderApi(app.ClientAs("operator01"));
        var body = new
        {
            kind = "complaint",
            channel = "phone",
            title = $"{name}反映补贴未到账",
            content = $"{name}，手机{PersonalNumbers.Hyphenated(phone)}，身份证{idCard}，银行卡{PersonalNumbers.Grouped(bankCard)}，补贴一直没到账。",
            requester = new { name, phone },
            location = new { address = $"城关镇幸福小区3栋 {name}家" },
        };
        var order = await operatorApi.RegisterAsync(body, idempotencyKey: "log-test-" + Guid.NewGuid().ToString("N"));

        // Bad requests with the personal data in them: answered 400, not 500.
        var badPhone = await operatorApi.PostRegisterAsync(new { kind = "complaint", title = "t", content = "c", requester = new { name, phone = phone + "转" + idCard } });
        Assert.Equal(HttpStatusCode.BadRequest, badPhone.StatusCode);
        var badJson = await operatorApi.Client.PostAsync("/api/v1/work-orders",
            new StringContent($"{{\"kind\":\"complaint\",\"title\":\"{name}\",\"content\":\"{phone}\",\"callbackRequired\":\"{phone}\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        var broken = await operatorApi.Client.PostAsync("/api/v1/work-orders",
            new StringContent($"{{\"kind\":\"complaint\",\"title\":\"{name}\",\"content\":{phone}{idCard}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);

        // The order's life, with personal data in the comments and the reply.
        var dispatcher = new WorkOrderApi(app.ClientAs("dispatcher01"));
        await dispatcher.ActAsync(order.Id, "dispatch", new { unitCode = town1.Code, comment = $"请联系{name} {phone}" });
        var handler = new WorkOrderApi(app.ClientAs("handler_town1"));
        await handler.ActAsync(order.Id, "accept", new { });
        var stale = await handler.PostActionAsync(order.Id, "accept", new { comment = phone });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        await handler.ActAsync(order.Id, "reply", new { answer = $"已核实{name}的补贴，已转入尾号{bankCard[^4..]}的银行卡，联系电话{otherPhone}。" });
        await new WorkOrderApi(app.ClientAs("supervisor01")).ActAsync(order.Id, "review", new { pass = true, comment = $"已电话{phone}回访" });
        await operatorApi.ActAsync(order.Id, "callback", new { solved = true, satisfaction = "satisfied", comment = $"{name}表示满意" });

        // Reading it every way, unmasking it, exporting it, looking it up in public, searching for it.
        await operatorApi.GetAsync(order.Id);
        Assert.Equal(HttpStatusCode.OK, (await operatorApi.Client.PostAsync($"/api/v1/work-orders/{order.Id}/personal-data", null)).StatusCode);
        await operatorApi.Client.GetStringAsync("/api/v1/work-orders/export");
        await operatorApi.ListAsync("q=" + Uri.EscapeDataString("补贴"));
        await anonymous.GetAsync($"/api/v1/public/work-orders/{order.Number}?phone={phone[^4..]}");
        await AccountsTestData.AuditAsync(app, "action=unmask");

        var captured = LogCapture.Of(app.LogSource);
        Assert.True(captured.Count > 50, $"only {captured.Count} log entries captured: is the capture wired up?");
        Assert.Contains(captured, e => e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) && e.Level <= Microsoft.Extensions.Logging.LogLevel.Debug);
        Assert.Contains(captured, e => e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        foreach (var entry in captured)
        {
            foreach (var secret in secrets)
            {
                Assert.False(entry.Text.Contains(secret, StringComparison.Ordinal), $"personal data \"{secret}\" in the log: {entry}");
            }

            Assert.False(MobileRegex().IsMatch(entry.Scannable), $"a mobile number in the log: {entry}");
            Assert.False(IdNumberRegex().IsMatch(entry.Scannable), $"an ID number in the log: {entry}");
            Assert.Equal(PersonalDataKinds.None, PersonalDataMasker.Detect(entry.Scannable));
        }

        // And nothing in the output of any other app of this test run so far.
        var flagged = LogCapture.Flagged;
        Assert.True(flagged.Count == 0, "personal numbers in the logs:\n" + string.Join("\n", flagged.Take(10)));
    }

    [Fact]
    public async Task Capture_SeesEveryLevel_AndExceptions()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        await app.ClientAs("operator01").GetAsync("/api/v1/work-orders");

        var captured = LogCapture.Of(app.LogSource);
        Assert.Contains(captured, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Trace || e.Level == Microsoft.Extensions.Logging.LogLevel.Debug);
        Assert.Contains(captured, e => e.Category == "Microsoft.EntityFrameworkCore.Database.Command");
        Assert.True(LogCapture.Total >= captured.Count);
    }

    /// <summary>A CJK character from a block names rarely use, so the name is this test's own.</summary>
    private static char UniqueHanzi() => (char)RandomNumberGenerator.GetInt32(0x9F00, 0x9FA0);

    /// <summary>A mainland mobile number standing alone (not inside a longer run of digits).</summary>
    [GeneratedRegex("(?<![0-9])1[3-9][0-9]{9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MobileRegex();

    /// <summary>17 digits and a digit or X standing alone.</summary>
    [GeneratedRegex("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumberRegex();
}
