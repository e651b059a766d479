namespace Minsheng.Core.WorkOrders;

/// <summary>签收时限 and 办结时限, as instants in UTC.</summary>
public sealed record Deadlines(DateTime AcceptBy, DateTime ReplyBy);
