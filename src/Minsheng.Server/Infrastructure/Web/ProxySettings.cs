using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Minsheng.Server.Infrastructure.Web;

/// <summary>
/// The reverse proxies (nginx, a load balancer) whose X-Forwarded-For / X-Forwarded-Proto Minsheng believes. Only these:
/// trusting the header from anyone would let a client pick its own address and dodge the per-client rate limits and
/// the audit log's address. Empty (the default) means Minsheng faces clients directly.
/// </summary>
public sealed class ProxySettings
{
    public const string Section = "ReverseProxy";

    /// <summary>Addresses of the proxies, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR form, e.g. <c>10.0.0.0/8</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool Any => KnownProxies.Length > 0 || KnownNetworks.Length > 0;

    public void ApplyTo(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{Section}:{nameof(KnownProxies)}: '{proxy}' is not an IP address."));
        }

        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{Section}:{nameof(KnownNetworks)}: '{network}' is not a network like 10.0.0.0/8."));
        }
    }
}
