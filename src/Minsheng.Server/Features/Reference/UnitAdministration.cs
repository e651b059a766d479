using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Reference;

/// <summary>Creating, changing and retiring units (承办单位), for the admin API and page. Every change is audited.</summary>
internal sealed class UnitAdministration(MinshengDbContext db, ReferenceData referenceData, ReferenceRules rules, AuditLog audit)
{
    public async Task<ReferenceChange<Unit>> CreateAsync(SaveUnitRequest body, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var values = Validate(body, await referenceData.GetAsync(ct), null, errors);
        if (values is null)
        {
            return ReferenceChange<Unit>.Invalid(errors);
        }

        var unit = new Unit { Code = values.Code, Name = values.Name, IsActive = body.Active ?? true };
        values.ApplyTo(unit);
        db.Units.Add(unit);
        if (!await ReferenceSaving.SaveAsync(db, errors, rules, ct))
        {
            return ReferenceChange<Unit>.Invalid(errors);
        }

        referenceData.Invalidate();
        await audit.WriteAsync("unit-created", AuditModule.Target("unit", unit.Id), $"{unit.Code} {unit.Name}", cancellationToken: ct);
        return ReferenceChange<Unit>.Done(ReferenceOutcome.Created, unit);
    }

    public async Task<ReferenceChange<Unit>> UpdateAsync(long id, SaveUnitRequest body, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return ReferenceChange<Unit>.Missing(rules.Text["单位不存在。"]);
        }

        var refs = await referenceData.GetAsync(ct);
        var errors = new ValidationErrors();
        var values = Validate(body, refs, id, errors);
        var active = body.Active ?? unit.IsActive;
        if (unit.IsActive && !active && await db.Responsibilities.CountAsync(r => r.UnitId == id, ct) is > 0 and var entries)
        {
            errors.Add("active", rules.Text["职责清单中仍有 {0} 项由该单位承办，请先改派后再停用。", entries]);
        }

        if (values is null || errors.Any)
        {
            return ReferenceChange<Unit>.Invalid(errors);
        }

        var changes = new ChangeLog();
        changes.Add("code", unit.Code, values.Code);
        changes.Add("name", unit.Name, values.Name);
        changes.Add("kind", unit.Kind, values.Kind);
        changes.Add("parent", refs.Unit(unit.ParentId)?.Code, refs.Unit(values.ParentId)?.Code);
        changes.Add("region", refs.Region(unit.RegionId)?.Code, refs.Region(values.RegionId)?.Code);
        changes.Add("active", unit.IsActive, active);
        unit.IsActive = active;
        values.ApplyTo(unit);
        if (!await ReferenceSaving.SaveAsync(db, errors, rules, ct))
        {
            return ReferenceChange<Unit>.Invalid(errors);
        }

        referenceData.Invalidate();
        if (changes.Any)
        {
            await audit.WriteAsync("unit-updated", AuditModule.Target("unit", unit.Id), changes.ToString(), cancellationToken: ct);
        }

        return ReferenceChange<Unit>.Done(ReferenceOutcome.Updated, unit);
    }

    /// <summary>
    /// Deletes a unit nothing refers to; a unit that orders, users or other units refer to is deactivated instead.
    /// A unit the responsibility list still routes to is neither: the list must be changed first.
    /// </summary>
    public async Task<ReferenceChange<Unit>> RemoveAsync(long id, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return ReferenceChange<Unit>.Missing(rules.Text["单位不存在。"]);
        }

        if (await db.Responsibilities.CountAsync(r => r.UnitId == id, ct) is > 0 and var entries)
        {
            return ReferenceChange<Unit>.Refused(rules.Text["职责清单中仍有 {0} 项由该单位承办，请先改派后再停用。", entries]);
        }

        var uses = await ReferenceUsage.OfUnitAsync(db, id, ct);
        if (uses.Count > 0)
        {
            if (unit.IsActive)
            {
                unit.IsActive = false;
                audit.Add("unit-deactivated", AuditModule.Target("unit", unit.Id), $"{unit.Code}; in use by {string.Join(',', uses)}");
                await db.SaveChangesAsync(ct);
                referenceData.Invalidate();
            }

            return ReferenceChange<Unit>.Done(ReferenceOutcome.Deactivated, unit);
        }

        db.Units.Remove(unit);
        audit.Add("unit-deleted", AuditModule.Target("unit", unit.Id), $"{unit.Code} {unit.Name}");
        await db.SaveChangesAsync(ct);
        referenceData.Invalidate();
        return ReferenceChange<Unit>.Done(ReferenceOutcome.Deleted, unit);
    }

    private Values? Validate(SaveUnitRequest body, ReferenceSnapshot refs, long? self, ValidationErrors errors)
    {
        var code = rules.Code(errors, body.Code, c => refs.UnitByCode(c)?.Id, self);
        var name = rules.Name(errors, body.Name);
        var kind = rules.Choice<UnitKind>(errors, "kind", body.Kind, rules.Text["请选择单位类型。"],
            (value, choices) => rules.Text["未知的单位类型 {0}。可选：{1}。", value, choices], rules.Of);
        var parent = rules.Parent(errors, body.ParentCode, c => refs.UnitByCode(c)?.Id, self, refs.UnitSubtree,
            rules.Text["未知的上级单位代码 {0}。", body.ParentCode?.Trim() ?? ""], rules.Text["上级单位不能是本单位或其下级单位。"]);
        long? region = null;
        if (!string.IsNullOrWhiteSpace(body.RegionCode))
        {
            region = refs.RegionByCode(body.RegionCode)?.Id;
            if (region is null)
            {
                errors.Add("regionCode", rules.Text["未知的行政区划代码 {0}。", body.RegionCode.Trim()]);
            }
        }

        return errors.Any ? null : new Values(code!, name!, kind!.Value, parent, region);
    }

    private sealed record Values(string Code, string Name, UnitKind Kind, long? ParentId, long? RegionId)
    {
        public void ApplyTo(Unit unit)
        {
            unit.Code = Code;
            unit.Name = Name;
            unit.Kind = Kind;
            unit.ParentId = ParentId;
            unit.RegionId = RegionId;
        }
    }
}
