namespace Minsheng.Server.Features.WorkOrders;

internal static class IdempotencyKeys
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxLength = 100;
}
