namespace Minsheng.Server.Features.Open311;

/// <summary>The GeoReport v2 datatypes of a service attribute; on the wire in lower case (<c>singlevaluelist</c>).</summary>
public enum ServiceAttributeDatatype
{
    /// <summary>One line of text.</summary>
    String,

    Number,

    /// <summary>An ISO 8601 date and time.</summary>
    Datetime,

    /// <summary>Text that may span lines.</summary>
    Text,

    /// <summary>Exactly one of <see cref="ServiceAttribute.Values"/>.</summary>
    SingleValueList,

    /// <summary>Any of <see cref="ServiceAttribute.Values"/>.</summary>
    MultiValueList,
}
