namespace Minsheng.Server.Features.Reference;

public enum UnitKind
{
    /// <summary>12345 热线中心.</summary>
    HotlineCentre,

    /// <summary>职能部门 (住建, 城管 …).</summary>
    Department,

    /// <summary>乡镇 / 街道.</summary>
    Township,

    /// <summary>村 / 社区.</summary>
    Village,

    /// <summary>Public enterprises that handle orders: water, power, gas.</summary>
    Enterprise,
}
