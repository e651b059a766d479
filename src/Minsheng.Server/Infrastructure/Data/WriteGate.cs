using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Minsheng.Server.Infrastructure.Data;

/// <summary>
/// For a write of several statements that belong together (a number and the order that carries it). SQLite has
/// one writer: the write waits for its turn in the process, asynchronously, instead of sleeping on a thread-pool
/// thread inside SQLite's busy handler, then holds one IMMEDIATE transaction, so it takes the lock once, not once
/// per statement. PostgreSQL locks rows, not the database: there each statement keeps its own transaction, so
/// concurrent writes are not queued behind one another. A write inside a caller's transaction is part of it.
/// </summary>
public sealed class WriteGate
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task<WriteTurn> EnterAsync(MinshengDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Inside a caller's transaction (an Open311 submission, a CLI import batch) the write is already one.
        if (db.Engine != DatabaseEngine.Sqlite || db.Database.CurrentTransaction is not null)
        {
            return new WriteTurn(null, null);
        }

        await _turn.WaitAsync(cancellationToken);
        try
        {
            return new WriteTurn(await db.Database.BeginTransactionAsync(cancellationToken), _turn);
        }
        catch
        {
            _turn.Release();
            throw;
        }
    }
}

/// <summary>One write's turn: commit it, or dispose it to roll back; either way the next writer goes.</summary>
public sealed class WriteTurn(IDbContextTransaction? transaction, SemaphoreSlim? turn) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken cancellationToken) =>
        transaction?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
        finally
        {
            turn?.Release();
        }
    }
}
