using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Open311;

/// <summary>
/// A civic app's whole conversation with a running Minsheng, over real HTTP on the loopback: discovery, services,
/// a service definition, POST, GET by id, and a filtered list, reading XML as FixMyStreet does and following the
/// URLs the server advertises.
/// </summary>
public sealed class Open311ClientFlowTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task CivicApp_DiscoversFilesAndFindsItsRequest_OverHttp(string engine)
    {
        Open311Schemas.Require();
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var server = MinshengHost.Create(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = engine,
                ["ConnectionStrings:Minsheng"] = database.ConnectionString,
                ["Demo:Enabled"] = "true",
                ["Demo:Orders"] = "0",
                ["Demo:UserPassword"] = MinshengApp.DemoPassword,
                ["Bootstrap:AdminPassword"] = MinshengApp.AdminPassword,
                ["Accounts:SignInPerMinute"] = "1000",
                ["Accounts:PublicPerMinute"] = "1000",
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await server.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            var address = new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            Assert.True(IPAddress.IsLoopback(IPAddress.Parse(address.Host)), address.ToString());
            using var http = new HttpClient { BaseAddress = address };
            var key = await IssueKeyAsync(http);

            // Discovery tells the client where the endpoint is and which formats it speaks.
            var discovery = await XmlAsync(http, "/open311/v2/discovery.xml");
            var endpoint = discovery.Root!.Element("endpoints")!.Element("endpoint")!;
            Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.Element("specification")!.Value);
            Assert.Contains("application/json", endpoint.Element("formats")!.Elements("format").Select(f => f.Value));
            var baseUrl = endpoint.Element("url")!.Value.TrimEnd('/');
            Assert.Equal(new Uri(address, "/open311/v2").ToString().TrimEnd('/'), baseUrl);

            // The services; the first that asks extra questions; its definition.
            var services = await XmlAsync(http, $"{baseUrl}/services.xml");
            var service = services.Root!.Elements("service").First(s => s.Element("metadata")!.Value == "true");
            var code = service.Element("service_code")!.Value;
            var definition = await XmlAsync(http, $"{baseUrl}/services/{code}.xml");
            Assert.Equal(code, definition.Root!.Element("service_code")!.Value);

            // Answer every required question with its first option, as a form would.
            var form = new List<KeyValuePair<string, string>>
            {
                new("api_key", key),
                new("jurisdiction_id", "minsheng.local"),
                new("service_code", code),
                new("lat", "28.8601"),
                new("long", "118.4555"),
                new("description", "title: 工地夜间施工\n\ndetail: 每晚十一点后还在打桩。\n\nSubmitted via a civic app"),
            };
            foreach (var attribute in definition.Root.Element("attributes")!.Elements("attribute")
                         .Where(a => a.Element("variable")!.Value == "true" && a.Element("required")!.Value == "true"))
            {
                var answer = attribute.Element("values")?.Elements("value").First().Element("key")!.Value ?? "1";
                form.Add(new($"attribute[{attribute.Element("code")!.Value}]", answer));
            }

            var posted = await http.PostAsync($"{baseUrl}/requests.xml", new FormUrlEncodedContent(form));
            var created = await Open311Api.ReadXmlAsync(posted, HttpStatusCode.OK, "POST requests.xml");
            var id = created.Root!.Element("request")!.Element("service_request_id")!.Value;

            // GET by id, in XML and JSON.
            var mine = await XmlAsync(http, $"{baseUrl}/requests/{id}.xml");
            var request = mine.Root!.Element("request")!;
            Assert.Equal(id, request.Element("service_request_id")!.Value);
            Assert.Equal("open", request.Element("status")!.Value);
            Assert.Equal(code, request.Element("service_code")!.Value);
            Assert.Equal(28.8601, double.Parse(request.Element("lat")!.Value, CultureInfo.InvariantCulture));
            var requested = DateTimeOffset.Parse(request.Element("requested_datetime")!.Value, CultureInfo.InvariantCulture);
            Assert.True((DateTimeOffset.UtcNow - requested).Duration() < TimeSpan.FromMinutes(5), $"requested {requested}");

            // The list a portal would show: this service, open, since an hour ago.
            var since = Uri.EscapeDataString(requested.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            var list = await http.GetAsync($"{baseUrl}/requests.json?service_code={code}&status=open&start_date={since}&page_size=50");
            var json = await Open311Api.ReadJsonAsync(list, HttpStatusCode.OK, "GET requests.json");
            Open311Schemas.AssertValid(Open311Schemas.Requests, json, "requests.json");
            Assert.Contains(id, Open311TestData.Ids(json!));
            var closedOnly = await Open311Api.ReadJsonAsync(await http.GetAsync($"{baseUrl}/requests.json?service_code={code}&status=closed"),
                HttpStatusCode.OK, "GET requests.json?status=closed");
            Assert.DoesNotContain(id, Open311TestData.Ids(closedOnly!));
        }
        finally
        {
            await server.StopAsync(TestContext.Current.CancellationToken);
        }
    }

    private static async Task<XDocument> XmlAsync(HttpClient http, string url) =>
        await Open311Api.ReadXmlAsync(await http.GetAsync(url), HttpStatusCode.OK, "GET " + url);

    /// <summary>An administrator signs in and issues a key, as one would for a partner's civic app.</summary>
    private static async Task<string> IssueKeyAsync(HttpClient http)
    {
        var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = MinshengApp.AdminPassword });
        Assert.True(token.StatusCode == HttpStatusCode.OK, await WorkOrderApi.Describe(token));
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/api-keys") { Content = JsonContent.Create(new { name = "市民随手拍 App" }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        var created = await http.SendAsync(request);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await WorkOrderApi.Describe(created));
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
    }
}
