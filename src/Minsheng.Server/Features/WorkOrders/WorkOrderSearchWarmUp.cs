using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Text;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// The first search after a start used to take seconds: jieba loads its dictionary and model on first use, and EF Core
/// compiles the search query. This runs one segmentation and one full-text search in the background once the database
/// is migrated, so the server is ready as soon as before and the first user does not pay for it.
/// </summary>
internal sealed partial class WorkOrderSearchWarmUp(IServiceScopeFactory scopes, ChineseText text, ILogger<WorkOrderSearchWarmUp> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // never hold up the start
        var started = Stopwatch.GetTimestamp();
        try
        {
            _ = text.ToIndexText("小区楼下烧烤店油烟扰民", "路灯晚上不亮，希望有关部门尽快处理。");
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MinshengDbContext>();
            var search = scope.ServiceProvider.GetRequiredService<WorkOrderTextSearch>();
            _ = await search.Filter(db.WorkOrders.AsNoTracking(), "路灯不亮", searchPhones: false)
                .OrderByDescending(w => w.RegisteredAt).Select(w => w.Id).Take(1).ToListAsync(stoppingToken);
            LogWarmedUp(logger, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only a warm-up: the first real search does the same work and reports its own errors.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(EventId = 150, Level = LogLevel.Information, Message = "Search warmed up in {ElapsedMs} ms")]
    private static partial void LogWarmedUp(ILogger logger, long elapsedMs);

    [LoggerMessage(EventId = 151, Level = LogLevel.Warning, Message = "Search warm-up failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
