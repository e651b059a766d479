namespace Minsheng.Server.Features.Open311;

/// <summary>Configuration section <c>Open311</c>: what the GeoReport v2 endpoint says about itself.</summary>
public sealed class Open311Settings
{
    public const string Section = "Open311";

    /// <summary>The one jurisdiction served; a request naming another gets 404. Suggested: the city's web domain.</summary>
    public string JurisdictionId { get; set; } = "minsheng.local";

    /// <summary>Who to contact about the endpoint (discovery <c>contact</c>).</summary>
    public string Contact { get; set; } = "12345 政务服务便民热线";

    /// <summary>How to get an API key (discovery <c>key_service</c>).</summary>
    public string KeyService { get; set; } = "API 密钥由系统管理员签发（POST /api/v1/api-keys），请联系热线中心。";

    /// <summary>When the service list or this endpoint last changed, sortable (discovery <c>changeset</c>).</summary>
    public string Changeset { get; set; } = "2026-11-29T00:00:00+08:00";

    /// <summary><c>production</c> or <c>test</c>.</summary>
    public string EndpointType { get; set; } = "production";

    /// <summary>The public base address of the endpoint, e.g. https://12345.example.gov.cn/open311/v2; default: from the request.</summary>
    public string? BaseUrl { get; set; }
}
