using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Infrastructure.Data;
using Npgsql;

namespace Minsheng.Server.Features.Reference;

internal static class ReferenceSaving
{
    private const int SqliteConstraint = 19;

    /// <summary>
    /// Saves. When a unique index refuses the row (two admins taking the same code at once) the answer is a message
    /// under <paramref name="field"/> instead of a 500, and the refused row is forgotten so the request can go on.
    /// </summary>
    public static async Task<bool> SaveAsync(MinshengDbContext db, ValidationErrors errors, ReferenceRules rules, CancellationToken ct,
        string field = "code")
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            errors.Add(field, rules.Text["刚被他人占用，请刷新后重试。"]);
            return false;
        }
    }

    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException s => s.SqliteErrorCode == SqliteConstraint,
        _ => false,
    };
}
