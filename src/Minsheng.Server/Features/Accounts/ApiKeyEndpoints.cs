using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Accounts;

/// <summary>Administrators issue API keys for machine clients; the secret is shown once; keys are revocable.</summary>
internal static class ApiKeyEndpoints
{
    public static IEndpointRouteBuilder MapApiKeyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/api-keys").WithTags("Users").RequireAuthorization(p => p.RequireRole(Roles.Admin));
        group.MapGet("/", async (MinshengDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(ct)).Select(ToDto).ToArray()))
            .WithName("ListApiKeys");
        group.MapPost("/", CreateAsync).WithName("CreateApiKey");
        group.MapDelete("/{id:long}", RevokeAsync).WithName("RevokeApiKey");
        return app;
    }

    private static async Task<IResult> CreateAsync(CreateApiKeyRequest body, MinshengDbContext db, CurrentUser current, AuditLog audit,
        TimeProvider time, CancellationToken ct)
    {
        var userId = body.UserId ?? current.UserId!.Value;
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["userId"] = ["用户不存在。"] });
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (body.ExpiresAt is { } expires && expires.UtcDateTime <= now)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["expiresAt"] = ["过期时间必须晚于现在。"] });
        }

        var unknownScopes = (body.Scopes ?? []).Where(scope => !ApiKeyScopes.All.Contains(scope)).ToArray();
        if (unknownScopes.Length > 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["scopes"] = [$"未知的范围：{string.Join(", ", unknownScopes)}。可选：{string.Join(", ", ApiKeyScopes.All)}；不填表示不限。"],
            });
        }

        var secret = ApiKeyHashing.NewKey();
        var key = new ApiKey
        {
            Name = body.Name!.Trim(),
            Prefix = secret[..12],
            KeyHash = ApiKeyHashing.Hash(secret),
            UserId = userId,
            CreatedAt = now,
            ExpiresAt = body.ExpiresAt?.UtcDateTime,
            Scopes = body.Scopes is { Count: > 0 } scopes ? string.Join(',', scopes.Distinct(StringComparer.Ordinal)) : null,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync("api-key-created", AuditModule.Target("api-key", key.Id), $"{key.Name} for user:{userId} scopes:{key.Scopes ?? "all"}", cancellationToken: ct);
        return TypedResults.Created($"/api/v1/api-keys/{key.Id}", new CreatedApiKeyDto(ToDto(key), secret));
    }

    private static async Task<IResult> RevokeAsync(long id, MinshengDbContext db, AuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "API 密钥不存在");
        }

        key.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync("api-key-revoked", AuditModule.Target("api-key", key.Id), key.Name, cancellationToken: ct);
        return TypedResults.NoContent();
    }

    private static ApiKeyDto ToDto(ApiKey k) =>
        new(k.Id, k.Name, k.Prefix, k.UserId, ApiKeyScopes.Parse(k.Scopes), k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt);
}
