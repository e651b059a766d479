namespace Minsheng.Server.Features.Accounts;

public sealed class UserRegion
{
    public long UserId { get; set; }

    public long RegionId { get; set; }
}
