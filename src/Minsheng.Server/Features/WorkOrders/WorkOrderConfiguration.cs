using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.WorkOrders;

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Number).HasMaxLength(32);
        builder.HasIndex(w => w.Number).IsUnique();
        builder.Property(w => w.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(w => w.Channel).HasConversion<string>().HasMaxLength(32);
        builder.Property(w => w.Urgency).HasConversion<string>().HasMaxLength(16);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(w => w.Satisfaction).HasConversion<string>().HasMaxLength(32);
        builder.Property(w => w.Title).HasMaxLength(WorkOrder.MaxTitleLength);
        builder.Property(w => w.Content).HasMaxLength(WorkOrder.MaxContentLength);
        builder.Property(w => w.Answer).HasMaxLength(WorkOrder.MaxContentLength);
        builder.Property(w => w.PendingExtensionReason).HasMaxLength(WorkOrder.MaxCommentLength);
        builder.Property(w => w.Version).IsConcurrencyToken();

        builder.ComplexProperty(w => w.Requester, r =>
        {
            r.Property(p => p.Name).HasMaxLength(100);
            r.Property(p => p.Phone).HasMaxLength(32);
            r.Property(p => p.Type).HasConversion<string>().HasMaxLength(16);
        });
        builder.ComplexProperty(w => w.Location, l => l.Property(p => p.Address).HasMaxLength(300));

        builder.HasMany(w => w.Events).WithOne().HasForeignKey(e => e.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(w => w.Events).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The filters of the order list.
        builder.HasIndex(w => new { w.Status, w.RegisteredAt });
        builder.HasIndex(w => new { w.LeadUnitId, w.Status });
        builder.HasIndex(w => w.CategoryId);
        builder.HasIndex(w => w.RegionId);
        builder.HasIndex(w => w.RegisteredAt);
        builder.HasIndex(w => w.ReplyBy);

        // A citizen's scope (their own orders).
        builder.HasIndex(w => w.CitizenUserId);

        // The sort by deadline (replyBy: orders without one last) has an expression index, created in the
        // migration OrderListIndexes: EF Core cannot model an index on an expression.
        // Likewise in the migration RequesterPhoneIndex, as EF Core cannot index a complex type's column: the requester
        // phone (the caller lookup at intake), and the last characters of the phone and of the number (the search box).
    }
}
