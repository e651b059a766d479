using System.Net.Http.Headers;

namespace Minsheng.Server.Tests.Infrastructure;

/// <summary>Puts the user's current bearer token on every request.</summary>
internal sealed class SignedInHandler(MinshengApp app, string userName) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", app.TokenFor(userName));
        return base.SendAsync(request, cancellationToken);
    }
}
