using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Reference;

/// <summary>
/// Adding, changing and removing entries of the responsibility list (职责清单), for the admin API and page.
/// An entry is only a routing rule, so removing one loses no history; every change is audited.
/// </summary>
internal sealed class ResponsibilityAdministration(MinshengDbContext db, ReferenceData referenceData, ReferenceRules rules, AuditLog audit)
{
    public async Task<ReferenceChange<Responsibility>> AddAsync(AddResponsibilityRequest body, CancellationToken ct)
    {
        var refs = await referenceData.GetAsync(ct);
        var errors = new ValidationErrors();
        Category? category = null;
        if (string.IsNullOrWhiteSpace(body.CategoryCode))
        {
            errors.Add("categoryCode", rules.Text["请选择诉求分类。"]);
        }
        else if ((category = refs.CategoryByCode(body.CategoryCode)) is null)
        {
            errors.Add("categoryCode", rules.Text["未知的诉求分类代码 {0}。", body.CategoryCode.Trim()]);
        }

        Region? region = null;
        if (!string.IsNullOrWhiteSpace(body.RegionCode) && (region = refs.RegionByCode(body.RegionCode)) is null)
        {
            errors.Add("regionCode", rules.Text["未知的行政区划代码 {0}。", body.RegionCode.Trim()]);
        }

        var unit = ActiveUnit(refs, body.UnitCode, errors);
        if (category is not null && !errors.Has("regionCode")
            && refs.Responsibilities.FirstOrDefault(r => r.CategoryId == category.Id && r.RegionId == region?.Id) is { } existing)
        {
            errors.Add("regionCode", rules.Text["该分类在该区域已有职责清单条目（承办单位：{0}），请修改那一条。",
                refs.Unit(existing.UnitId)?.Name ?? "—"]);
        }

        if (errors.Any)
        {
            return ReferenceChange<Responsibility>.Invalid(errors);
        }

        var entry = new Responsibility { CategoryId = category!.Id, RegionId = region?.Id, UnitId = unit!.Id };
        db.Responsibilities.Add(entry);
        if (!await ReferenceSaving.SaveAsync(db, errors, rules, ct, field: "regionCode"))
        {
            return ReferenceChange<Responsibility>.Invalid(errors);
        }

        referenceData.Invalidate();
        await audit.WriteAsync("responsibility-created", AuditModule.Target("responsibility", entry.Id), Describe(refs, entry),
            cancellationToken: ct);
        return ReferenceChange<Responsibility>.Done(ReferenceOutcome.Created, entry);
    }

    public async Task<ReferenceChange<Responsibility>> ChangeUnitAsync(long id, ChangeResponsibilityRequest body, CancellationToken ct)
    {
        var entry = await db.Responsibilities.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (entry is null)
        {
            return ReferenceChange<Responsibility>.Missing(rules.Text["职责清单条目不存在。"]);
        }

        var refs = await referenceData.GetAsync(ct);
        var errors = new ValidationErrors();
        var unit = ActiveUnit(refs, body.UnitCode, errors);
        if (unit is null)
        {
            return ReferenceChange<Responsibility>.Invalid(errors);
        }

        var before = refs.Unit(entry.UnitId)?.Code;
        entry.UnitId = unit.Id;
        audit.Add("responsibility-updated", AuditModule.Target("responsibility", entry.Id), $"{Describe(refs, entry)} (was {before})");
        await db.SaveChangesAsync(ct);
        referenceData.Invalidate();
        return ReferenceChange<Responsibility>.Done(ReferenceOutcome.Updated, entry);
    }

    public async Task<ReferenceChange<Responsibility>> RemoveAsync(long id, CancellationToken ct)
    {
        var entry = await db.Responsibilities.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (entry is null)
        {
            return ReferenceChange<Responsibility>.Missing(rules.Text["职责清单条目不存在。"]);
        }

        var refs = await referenceData.GetAsync(ct);
        db.Responsibilities.Remove(entry);
        audit.Add("responsibility-deleted", AuditModule.Target("responsibility", entry.Id), Describe(refs, entry));
        await db.SaveChangesAsync(ct);
        referenceData.Invalidate();
        return ReferenceChange<Responsibility>.Done(ReferenceOutcome.Deleted, entry);
    }

    /// <summary>The unit an entry may route to: one that exists and takes orders.</summary>
    private Unit? ActiveUnit(ReferenceSnapshot refs, string? code, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add("unitCode", rules.Text["请选择承办单位。"]);
            return null;
        }

        switch (refs.UnitByCode(code))
        {
            case null:
                errors.Add("unitCode", rules.Text["未知的承办单位代码 {0}。", code.Trim()]);
                return null;
            case { IsActive: false } inactive:
                errors.Add("unitCode", rules.Text["单位 {0} 已停用，不能承办。", inactive.Name]);
                return null;
            case var unit:
                return unit;
        }
    }

    /// <summary>"020301@339901001 → XCJD" for the audit log (codes only, never personal data).</summary>
    private static string Describe(ReferenceSnapshot refs, Responsibility entry) =>
        $"{refs.Category(entry.CategoryId)?.Code}@{refs.Region(entry.RegionId)?.Code ?? "*"} → {refs.Unit(entry.UnitId)?.Code}";
}
