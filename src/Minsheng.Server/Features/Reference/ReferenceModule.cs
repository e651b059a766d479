using Microsoft.AspNetCore.Http.HttpResults;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Features.Reference;

/// <summary>The unit directory, region tree, category tree and responsibility list (职责清单).</summary>
public static class ReferenceModule
{
    public static IServiceCollection AddReferenceData(this IServiceCollection services)
    {
        services.AddSingleton<ReferenceData>();
        return services;
    }

    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Reference").RequireAuthorization();
        group.MapGet("/regions", async (ReferenceData data, CancellationToken ct) =>
        {
            var refs = await data.GetAsync(ct);
            return TypedResults.Ok(refs.Regions.Select(r => new RegionDto(
                r.Id, r.Code, r.Name, JsonNames.Of(r.Level), refs.Region(r.ParentId)?.Code)).ToArray());
        }).WithName("ListRegions");

        group.MapGet("/units", async (ReferenceData data, CancellationToken ct) =>
        {
            var refs = await data.GetAsync(ct);
            return TypedResults.Ok(refs.Units.Select(u => new UnitDto(
                u.Id, u.Code, u.Name, JsonNames.Of(u.Kind), refs.Unit(u.ParentId)?.Code, refs.Region(u.RegionId)?.Code, u.IsActive)).ToArray());
        }).WithName("ListUnits");

        group.MapGet("/categories", async (ReferenceData data, CancellationToken ct) =>
        {
            var refs = await data.GetAsync(ct);
            return TypedResults.Ok(refs.Categories.Select(c => new CategoryDto(
                c.Id, c.Code, c.Name, refs.Category(c.ParentId)?.Code, refs.IsLeaf(c), c.Keywords, c.IsActive)).ToArray());
        }).WithName("ListCategories");

        group.MapGet("/responsibilities", ListResponsibilitiesAsync).WithName("ListResponsibilities");
        return app;
    }

    /// <summary>The whole list, or with <c>category</c> (and <c>region</c>) the unit the list resolves to.</summary>
    private static async Task<Results<Ok<ResponsibilityDto[]>, ValidationProblem>> ListResponsibilitiesAsync(
        string? category, string? region, ReferenceData data, CancellationToken ct)
    {
        var refs = await data.GetAsync(ct);
        if (string.IsNullOrWhiteSpace(category))
        {
            return TypedResults.Ok(refs.Responsibilities.Select(r => ToDto(refs, r.CategoryId, r.RegionId, r.UnitId)).OfType<ResponsibilityDto>().ToArray());
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

        var unit = refs.ResponsibleUnit(c!.Id, r?.Id);
        return TypedResults.Ok(unit is null ? [] : new[] { ToDto(refs, c.Id, r?.Id, unit.Id)! });
    }

    private static ResponsibilityDto? ToDto(ReferenceSnapshot refs, long categoryId, long? regionId, long unitId)
    {
        var category = refs.Category(categoryId);
        var unit = refs.Unit(unitId);
        if (category is null || unit is null)
        {
            return null;
        }

        var region = refs.Region(regionId);
        return new ResponsibilityDto(category.Code, category.Name, region?.Code, region?.Name, unit.Code, unit.Name);
    }
}
