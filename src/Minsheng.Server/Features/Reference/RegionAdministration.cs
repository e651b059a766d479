using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Reference;

/// <summary>Creating and changing regions (行政区划), for the admin API and page. Every change is audited.</summary>
internal sealed class RegionAdministration(MinshengDbContext db, ReferenceData referenceData, ReferenceRules rules, AuditLog audit)
{
    public async Task<ReferenceChange<Region>> CreateAsync(SaveRegionRequest body, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var values = Validate(body, await referenceData.GetAsync(ct), null, errors);
        if (values is null)
        {
            return ReferenceChange<Region>.Invalid(errors);
        }

        var region = new Region { Code = values.Code, Name = values.Name };
        values.ApplyTo(region);
        db.Regions.Add(region);
        if (!await ReferenceSaving.SaveAsync(db, errors, rules, ct))
        {
            return ReferenceChange<Region>.Invalid(errors);
        }

        referenceData.Invalidate();
        await audit.WriteAsync("region-created", AuditModule.Target("region", region.Id), $"{region.Code} {region.Name}", cancellationToken: ct);
        return ReferenceChange<Region>.Done(ReferenceOutcome.Created, region);
    }

    public async Task<ReferenceChange<Region>> UpdateAsync(long id, SaveRegionRequest body, CancellationToken ct)
    {
        var region = await db.Regions.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (region is null)
        {
            return ReferenceChange<Region>.Missing(rules.Text["区划不存在。"]);
        }

        var refs = await referenceData.GetAsync(ct);
        var errors = new ValidationErrors();
        var values = Validate(body, refs, id, errors);
        if (values is null)
        {
            return ReferenceChange<Region>.Invalid(errors);
        }

        var changes = new ChangeLog();
        changes.Add("code", region.Code, values.Code);
        changes.Add("name", region.Name, values.Name);
        changes.Add("level", region.Level, values.Level);
        changes.Add("parent", refs.Region(region.ParentId)?.Code, refs.Region(values.ParentId)?.Code);
        values.ApplyTo(region);
        if (!await ReferenceSaving.SaveAsync(db, errors, rules, ct))
        {
            return ReferenceChange<Region>.Invalid(errors);
        }

        referenceData.Invalidate();
        if (changes.Any)
        {
            await audit.WriteAsync("region-updated", AuditModule.Target("region", region.Id), changes.ToString(), cancellationToken: ct);
        }

        return ReferenceChange<Region>.Done(ReferenceOutcome.Updated, region);
    }

    /// <summary>Deletes a region nothing refers to. Regions have no active flag, so one in use stays and the deletion is refused.</summary>
    public async Task<ReferenceChange<Region>> RemoveAsync(long id, CancellationToken ct)
    {
        var region = await db.Regions.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (region is null)
        {
            return ReferenceChange<Region>.Missing(rules.Text["区划不存在。"]);
        }

        if ((await ReferenceUsage.OfRegionAsync(db, id, ct)).Count > 0)
        {
            return ReferenceChange<Region>.Refused(rules.Text["该区划已被工单、单位、用户、职责清单或下级区划使用，不能删除。"]);
        }

        db.Regions.Remove(region);
        audit.Add("region-deleted", AuditModule.Target("region", region.Id), $"{region.Code} {region.Name}");
        await db.SaveChangesAsync(ct);
        referenceData.Invalidate();
        return ReferenceChange<Region>.Done(ReferenceOutcome.Deleted, region);
    }

    private Values? Validate(SaveRegionRequest body, ReferenceSnapshot refs, long? self, ValidationErrors errors)
    {
        var code = rules.Code(errors, body.Code, c => refs.RegionByCode(c)?.Id, self);
        var name = rules.Name(errors, body.Name);
        var level = rules.Choice<RegionLevel>(errors, "level", body.Level, rules.Text["请选择区划层级。"],
            (value, choices) => rules.Text["未知的区划层级 {0}。可选：{1}。", value, choices], rules.Of);
        var parent = rules.Parent(errors, body.ParentCode, c => refs.RegionByCode(c)?.Id, self, refs.RegionSubtree,
            rules.Text["未知的上级区划代码 {0}。", body.ParentCode?.Trim() ?? ""], rules.Text["上级区划不能是本区划或其下级区划。"]);

        // The tree runs county → township → village → grid → micro-grid: a child sits below its parent's level.
        if (level is { } wanted && refs.Region(parent) is { } p && wanted <= p.Level)
        {
            errors.Add("level", rules.Text["层级应低于上级区划的层级（{0}）。", rules.Of(p.Level)]);
        }

        if (level is { } own && self is { } id
            && refs.Regions.Where(r => r.ParentId == id).Select(r => r.Level).DefaultIfEmpty(RegionLevel.MicroGrid + 1).Min() is var highest
            && highest <= own)
        {
            errors.Add("level", rules.Text["层级应高于下级区划的层级（{0}）。", rules.Of(highest)]);
        }

        return errors.Any ? null : new Values(code!, name!, level!.Value, parent);
    }

    private sealed record Values(string Code, string Name, RegionLevel Level, long? ParentId)
    {
        public void ApplyTo(Region region)
        {
            region.Code = Code;
            region.Name = Name;
            region.Level = Level;
            region.ParentId = ParentId;
        }
    }
}
