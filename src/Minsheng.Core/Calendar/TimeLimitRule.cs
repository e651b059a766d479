using Minsheng.Core.WorkOrders;

namespace Minsheng.Core.Calendar;

/// <summary>
/// The time limits of one request kind at one urgency: 签收时限 (<paramref name="Accept"/>) and
/// 办结时限 (<paramref name="Reply"/>), both counted from registration, and whether the
/// requester must be called back (回访) before the order closes.
/// </summary>
public sealed record TimeLimitRule(RequestKind Kind, Urgency Urgency, TimeLimit Accept, TimeLimit Reply, bool CallbackRequired);
