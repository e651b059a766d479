using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Open311;

/// <summary>GET discovery, GET services and GET services/{service_code}: what a client learns before it files a request.</summary>
internal static class Open311Services
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    /// <summary>Every Open311 service is realtime: POST registers the order at once and answers its id.</summary>
    public const string ServiceType = "realtime";

    public static IResult Discovery(string format, HttpRequest request, IOptions<Open311Settings> options)
    {
        if (Open311Input.Format(format) is not { } f)
        {
            return Open311Errors.BadExtension(format);
        }

        var settings = options.Value;
        var url = settings.BaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}{Open311Module.BasePath}";
        return Open311Result.Ok("discovery", new Open311DiscoveryDto(
            settings.Changeset,
            settings.Contact,
            settings.KeyService,
            [new Open311EndpointDto(Specification, url, settings.Changeset, settings.EndpointType, ["text/xml", "application/json"])]), f);
    }

    public static async Task<IResult> ListAsync(string format, HttpRequest request, ReferenceData referenceData, MinshengDbContext db,
        IOptions<Open311Settings> options, CancellationToken ct)
    {
        if (Open311Input.Format(format) is not { } f)
        {
            return Open311Errors.BadExtension(format);
        }

        if (Open311Input.CheckJurisdiction(request.Query["jurisdiction_id"], options.Value) is { } unknown)
        {
            return Open311Errors.NotFound(f, unknown);
        }

        var refs = await referenceData.GetAsync(ct);
        var withAttributes = (await db.ServiceAttributes.AsNoTracking().Select(a => a.CategoryId).Distinct().ToListAsync(ct)).ToHashSet();
        var services = Open311Catalog.Services(refs)
            .Select(c => new Open311ServiceDto(
                c.Code,
                c.Name,
                Open311Catalog.Path(refs, c),
                withAttributes.Contains(c.Id),
                ServiceType,
                string.IsNullOrWhiteSpace(c.Keywords) ? null : c.Keywords,
                Open311Catalog.TopLevel(refs, c).Name))
            .ToArray();
        return Open311Result.Ok("services", services, f);
    }

    public static async Task<IResult> DefinitionAsync(string serviceCode, string format, HttpRequest request, ReferenceData referenceData,
        MinshengDbContext db, IOptions<Open311Settings> options, CancellationToken ct)
    {
        if (Open311Input.Format(format) is not { } f)
        {
            return Open311Errors.BadExtension(format);
        }

        if (Open311Input.CheckJurisdiction(request.Query["jurisdiction_id"], options.Value) is { } unknown)
        {
            return Open311Errors.NotFound(f, unknown);
        }

        var refs = await referenceData.GetAsync(ct);
        if (Open311Catalog.Service(refs, serviceCode) is not { } category)
        {
            return Open311Errors.NotFound(f, $"service_code {serviceCode} 不存在。");
        }

        var attributes = await db.ServiceAttributes.AsNoTracking().Where(a => a.CategoryId == category.Id)
            .OrderBy(a => a.Order).ThenBy(a => a.Id).ToListAsync(ct);

        // A service without metadata still has a definition: an empty attribute list.
        return Open311Result.Ok("service_definition", new Open311ServiceDefinitionDto(category.Code, attributes.Select(ToDto).ToArray()), f);
    }

    public static string WireName(ServiceAttributeDatatype datatype) => datatype switch
    {
        ServiceAttributeDatatype.String => "string",
        ServiceAttributeDatatype.Number => "number",
        ServiceAttributeDatatype.Datetime => "datetime",
        ServiceAttributeDatatype.Text => "text",
        ServiceAttributeDatatype.SingleValueList => "singlevaluelist",
        ServiceAttributeDatatype.MultiValueList => "multivaluelist",
        _ => throw new ArgumentOutOfRangeException(nameof(datatype), datatype, null),
    };

    private static Open311AttributeDto ToDto(ServiceAttribute a) => new(
        a.Variable,
        a.Code,
        WireName(a.Datatype),
        a.Required,
        a.DatatypeDescription,
        a.Order,
        a.Description,
        a.IsList ? a.Values.Select(v => new Open311AttributeValueDto(v.Key, v.Name)).ToArray() : null);
}
