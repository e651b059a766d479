using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Accounts;

/// <summary>Bearer tokens, the sign-in cookie, lockout after repeated failures, the sign-in rate limit, and TOTP two-factor.</summary>
public sealed class SignInTests
{
    private const string Password = MinshengApp.DemoPassword;

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task RepeatedWrongPasswords_LockTheAccount_AndAreAudited(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var anonymous = app.AnonymousClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await AccountsTestData.RequestTokenAsync(anonymous, "operator01", "wrong-password-" + attempt.ToString(CultureInfo.InvariantCulture));
            await AccountsTestData.AssertProblemAsync(wrong, HttpStatusCode.Unauthorized);
        }

        // The fifth failure is the one that locks: refused either way.
        var fifth = await AccountsTestData.RequestTokenAsync(anonymous, "operator01", "wrong-password-5");
        Assert.True(fifth.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Locked, await WorkOrderApi.Describe(fifth));

        var right = await AccountsTestData.RequestTokenAsync(anonymous, "operator01", Password);
        var problem = await AccountsTestData.AssertProblemAsync(right, HttpStatusCode.Locked);
        Assert.False(problem.TryGetProperty("accessToken", out _));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));

        // The cookie sign-in shares the lockout.
        var cookie = await app.AnonymousClient().PostAsJsonAsync("/api/v1/auth/login", new { userName = "operator01", password = Password });
        Assert.Equal(HttpStatusCode.Locked, cookie.StatusCode);
        Assert.False(cookie.Headers.Contains("Set-Cookie"));

        // Other accounts are not affected.
        Assert.Equal(HttpStatusCode.OK, (await AccountsTestData.RequestTokenAsync(anonymous, "dispatcher01", Password)).StatusCode);

        var userId = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == "operator01").Id));
        var failed = await AccountsTestData.AuditAsync(app, "action=sign-in-failed&actor=operator01");
        Assert.True(failed.Length >= 4, $"{failed.Length} sign-in-failed entries");
        Assert.All(failed, e => Assert.Equal($"user:{userId}", e.GetProperty("target").GetString()));
        Assert.All(failed, e => Assert.Equal("sign-in-failed", e.GetProperty("action").GetString()));
        Assert.All(failed, e => Assert.DoesNotContain("wrong-password", e.GetProperty("detail").GetString() ?? string.Empty, StringComparison.Ordinal));
        var locked = await AccountsTestData.AuditAsync(app, "action=sign-in-locked");
        Assert.NotEmpty(locked);
        Assert.All(locked, e => Assert.Equal("operator01", e.GetProperty("actor").GetString()));
        Assert.All(locked, e => Assert.Equal($"user:{userId}", e.GetProperty("target").GetString()));

        var user = await app.Client().GetFromJsonAsync<JsonElement>($"/api/v1/users/{userId}");
        Assert.True(user.GetProperty("lockedOut").GetBoolean());

        // An unknown user name is audited too, and answers exactly like a wrong password.
        var unknown = await AccountsTestData.RequestTokenAsync(anonymous, "nobody-here", Password);
        var unknownProblem = await AccountsTestData.AssertProblemAsync(unknown, HttpStatusCode.Unauthorized);
        var wrongProblem = await AccountsTestData.AssertProblemAsync(
            await AccountsTestData.RequestTokenAsync(anonymous, "dispatcher01", "not-the-password1"), HttpStatusCode.Unauthorized);
        Assert.Equal(wrongProblem.GetProperty("detail").GetString(), unknownProblem.GetProperty("detail").GetString());
        Assert.Single(await AccountsTestData.AuditAsync(app, "action=sign-in-failed&actor=nobody-here"));
    }

    [Fact]
    public async Task SignIn_IsRateLimited_With429AndRetryAfter()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite, settings: new Dictionary<string, string> { ["Accounts:SignInPerMinute"] = "3" });
        var anonymous = app.AnonymousClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await AccountsTestData.RequestTokenAsync(anonymous, "nobody", "guess" + i.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        var limited = await AccountsTestData.RequestTokenAsync(anonymous, "operator01", Password);

        await AccountsTestData.AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        var retryAfter = Assert.Single(limited.Headers.GetValues("Retry-After"));
        Assert.True(int.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0,
            $"Retry-After: {retryAfter}");
        Assert.True(seconds <= 60, $"Retry-After: {retryAfter}");

        // The cookie sign-in is the same door, and a new client from the same address does not get round it.
        Assert.Equal(HttpStatusCode.TooManyRequests,
            (await app.AnonymousClient().PostAsJsonAsync("/api/v1/auth/login", new { userName = "operator01", password = Password })).StatusCode);

        // Rejected before the password check: nothing audited beyond the three attempts.
        var audited = await app.WithDbAsync(db => Task.FromResult(db.AuditEntries.Select(e => e.Action).ToList()));
        Assert.Equal(3, audited.Count(a => a.StartsWith("sign-in", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PublicStatusLookup_IsRateLimited()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite, settings: new Dictionary<string, string> { ["Accounts:PublicPerMinute"] = "2" });
        var order = await new WorkOrderApi(app.ClientAs("operator01")).RegisterAsync(WorkOrderApi.Complaint());
        var anonymous = app.AnonymousClient();
        var url = $"/api/v1/public/work-orders/{order.Number}?phone=5678";

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        var limited = await anonymous.GetAsync(url);

        await AccountsTestData.AssertProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(Assert.Single(limited.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture) > 0);

        // Staff are not limited.
        Assert.Equal(HttpStatusCode.OK, (await app.ClientAs("operator01").GetAsync($"/api/v1/work-orders/{order.Id}")).StatusCode);
    }

    [Fact]
    public async Task BearerToken_AuthenticatesMe_AndExpires()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        var town1 = (await AccountsTestData.TownshipsAsync(app))[0];
        var anonymous = app.AnonymousClient();

        var response = await AccountsTestData.RequestTokenAsync(anonymous, "handler_town1", Password);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(response));
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        var accessToken = token.GetProperty("accessToken").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(accessToken));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddHours(8), token.GetProperty("expiresAt").GetDateTime().ToUniversalTime(), TimeSpan.FromMinutes(1));

        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal("handler_town1", me.GetProperty("userName").GetString());
        Assert.Equal(["handler"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal([town1.Code], me.GetProperty("unitCodes").EnumerateArray().Select(r => r.GetString()));
        Assert.False(me.GetProperty("canSeePersonalData").GetBoolean());
        Assert.False(me.GetProperty("twoFactorEnabled").GetBoolean());

        var operatorMe = await app.ClientAs("operator01").GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal(["operator"], operatorMe.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Empty(operatorMe.GetProperty("unitCodes").EnumerateArray());
        Assert.True(operatorMe.GetProperty("canSeePersonalData").GetBoolean());

        // Past its lifetime (8 hours) the token is refused.
        app.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task GarbageOrMissingCredentials_Answer401()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        foreach (var authorization in new[] { "Bearer garbage", "Bearer " + new string('A', 300), "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x" })
        {
            var client = app.AnonymousClient();
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/auth/me")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/work-orders")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/v1/auth/me")).StatusCode);

        // Missing fields: a 400 with the fields, not a 500.
        var empty = await app.AnonymousClient().PostAsJsonAsync("/api/v1/auth/token", new { });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("userName", await WorkOrderApi.ErrorFieldsAsync(empty), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CookieSignIn_IsHttpOnlyAndStrict_AndLogoutEndsIt()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);

        var wrong = await browser.PostAsJsonAsync("/api/v1/auth/login", new { userName = "operator01", password = "not-the-password1" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.False(wrong.Headers.Contains("Set-Cookie"));

        var login = await browser.PostAsJsonAsync("/api/v1/auth/login", new { userName = "operator01", password = Password });

        Assert.True(login.IsSuccessStatusCode, await WorkOrderApi.Describe(login));
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("minsheng.auth=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Select(a => a.Trim().ToLowerInvariant()).ToArray();
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);

        var me = await browser.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal("operator01", me.GetProperty("userName").GetString());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/work-orders")).StatusCode);

        var logout = await browser.PostAsync("/api/v1/auth/logout", null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        var cleared = Assert.Single(logout.Headers.GetValues("Set-Cookie"), c => c.StartsWith("minsheng.auth=", StringComparison.Ordinal));
        Assert.Contains("expires=thu, 01 jan 1970", cleared.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/work-orders")).StatusCode);
    }

    /// <remarks>
    /// Codes are checked against the app's <see cref="TimeProvider"/> (<c>AuthenticatorCodes</c>), so the tests compute
    /// them from <see cref="MinshengApp"/>'s fake clock (2 March 2026), months away from the real time.
    /// </remarks>
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task TwoFactor_OnceEnabled_TheTokenNeedsTheCode(string engine)
    {
        await using var app = await MinshengApp.StartAsync(engine);
        var client = app.ClientAs("operator01");

        var setupResponse = await client.PostAsync("/api/v1/account/2fa/setup", null);
        Assert.True(setupResponse.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(setupResponse));
        var setup = await setupResponse.Content.ReadFromJsonAsync<JsonElement>();
        var key = setup.GetProperty("sharedKey").GetString()!;
        Assert.Matches("^[A-Z2-7]{16,}$", key);
        Assert.StartsWith("otpauth://totp/", setup.GetProperty("authenticatorUri").GetString(), StringComparison.Ordinal);
        Assert.Contains("secret=" + key, setup.GetProperty("authenticatorUri").GetString(), StringComparison.Ordinal);

        // A wrong code does not enable it.
        var badCode = await client.PostAsJsonAsync("/api/v1/account/2fa/enable", new { code = WrongCode(key, app.Clock.GetUtcNow()) });
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.Contains("code", await WorkOrderApi.ErrorFieldsAsync(badCode));
        Assert.Equal(HttpStatusCode.OK, (await AccountsTestData.RequestTokenAsync(app.AnonymousClient(), "operator01", Password)).StatusCode);

        var enable = await client.PostAsJsonAsync("/api/v1/account/2fa/enable", new { code = Totp.Code(key, app.Clock.GetUtcNow()) });
        Assert.True(enable.StatusCode == HttpStatusCode.NoContent, await WorkOrderApi.Describe(enable));
        Assert.True((await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me")).GetProperty("twoFactorEnabled").GetBoolean());
        Assert.Single(await AccountsTestData.AuditAsync(app, "action=two-factor-enabled"));

        var withoutCode = await AccountsTestData.RequestTokenAsync(app.AnonymousClient(), "operator01", Password);
        var problem = await AccountsTestData.AssertProblemAsync(withoutCode, HttpStatusCode.Unauthorized);
        Assert.True(problem.GetProperty("twoFactorRequired").GetBoolean());

        var wrongCode = await AccountsTestData.RequestTokenAsync(app.AnonymousClient(), "operator01", Password, WrongCode(key, app.Clock.GetUtcNow()));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);

        var withCode = await AccountsTestData.RequestTokenAsync(app.AnonymousClient(), "operator01", Password, Totp.Code(key, app.Clock.GetUtcNow()));
        Assert.True(withCode.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(withCode));
        Assert.False(string.IsNullOrEmpty((await withCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()));

        // The cookie sign-in asks for it too.
        var cookieWithoutCode = await app.AnonymousClient().PostAsJsonAsync("/api/v1/auth/login", new { userName = "operator01", password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, cookieWithoutCode.StatusCode);

        // A wrong password is refused before the code is even asked for.
        var wrongPassword = await AccountsTestData.RequestTokenAsync(app.AnonymousClient(), "operator01", "not-the-password1", Totp.Code(key, app.Clock.GetUtcNow()));
        var wrongPasswordProblem = await AccountsTestData.AssertProblemAsync(wrongPassword, HttpStatusCode.Unauthorized);
        Assert.False(wrongPasswordProblem.TryGetProperty("twoFactorRequired", out _));

        // Turned off again: the password alone is enough.
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/v1/account/2fa/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AccountsTestData.RequestTokenAsync(app.AnonymousClient(), "operator01", Password)).StatusCode);
    }

    /// <summary>
    /// A user with two-factor on who sometimes forgets the code, but then signs in properly each time, must not
    /// drift into a lockout: a complete sign-in (password and code) clears the failure count, as Identity's own
    /// two-factor sign-in does.
    /// </summary>
    [Fact]
    public async Task TwoFactor_ACompleteSignIn_ResetsTheFailureCount()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        var client = app.ClientAs("operator01");
        var key = (await (await client.PostAsync("/api/v1/account/2fa/setup", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("sharedKey").GetString()!;
        Assert.Equal(HttpStatusCode.NoContent,
            (await client.PostAsJsonAsync("/api/v1/account/2fa/enable", new { code = Totp.Code(key, app.Clock.GetUtcNow()) })).StatusCode);

        for (var round = 1; round <= 6; round++)
        {
            var forgot = await AccountsTestData.RequestTokenAsync(app.AnonymousClient(), "operator01", Password);
            Assert.True(forgot.StatusCode == HttpStatusCode.Unauthorized, $"round {round}, without code: {await WorkOrderApi.Describe(forgot)}");
            var signedIn = await AccountsTestData.RequestTokenAsync(app.AnonymousClient(), "operator01", Password, Totp.Code(key, app.Clock.GetUtcNow()));
            Assert.True(signedIn.StatusCode == HttpStatusCode.OK, $"round {round}, with code: {await WorkOrderApi.Describe(signedIn)}");
        }
    }

    [Fact]
    public async Task TwoFactor_TheCodeFollowsTheAppsClock_WithTwoStepsOfDriftEitherSide()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        var client = app.ClientAs("operator01");
        var key = (await (await client.PostAsync("/api/v1/account/2fa/setup", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("sharedKey").GetString()!;
        var now = app.Clock.GetUtcNow();

        Assert.Equal(HttpStatusCode.BadRequest,
            (await client.PostAsJsonAsync("/api/v1/account/2fa/enable", new { code = Totp.Code(key, DateTimeOffset.UtcNow) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await client.PostAsJsonAsync("/api/v1/account/2fa/enable", new { code = Totp.Code(key, now.AddSeconds(-90)) })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent,
            (await client.PostAsJsonAsync("/api/v1/account/2fa/enable", new { code = Totp.Code(key, now.AddSeconds(-60)) })).StatusCode);

        var code = Totp.Code(key, now);
        Assert.Equal(HttpStatusCode.OK, (await AccountsTestData.RequestTokenAsync(app.AnonymousClient(), "operator01", Password, code)).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountsTestData.RequestTokenAsync(app.AnonymousClient(), "operator01", Password, code)).StatusCode);
    }

    [Fact]
    public void Totp_MatchesTheRfc6238TestVector()
    {
        // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 (8 digits), so 287082 with 6.
        var key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // base32 of "12345678901234567890"
        Assert.Equal("12345678901234567890", System.Text.Encoding.ASCII.GetString(Totp.FromBase32(key)));
        Assert.Equal("287082", Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(59)));
        Assert.Equal("081804", Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(1111111109)));
    }

    /// <summary>A six-digit code that is none of the codes accepted at <paramref name="now"/> (±2 steps).</summary>
    private static string WrongCode(string key, DateTimeOffset now)
    {
        var valid = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, now.AddSeconds(step * 30))).ToHashSet(StringComparer.Ordinal);
        for (var candidate = 0; ; candidate++)
        {
            var code = candidate.ToString("D6", CultureInfo.InvariantCulture);
            if (!valid.Contains(code))
            {
                return code;
            }
        }
    }
}
