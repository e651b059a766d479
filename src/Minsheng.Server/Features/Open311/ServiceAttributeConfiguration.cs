using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Minsheng.Server.Features.Reference;

namespace Minsheng.Server.Features.Open311;

internal sealed class ServiceAttributeConfiguration : IEntityTypeConfiguration<ServiceAttribute>
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Configure(EntityTypeBuilder<ServiceAttribute> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Code).HasMaxLength(ServiceAttribute.MaxCodeLength);
        builder.Property(a => a.Order).HasColumnName("sort_order");
        builder.Property(a => a.Datatype).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Description).HasMaxLength(500);
        builder.Property(a => a.DatatypeDescription).HasMaxLength(200);

        // The options as a JSON array of {key, name}: read with the attribute, never queried by themselves.
        builder.Property(a => a.Values)
            .HasColumnName("list_values")
            .HasConversion(
                v => Serialize(v),
                s => Deserialize(s),
                new ValueComparer<List<ServiceAttributeValue>>(
                    (a, b) => a != null && b != null && a.SequenceEqual(b),
                    v => v.Aggregate(0, (hash, value) => HashCode.Combine(hash, value.GetHashCode())),
                    v => v.ToList()));
        builder.Ignore(a => a.IsList);

        builder.HasOne<Category>().WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.CategoryId, a.Code }).IsUnique();
    }

    private static string Serialize(List<ServiceAttributeValue> values) => JsonSerializer.Serialize(values, _json);

    private static List<ServiceAttributeValue> Deserialize(string json) =>
        JsonSerializer.Deserialize<List<ServiceAttributeValue>>(json, _json) ?? [];
}
