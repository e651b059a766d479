using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Tests.Infrastructure;

namespace Minsheng.Server.Tests.Platform;

/// <summary>SQLite's one writer: writes of several statements queue in the process and each holds one transaction.</summary>
public sealed class WriteGateTests
{
    [Fact]
    public async Task On_sqlite_a_second_write_waits_for_the_first_to_finish_and_each_holds_a_transaction()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        var gate = app.Services.GetRequiredService<WriteGate>();
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<MinshengDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<MinshengDbContext>();

        var turn = await gate.EnterAsync(db1, CancellationToken.None);
        Assert.NotNull(db1.Database.CurrentTransaction);
        var waiting = gate.EnterAsync(db2, CancellationToken.None);
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);

        await turn.DisposeAsync();
        await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(db2.Database.CurrentTransaction);
        Assert.Null(db1.Database.CurrentTransaction);
    }

    [Fact]
    public async Task A_write_inside_a_callers_transaction_joins_it_and_does_not_wait()
    {
        await using var app = await MinshengApp.StartAsync(Engines.Sqlite);
        var gate = app.Services.GetRequiredService<WriteGate>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
        await using var outer = await db.Database.BeginTransactionAsync();

        await using (var turn = await gate.EnterAsync(db, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)))
        {
            await turn.CommitAsync(CancellationToken.None);
        }

        Assert.Same(outer, db.Database.CurrentTransaction);
    }
}
