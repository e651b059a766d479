using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minsheng.Server.Features.Reference;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(32);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.HasIndex(r => r.ParentId);
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(32);
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.HasIndex(u => u.ParentId);
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Keywords).HasMaxLength(500);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => c.ParentId);
    }
}

internal sealed class ResponsibilityConfiguration : IEntityTypeConfiguration<Responsibility>
{
    public void Configure(EntityTypeBuilder<Responsibility> builder)
    {
        builder.HasIndex(r => new { r.CategoryId, r.RegionId }).IsUnique();
        builder.HasOne<Category>().WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
