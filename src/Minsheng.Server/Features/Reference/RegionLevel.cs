namespace Minsheng.Server.Features.Reference;

/// <summary>Levels of the region tree, from the county down to the micro-grid.</summary>
public enum RegionLevel
{
    County,
    Township,
    Village,
    Grid,
    MicroGrid,
}
