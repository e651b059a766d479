using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Minsheng.Server.Infrastructure.Data;

/// <summary>
/// Several nodes starting at once on one PostgreSQL database take turns to migrate and seed: the first does the work,
/// the others wait, then find it done (without this, both saw an empty database and the loser failed on a duplicate).
/// A session-level advisory lock, released when the node is done or its connection drops. SQLite is one process's
/// embedded database and needs none.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    // Any constant that no other code uses as an advisory lock key: "MSHG" in ASCII.
    private const long Key = 0x4D534847;

    private readonly MinshengDbContext? _db;

    private StartupLock(MinshengDbContext? db) => _db = db;

    public static async Task<StartupLock> TakeAsync(MinshengDbContext db, CancellationToken cancellationToken)
    {
        if (db.Engine != DatabaseEngine.Postgres)
        {
            return new StartupLock(null);
        }

        // Migrating would create a missing database; the lock needs one to connect to first.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another node created it a moment ago.
            }
        }

        // The lock belongs to the session, so the connection stays open until it is released.
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({Key})", cancellationToken);
        return new StartupLock(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
        {
            return;
        }

        await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({Key})");
        await _db.Database.CloseConnectionAsync();
    }
}
