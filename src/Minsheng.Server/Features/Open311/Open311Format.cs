namespace Minsheng.Server.Features.Open311;

/// <summary>The format suffix of every GeoReport v2 resource: <c>.xml</c> (required by the spec) or <c>.json</c>.</summary>
internal enum Open311Format
{
    Xml,
    Json,
}
