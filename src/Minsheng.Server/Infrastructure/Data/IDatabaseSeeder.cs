namespace Minsheng.Server.Infrastructure.Data;

/// <summary>Fills a database after migration (e.g. the demo county on first start). Must be safe to run on every start.</summary>
public interface IDatabaseSeeder
{
    Task SeedAsync(MinshengDbContext db, CancellationToken cancellationToken);
}
