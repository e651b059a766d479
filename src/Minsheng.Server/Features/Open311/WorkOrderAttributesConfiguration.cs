using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.Open311;

/// <summary>
/// Stores <see cref="WorkOrder.Attributes"/> (answers to a category's extra questions) as a JSON object in the
/// text column <c>attributes</c>. It lives here, beside the feature that fills it, as a second configuration of
/// the work-order entity.
/// </summary>
internal sealed class WorkOrderAttributesConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.Property(w => w.Attributes)
            .HasColumnName("attributes")
            .HasConversion(
                v => Serialize(v),
                s => Deserialize(s),
                new ValueComparer<IReadOnlyDictionary<string, string>?>(
                    (a, b) => Same(a, b),
                    v => v == null ? 0 : v.Count,
                    v => v == null ? null : v.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)));
    }

    private static string Serialize(IReadOnlyDictionary<string, string>? attributes) => JsonSerializer.Serialize(attributes, _json);

    private static IReadOnlyDictionary<string, string>? Deserialize(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, _json);

    private static bool Same(IReadOnlyDictionary<string, string>? a, IReadOnlyDictionary<string, string>? b) =>
        ReferenceEquals(a, b)
        || (a is not null && b is not null && a.Count == b.Count
            && a.All(p => b.TryGetValue(p.Key, out var value) && string.Equals(value, p.Value, StringComparison.Ordinal)));
}
