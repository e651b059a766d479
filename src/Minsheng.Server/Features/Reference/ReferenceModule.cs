using Microsoft.AspNetCore.Http.HttpResults;

namespace Minsheng.Server.Features.Reference;

/// <summary>The unit directory, region tree, category tree and responsibility list (职责清单).</summary>
public static class ReferenceModule
{
    public static IServiceCollection AddReferenceData(this IServiceCollection services)
    {
        services.AddSingleton<ReferenceData>();
        services.AddScoped<ReferenceRules>();
        services.AddScoped<UnitAdministration>();
        services.AddScoped<RegionAdministration>();
        services.AddScoped<CategoryAdministration>();
        services.AddScoped<ResponsibilityAdministration>();
        return services;
    }

    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Reference").RequireAuthorization();
        group.MapGet("/regions", async (ReferenceData data, CancellationToken ct) =>
        {
            var refs = await data.GetAsync(ct);
            return TypedResults.Ok(refs.Regions.Select(r => ReferenceMapping.ToDto(refs, r)).ToArray());
        }).WithName("ListRegions");

        group.MapGet("/regions/{id:long}", async Task<Results<Ok<RegionDto>, NotFound>> (long id, ReferenceData data, CancellationToken ct) =>
        {
            var refs = await data.GetAsync(ct);
            return refs.Region(id) is { } region ? TypedResults.Ok(ReferenceMapping.ToDto(refs, region)) : TypedResults.NotFound();
        }).WithName("GetRegion");

        group.MapGet("/units", async (ReferenceData data, CancellationToken ct) =>
        {
            var refs = await data.GetAsync(ct);
            return TypedResults.Ok(refs.Units.Select(u => ReferenceMapping.ToDto(refs, u)).ToArray());
        }).WithName("ListUnits");

        group.MapGet("/units/{id:long}", async Task<Results<Ok<UnitDto>, NotFound>> (long id, ReferenceData data, CancellationToken ct) =>
        {
            var refs = await data.GetAsync(ct);
            return refs.Unit(id) is { } unit ? TypedResults.Ok(ReferenceMapping.ToDto(refs, unit)) : TypedResults.NotFound();
        }).WithName("GetUnit");

        group.MapGet("/categories", async (ReferenceData data, CancellationToken ct) =>
        {
            var refs = await data.GetAsync(ct);
            return TypedResults.Ok(refs.Categories.Select(c => ReferenceMapping.ToDto(refs, c)).ToArray());
        }).WithName("ListCategories");

        group.MapGet("/categories/{id:long}", async Task<Results<Ok<CategoryDto>, NotFound>> (long id, ReferenceData data, CancellationToken ct) =>
        {
            var refs = await data.GetAsync(ct);
            return refs.Category(id) is { } category ? TypedResults.Ok(ReferenceMapping.ToDto(refs, category)) : TypedResults.NotFound();
        }).WithName("GetCategory");

        group.MapGet("/responsibilities", ListResponsibilitiesAsync).WithName("ListResponsibilities");
        group.MapGet("/responsibilities/{id:long}", async Task<Results<Ok<ResponsibilityDto>, NotFound>> (long id, ReferenceData data,
            CancellationToken ct) =>
        {
            var refs = await data.GetAsync(ct);
            return refs.Responsibilities.FirstOrDefault(r => r.Id == id) is { } entry && ReferenceMapping.ToDto(refs, entry) is { } dto
                ? TypedResults.Ok(dto)
                : TypedResults.NotFound();
        }).WithName("GetResponsibility");

        app.MapReferenceAdminEndpoints();
        return app;
    }

    /// <summary>The whole list, or with <c>category</c> (and <c>region</c>) the entry the list resolves to.</summary>
    private static async Task<Results<Ok<ResponsibilityDto[]>, ValidationProblem>> ListResponsibilitiesAsync(
        string? category, string? region, ReferenceData data, CancellationToken ct)
    {
        var refs = await data.GetAsync(ct);
        if (string.IsNullOrWhiteSpace(category))
        {
            return TypedResults.Ok(refs.Responsibilities.Select(r => ReferenceMapping.ToDto(refs, r)).OfType<ResponsibilityDto>().ToArray());
        }

        var errors = new Dictionary<string, string[]>();
        var c = refs.CategoryByCode(category);
        if (c is null)
        {
            errors["category"] = [$"未知的诉求分类代码 {category}。"];
        }

        var r = refs.RegionByCode(region);
        if (!string.IsNullOrWhiteSpace(region) && r is null)
        {
            errors["region"] = [$"未知的行政区划代码 {region}。"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var entry = refs.ResponsibleEntry(c!.Id, r?.Id);
        return TypedResults.Ok(entry is null ? [] : new[] { ReferenceMapping.ToDto(refs, entry) }.OfType<ResponsibilityDto>().ToArray());
    }
}
