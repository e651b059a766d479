using System.Text.Json.Serialization;

namespace Minsheng.Server.Features.Open311;

// GeoReport v2 resources as they go over the wire. JSON names are the snake_case of the property
// names; the XML twin is written from the same JSON tree (Open311Xml), so the two never drift apart.

/// <summary><c>discovery</c>.</summary>
internal sealed record Open311DiscoveryDto(string Changeset, string Contact, string KeyService, IReadOnlyList<Open311EndpointDto> Endpoints);

/// <summary><c>endpoints/endpoint</c> of the discovery document.</summary>
internal sealed record Open311EndpointDto(string Specification, string Url, string Changeset, string Type, IReadOnlyList<string> Formats);

/// <summary><c>services/service</c>.</summary>
internal sealed record Open311ServiceDto(
    string ServiceCode, string ServiceName, string? Description, bool Metadata, string Type, string? Keywords, string? Group);

/// <summary><c>service_definition</c>.</summary>
internal sealed record Open311ServiceDefinitionDto(string ServiceCode, IReadOnlyList<Open311AttributeDto> Attributes);

/// <summary><c>attributes/attribute</c>; <c>values</c> only for the list datatypes.</summary>
internal sealed record Open311AttributeDto(
    bool Variable,
    string Code,
    string Datatype,
    bool Required,
    string? DatatypeDescription,
    int Order,
    string? Description,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Open311AttributeValueDto>? Values);

/// <summary><c>values/value</c>.</summary>
internal sealed record Open311AttributeValueDto(string Key, string Name);

/// <summary><c>service_requests/request</c> of GET requests and GET requests/{id}.</summary>
internal sealed record Open311RequestDto(
    string ServiceRequestId,
    string Status,
    string? StatusNotes,
    string? ServiceName,
    string ServiceCode,
    string? Description,
    string? AgencyResponsible,
    string? ServiceNotice,
    string RequestedDatetime,
    string? UpdatedDatetime,
    string? ExpectedDatetime,
    string? Address,
    string? AddressId,
    string? Zipcode,
    double? Lat,
    double? Long,
    string? MediaUrl);

/// <summary><c>service_requests/request</c> answering a POST: the id at once (realtime), never a token.</summary>
internal sealed record Open311CreatedDto(string ServiceRequestId, string? ServiceNotice);

/// <summary><c>service_requests/request</c> of GET tokens/{token}.</summary>
internal sealed record Open311TokenDto(string ServiceRequestId, string Token);

/// <summary><c>service_request_updates/request_update</c> of the mySociety extension.</summary>
internal sealed record Open311UpdateDto(
    string UpdateId,
    string ServiceRequestId,
    string Status,
    string UpdatedDatetime,
    string Description,
    string MediaUrl,
    string ExternalStatusCode);

/// <summary><c>errors/error</c>.</summary>
internal sealed record Open311ErrorDto(int Code, string Description);
