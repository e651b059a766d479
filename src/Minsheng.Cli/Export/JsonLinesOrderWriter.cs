using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;

namespace Minsheng.Cli.Export;

/// <summary>
/// One order per line, exactly as <c>GET /api/v1/work-orders/{id}</c> returns it (events included),
/// with Chinese written as is rather than as \u escapes, and personal data as <paramref name="view"/> allows.
/// </summary>
internal sealed class JsonLinesOrderWriter(Stream output, JsonSerializerOptions serverOptions, PersonalDataView view) : OrderWriter
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly JsonSerializerOptions _options = new(serverOptions)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public override Task WriteHeaderAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task WriteAsync(WorkOrder order, string? mergedInto, ReferenceSnapshot refs, DateTime now, CancellationToken cancellationToken)
    {
        // An export has no one to act on what it lists: no allowed actions.
        await JsonSerializer.SerializeAsync(output, order.ToDto(refs, now, mergedInto, includeEvents: true, view, allowedActions: []), _options, cancellationToken);
        await output.WriteAsync(NewLine, cancellationToken);
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => output.FlushAsync(cancellationToken);
}
