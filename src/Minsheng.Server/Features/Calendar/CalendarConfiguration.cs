using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minsheng.Server.Features.Calendar;

internal sealed class CalendarDayRecordConfiguration : IEntityTypeConfiguration<CalendarDayRecord>
{
    public void Configure(EntityTypeBuilder<CalendarDayRecord> builder)
    {
        builder.ToTable("calendar_days");
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Name).HasMaxLength(50);
    }
}

internal sealed class TimeLimitRecordConfiguration : IEntityTypeConfiguration<TimeLimitRecord>
{
    public void Configure(EntityTypeBuilder<TimeLimitRecord> builder)
    {
        builder.ToTable("time_limits");
        builder.HasKey(t => new { t.Kind, t.Urgency });
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Urgency).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Accept).HasMaxLength(16);
        builder.Property(t => t.Reply).HasMaxLength(16);
    }
}
