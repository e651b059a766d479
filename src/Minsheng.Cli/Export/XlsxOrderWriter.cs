using System.Threading.Channels;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;

namespace Minsheng.Cli.Export;

/// <summary>
/// The web export's spreadsheet (<c>export?format=xlsx</c>): the same Chinese columns, local times and masking,
/// personal data as <paramref name="view"/> allows. The workbook writer pulls rows while the export pushes them,
/// so they meet in a bounded channel; the file is complete only after <see cref="CompleteAsync"/>.
/// </summary>
internal sealed class XlsxOrderWriter(Stream output, PersonalDataView view, TimeSpan utcOffset) : OrderWriter
{
    private readonly System.Threading.Channels.Channel<WorkOrderExportRow> _rows = System.Threading.Channels.Channel.CreateBounded<WorkOrderExportRow>(
        new BoundedChannelOptions(1000) { SingleReader = true, SingleWriter = true });

    private Task? _saving;

    public override Task WriteHeaderAsync(CancellationToken cancellationToken)
    {
        var headers = WorkOrderExportRow.Columns.Select(c => c.Header).ToArray();
        _saving = WorkOrderXlsxWriter.WriteAsync(output, headers, "工单", _rows.Reader.ReadAllAsync(cancellationToken), cancellationToken);

        // Should the workbook writer fail, the export's next write fails with it instead of waiting for room.
        _ = _saving.ContinueWith(saving => _rows.Writer.TryComplete(saving.Exception), CancellationToken.None,
            TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        return Task.CompletedTask;
    }

    public override async Task WriteAsync(WorkOrder order, string? mergedInto, ReferenceSnapshot refs, DateTime now, CancellationToken cancellationToken) =>
        await _rows.Writer.WriteAsync(WorkOrderExportRow.From(order, view, refs, utcOffset), cancellationToken);

    /// <summary>A zip container cannot be flushed part-way: the rows wait in the workbook until <see cref="CompleteAsync"/>.</summary>
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _rows.Writer.TryComplete();
        await (_saving ?? Task.CompletedTask);
        await output.FlushAsync(cancellationToken);
    }
}
