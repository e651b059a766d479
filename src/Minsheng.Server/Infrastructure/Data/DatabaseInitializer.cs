using Microsoft.EntityFrameworkCore;
using Minsheng.Core.Calendar;
using Minsheng.Server.Features.Calendar;

namespace Minsheng.Server.Infrastructure.Data;

/// <summary>
/// Runs before the server listens: applies the engine's migrations, then fills what a new
/// database needs (the statutory calendar and default time limits) and, when enabled, the demo county.
/// </summary>
internal sealed partial class DatabaseInitializer(IServiceScopeFactory scopes, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
        LogMigrating(logger, db.Engine);
        await using var exclusive = await StartupLock.TakeAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);

        if (!await db.CalendarDays.AnyAsync(cancellationToken))
        {
            db.CalendarDays.AddRange(ChinaHolidays.All.Select(d => new CalendarDayRecord { Date = d.Date, IsOffDay = d.IsOffDay, Name = d.Name }));
        }

        if (!await db.TimeLimits.AnyAsync(cancellationToken))
        {
            db.TimeLimits.AddRange(DefaultTimeLimits.All.Select(TimeLimitMapping.ToRecord));
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder>())
        {
            await seeder.SeedAsync(db, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Applying migrations on {Engine}")]
    private static partial void LogMigrating(ILogger logger, DatabaseEngine engine);
}
