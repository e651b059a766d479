using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>How much of the requester's personal data a reader gets.</summary>
public enum PersonalDataView
{
    /// <summary>张*, 138****5678, and numbers inside the text masked: the default for everyone.</summary>
    Masked,

    /// <summary>Nothing about the requester: a confidential requester seen by a handling unit.</summary>
    Hidden,

    /// <summary>As registered: the citizen's own order, or an audited unmasking.</summary>
    Full,
}

internal static class PersonalDataViews
{
    public static PersonalDataView For(Actor actor, WorkOrder order)
    {
        if (actor.UserId is { } id && order.CitizenUserId == id)
        {
            return PersonalDataView.Full;
        }

        return order.Requester.IsConfidential && actor.IsHandlingUnitOnly ? PersonalDataView.Hidden : PersonalDataView.Masked;
    }

    public static PersonalDataView For(CurrentUser user, WorkOrder order)
    {
        if (user.UserId is { } id && order.CitizenUserId == id)
        {
            return PersonalDataView.Full;
        }

        return order.Requester.IsConfidential && user.IsHandlingUnitOnly ? PersonalDataView.Hidden : PersonalDataView.Masked;
    }
}
