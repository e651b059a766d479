using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.WorkOrders;

internal sealed class WorkOrderEventConfiguration : IEntityTypeConfiguration<WorkOrderEvent>
{
    public void Configure(EntityTypeBuilder<WorkOrderEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Actor).HasMaxLength(100);
        builder.Property(e => e.Comment).HasMaxLength(WorkOrder.MaxCommentLength);
        builder.Property(e => e.Outcome).HasMaxLength(1000);
        builder.HasIndex(e => new { e.WorkOrderId, e.Sequence }).IsUnique();
        builder.HasIndex(e => new { e.Action, e.OccurredAt });
    }
}
