namespace Minsheng.Core.WorkOrders;

/// <summary>How a request reached the hotline.</summary>
public enum Channel
{
    Phone,
    Web,
    App,
    Wechat,
    Email,
    Letter,
    WalkIn,
    Open311,
    Media,
    Transferred,
}
