using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Reference;

/// <summary>Creating, changing and retiring categories (诉求分类), for the admin API and page. Every change is audited.</summary>
internal sealed class CategoryAdministration(MinshengDbContext db, ReferenceData referenceData, ReferenceRules rules, AuditLog audit)
{
    private static readonly char[] KeywordSeparators = [',', '，', '、', ';', '；', ' ', '\u3000', '\t', '\r', '\n'];

    public async Task<ReferenceChange<Category>> CreateAsync(SaveCategoryRequest body, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var values = Validate(body, await referenceData.GetAsync(ct), null, errors);
        if (values is null)
        {
            return ReferenceChange<Category>.Invalid(errors);
        }

        var category = new Category { Code = values.Code, Name = values.Name, IsActive = body.Active ?? true };
        values.ApplyTo(category);
        db.Categories.Add(category);
        if (!await ReferenceSaving.SaveAsync(db, errors, rules, ct))
        {
            return ReferenceChange<Category>.Invalid(errors);
        }

        referenceData.Invalidate();
        await audit.WriteAsync("category-created", AuditModule.Target("category", category.Id), $"{category.Code} {category.Name}",
            cancellationToken: ct);
        return ReferenceChange<Category>.Done(ReferenceOutcome.Created, category);
    }

    public async Task<ReferenceChange<Category>> UpdateAsync(long id, SaveCategoryRequest body, CancellationToken ct)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null)
        {
            return ReferenceChange<Category>.Missing(rules.Text["分类不存在。"]);
        }

        var refs = await referenceData.GetAsync(ct);
        var errors = new ValidationErrors();
        var values = Validate(body, refs, id, errors);
        if (values is null)
        {
            return ReferenceChange<Category>.Invalid(errors);
        }

        var active = body.Active ?? category.IsActive;
        var changes = new ChangeLog();
        changes.Add("code", category.Code, values.Code);
        changes.Add("name", category.Name, values.Name);
        changes.Add("parent", refs.Category(category.ParentId)?.Code, refs.Category(values.ParentId)?.Code);
        changes.Add("keywords", category.Keywords, values.Keywords);
        changes.Add("active", category.IsActive, active);
        category.IsActive = active;
        values.ApplyTo(category);
        if (!await ReferenceSaving.SaveAsync(db, errors, rules, ct))
        {
            return ReferenceChange<Category>.Invalid(errors);
        }

        referenceData.Invalidate();
        if (changes.Any)
        {
            await audit.WriteAsync("category-updated", AuditModule.Target("category", category.Id), changes.ToString(), cancellationToken: ct);
        }

        return ReferenceChange<Category>.Done(ReferenceOutcome.Updated, category);
    }

    /// <summary>Deletes a category nothing refers to; one that orders, the responsibility list or other categories use is deactivated.</summary>
    public async Task<ReferenceChange<Category>> RemoveAsync(long id, CancellationToken ct)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null)
        {
            return ReferenceChange<Category>.Missing(rules.Text["分类不存在。"]);
        }

        var uses = await ReferenceUsage.OfCategoryAsync(db, id, ct);
        if (uses.Count > 0)
        {
            if (category.IsActive)
            {
                category.IsActive = false;
                audit.Add("category-deactivated", AuditModule.Target("category", category.Id),
                    $"{category.Code}; in use by {string.Join(',', uses)}");
                await db.SaveChangesAsync(ct);
                referenceData.Invalidate();
            }

            return ReferenceChange<Category>.Done(ReferenceOutcome.Deactivated, category);
        }

        db.Categories.Remove(category);
        audit.Add("category-deleted", AuditModule.Target("category", category.Id), $"{category.Code} {category.Name}");
        await db.SaveChangesAsync(ct);
        referenceData.Invalidate();
        return ReferenceChange<Category>.Done(ReferenceOutcome.Deleted, category);
    }

    /// <summary>Keywords as the demo county writes them: one comma between words, each once.</summary>
    public static string? NormalizeKeywords(string? keywords)
    {
        var words = (keywords ?? string.Empty).Split(KeywordSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return words.Length == 0 ? null : string.Join(',', words);
    }

    private Values? Validate(SaveCategoryRequest body, ReferenceSnapshot refs, long? self, ValidationErrors errors)
    {
        var code = rules.Code(errors, body.Code, c => refs.CategoryByCode(c)?.Id, self);
        var name = rules.Name(errors, body.Name);
        var parent = rules.Parent(errors, body.ParentCode, c => refs.CategoryByCode(c)?.Id, self, refs.CategorySubtree,
            rules.Text["未知的上级分类代码 {0}。", body.ParentCode?.Trim() ?? ""], rules.Text["上级分类不能是本分类或其下级分类。"]);
        var keywords = NormalizeKeywords(body.Keywords);
        if (keywords is { Length: > ReferenceRules.MaxKeywordsLength })
        {
            errors.Add("keywords", rules.Text["关键词不能超过 {0} 个字符。", ReferenceRules.MaxKeywordsLength]);
        }

        return errors.Any ? null : new Values(code!, name!, parent, keywords);
    }

    private sealed record Values(string Code, string Name, long? ParentId, string? Keywords)
    {
        public void ApplyTo(Category category)
        {
            category.Code = Code;
            category.Name = Name;
            category.ParentId = ParentId;
            category.Keywords = Keywords;
        }
    }
}
