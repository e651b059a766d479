using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Minsheng.Server.Features.Accounts;

namespace Minsheng.Server.Features.Reference;

/// <summary>
/// Administrators maintain units, regions, categories and the responsibility list. Bad input is a 400 naming the
/// field; unknown ids are 404; a row in use is deactivated instead of deleted (units, categories), or its deletion
/// refused with 409 (regions, and units the responsibility list still routes to). Every change is audited and
/// visible to the next request.
/// </summary>
internal static class ReferenceAdminEndpoints
{
    public static IEndpointRouteBuilder MapReferenceAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Reference administration").RequireAuthorization(p => p.RequireRole(Roles.Admin));

        group.MapPost("/units", async (SaveUnitRequest body, UnitAdministration units, ReferenceData data, CancellationToken ct) =>
            await Answer(await units.CreateAsync(body, ct), data, ReferenceMapping.ToDto, u => u.Id, "units", ct)).WithName("CreateUnit");
        group.MapPut("/units/{id:long}", async (long id, SaveUnitRequest body, UnitAdministration units, ReferenceData data, CancellationToken ct) =>
            await Answer(await units.UpdateAsync(id, body, ct), data, ReferenceMapping.ToDto, u => u.Id, "units", ct)).WithName("UpdateUnit");
        group.MapDelete("/units/{id:long}", async (long id, UnitAdministration units, ReferenceData data, CancellationToken ct) =>
            await Answer(await units.RemoveAsync(id, ct), data, ReferenceMapping.ToDto, u => u.Id, "units", ct)).WithName("DeleteUnit");

        group.MapPost("/regions", async (SaveRegionRequest body, RegionAdministration regions, ReferenceData data, CancellationToken ct) =>
            await Answer(await regions.CreateAsync(body, ct), data, ReferenceMapping.ToDto, r => r.Id, "regions", ct)).WithName("CreateRegion");
        group.MapPut("/regions/{id:long}", async (long id, SaveRegionRequest body, RegionAdministration regions, ReferenceData data,
            CancellationToken ct) =>
            await Answer(await regions.UpdateAsync(id, body, ct), data, ReferenceMapping.ToDto, r => r.Id, "regions", ct)).WithName("UpdateRegion");
        group.MapDelete("/regions/{id:long}", async (long id, RegionAdministration regions, ReferenceData data, CancellationToken ct) =>
            await Answer(await regions.RemoveAsync(id, ct), data, ReferenceMapping.ToDto, r => r.Id, "regions", ct)).WithName("DeleteRegion");

        group.MapPost("/categories", async (SaveCategoryRequest body, CategoryAdministration categories, ReferenceData data,
            CancellationToken ct) =>
            await Answer(await categories.CreateAsync(body, ct), data, ReferenceMapping.ToDto, c => c.Id, "categories", ct)).WithName("CreateCategory");
        group.MapPut("/categories/{id:long}", async (long id, SaveCategoryRequest body, CategoryAdministration categories, ReferenceData data,
            CancellationToken ct) =>
            await Answer(await categories.UpdateAsync(id, body, ct), data, ReferenceMapping.ToDto, c => c.Id, "categories", ct)).WithName("UpdateCategory");
        group.MapDelete("/categories/{id:long}", async (long id, CategoryAdministration categories, ReferenceData data, CancellationToken ct) =>
            await Answer(await categories.RemoveAsync(id, ct), data, ReferenceMapping.ToDto, c => c.Id, "categories", ct)).WithName("DeleteCategory");

        group.MapPost("/responsibilities", async (AddResponsibilityRequest body, ResponsibilityAdministration list, ReferenceData data,
            CancellationToken ct) =>
            await Answer(await list.AddAsync(body, ct), data, ReferenceMapping.ToDto, e => e.Id, "responsibilities", ct)).WithName("AddResponsibility");
        group.MapPut("/responsibilities/{id:long}", async (long id, ChangeResponsibilityRequest body, ResponsibilityAdministration list,
            ReferenceData data, CancellationToken ct) =>
            await Answer(await list.ChangeUnitAsync(id, body, ct), data, ReferenceMapping.ToDto, e => e.Id, "responsibilities", ct))
            .WithName("ChangeResponsibility");
        group.MapDelete("/responsibilities/{id:long}", async (long id, ResponsibilityAdministration list, ReferenceData data,
            CancellationToken ct) =>
            await Answer(await list.RemoveAsync(id, ct), data, ReferenceMapping.ToDto, e => e.Id, "responsibilities", ct)).WithName("RemoveResponsibility");
        return app;
    }

    /// <summary>
    /// 201 with the row (created), 200 with the row (updated, or deactivated instead of deleted), 204 (deleted),
    /// 400 naming the fields, 404, or 409 with the reason.
    /// </summary>
    private static async Task<Results<Created<TDto>, Ok<TDto>, NoContent, ValidationProblem, ProblemHttpResult>> Answer<TEntity, TDto>(
        ReferenceChange<TEntity> change, ReferenceData data, Func<ReferenceSnapshot, TEntity, TDto?> toDto, Func<TEntity, long> idOf,
        string collection,
        CancellationToken ct)
        where TEntity : class
        where TDto : class
    {
        switch (change.Outcome)
        {
            case ReferenceOutcome.Invalid:
                return TypedResults.ValidationProblem(change.Errors!, title: "输入有误");
            case ReferenceOutcome.NotFound:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: change.Message);
            case ReferenceOutcome.Conflict:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "数据仍在使用", detail: change.Message);
            case ReferenceOutcome.Deleted:
                return TypedResults.NoContent();
        }

        var refs = await data.GetAsync(ct);
        var dto = toDto(refs, change.Entity!)!;
        return change.Outcome == ReferenceOutcome.Created
            ? TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"/api/v1/{collection}/{idOf(change.Entity!)}"), dto)
            : TypedResults.Ok(dto);
    }
}
