using System.Security.Claims;

namespace Minsheng.Server.Features.Open311;

/// <summary>Who is posting: the API key's owner, as a principal, and the key's id (for the audit log).</summary>
internal sealed record Open311Caller(ClaimsPrincipal Principal, long ApiKeyId);
