namespace Minsheng.Server.Features.Open311;

/// <summary>
/// An extra question a citizen-facing category asks (Open311 service definition attribute), e.g. when the
/// noise happens. A category with attributes is a service with <c>metadata=true</c>.
/// </summary>
public sealed class ServiceAttribute
{
    public const int MaxCodeLength = 64;

    public long Id { get; set; }

    public long CategoryId { get; set; }

    /// <summary>Unique within the category; the <c>CODE</c> of <c>attribute[CODE]</c>.</summary>
    public required string Code { get; set; }

    /// <summary>1 is shown first; unique within the category.</summary>
    public int Order { get; set; }

    public ServiceAttributeDatatype Datatype { get; set; }

    public bool Required { get; set; }

    /// <summary>False: the attribute only informs the citizen and takes no input.</summary>
    public bool Variable { get; set; } = true;

    /// <summary>The question, or the information shown.</summary>
    public required string Description { get; set; }

    public string? DatatypeDescription { get; set; }

    /// <summary>The options of a single- or multi-value list; empty for the other datatypes.</summary>
    public List<ServiceAttributeValue> Values { get; set; } = [];

    public bool IsList => Datatype is ServiceAttributeDatatype.SingleValueList or ServiceAttributeDatatype.MultiValueList;
}
