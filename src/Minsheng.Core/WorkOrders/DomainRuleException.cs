namespace Minsheng.Core.WorkOrders;

/// <summary>Input that breaks a business rule; <see cref="Field"/> names the field at fault.</summary>
public sealed class DomainRuleException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
