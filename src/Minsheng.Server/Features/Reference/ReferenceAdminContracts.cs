namespace Minsheng.Server.Features.Reference;

// Requests of the admin API for reference data. Create and update take the same body: an update replaces every field
// (a missing parentCode makes the node a root), except that a missing "active" keeps the current state.
// References are by code, as in the read API; kind and level are kebab-case names (hotline-centre, township).

public sealed record SaveUnitRequest(string? Code, string? Name, string? Kind, string? ParentCode = null, string? RegionCode = null,
    bool? Active = null);

public sealed record SaveRegionRequest(string? Code, string? Name, string? Level, string? ParentCode = null);

public sealed record SaveCategoryRequest(string? Code, string? Name, string? ParentCode = null, string? Keywords = null, bool? Active = null);

/// <summary>A new entry of the responsibility list: orders of the category in the region (none: everywhere) go to the unit.</summary>
public sealed record AddResponsibilityRequest(string? CategoryCode, string? RegionCode, string? UnitCode);

public sealed record ChangeResponsibilityRequest(string? UnitCode);
