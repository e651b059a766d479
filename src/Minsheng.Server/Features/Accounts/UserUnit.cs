namespace Minsheng.Server.Features.Accounts;

public sealed class UserUnit
{
    public long UserId { get; set; }

    public long UnitId { get; set; }
}
