namespace Minsheng.Core.WorkOrders;

public enum RequesterType
{
    Person,
    Enterprise,
}
