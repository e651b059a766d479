using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.Calendar;

/// <summary>办理时限 for one kind and urgency, editable; limits are stored in the compact form ("1wd", "2h").</summary>
public sealed class TimeLimitRecord
{
    public RequestKind Kind { get; set; }

    public Urgency Urgency { get; set; }

    public required string Accept { get; set; }

    public required string Reply { get; set; }

    public bool CallbackRequired { get; set; } = true;
}
