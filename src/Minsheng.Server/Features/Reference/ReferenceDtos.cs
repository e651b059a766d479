namespace Minsheng.Server.Features.Reference;

public sealed record RegionDto(long Id, string Code, string Name, string Level, string? ParentCode);

public sealed record UnitDto(long Id, string Code, string Name, string Kind, string? ParentCode, string? RegionCode, bool Active);

public sealed record CategoryDto(long Id, string Code, string Name, string? ParentCode, bool IsLeaf, string? Keywords, bool Active);

public sealed record ResponsibilityDto(long Id, string CategoryCode, string CategoryName, string? RegionCode, string? RegionName, string UnitCode, string UnitName);
