using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Audit;
using Minsheng.Server.Features.Calendar;
using Minsheng.Server.Features.Open311;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;

namespace Minsheng.Server.Infrastructure.Data;

/// <summary>
/// The one model over both engines. Each engine has a derived context
/// (<see cref="SqliteMinshengDbContext"/>, <see cref="PostgresMinshengDbContext"/>) that owns its migrations.
/// </summary>
public abstract class MinshengDbContext(DbContextOptions options)
    : IdentityDbContext<MinshengUser, IdentityRole<long>, long>(options), IDataProtectionKeyContext
{
    /// <summary>The key ring that signs cookies and bearer tokens, shared by every node on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public abstract DatabaseEngine Engine { get; }

    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();

    public DbSet<WorkOrderEvent> WorkOrderEvents => Set<WorkOrderEvent>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Responsibility> Responsibilities => Set<Responsibility>();

    public DbSet<CalendarDayRecord> CalendarDays => Set<CalendarDayRecord>();

    public DbSet<TimeLimitRecord> TimeLimits => Set<TimeLimitRecord>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<UserUnit> UserUnits => Set<UserUnit>();

    public DbSet<UserRegion> UserRegions => Set<UserRegion>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ServiceAttribute> ServiceAttributes => Set<ServiceAttribute>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Instants are UTC everywhere; SQLite hands them back unspecified, so say so on the way in.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MinshengDbContext).Assembly);
    }
}
