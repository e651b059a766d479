using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Reference;

namespace Minsheng.Server.Features.Demo;

/// <summary>A region of the demo county; <paramref name="Places"/> are the estates (小区) of a community, empty for a village.</summary>
internal sealed record DemoRegion(string Code, string Name, RegionLevel Level, string? ParentCode, IReadOnlyList<string> Places);

/// <summary>A unit of the demo county, its parent unit and the region it answers for.</summary>
internal sealed record DemoUnit(string Code, string Name, UnitKind Kind, string? ParentCode, string? RegionCode);

/// <summary>A node of the demo category tree; the parent is the code without its last two digits.</summary>
internal sealed record DemoCategory(string Code, string Name, string? Keywords)
{
    public string? ParentCode => Code.Length > 2 ? Code[..^2] : null;
}

/// <summary>A row of the demo responsibility list (职责清单); a null region is the whole county.</summary>
internal sealed record DemoResponsibility(string CategoryCode, string? RegionCode, string UnitCode);

/// <summary>
/// One way a citizen raises a leaf category's matter: title and content with {slots}, and for
/// consultations the answer an operator reads from the knowledge base.
/// </summary>
internal sealed record DemoTemplate(RequestKind Kind, string Title, string Content, string? KnowledgeAnswer = null, Urgency? Urgency = null);

/// <summary>A leaf category: who handles it, how citizens raise it and how the unit answers.</summary>
internal sealed record DemoLeaf(
    string Code,
    string Name,
    string UnitCode,
    string Keywords,
    bool Grassroots,
    string Answer,
    IReadOnlyList<DemoTemplate> Templates);
