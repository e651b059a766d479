using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Reference;

namespace Minsheng.Cli.Export;

/// <summary>Writes exported orders to a stream it does not own (a file, or standard output).</summary>
internal abstract class OrderWriter
{
    public abstract Task WriteHeaderAsync(CancellationToken cancellationToken);

    /// <param name="mergedInto">The number of the order this one was merged into, if any.</param>
    public abstract Task WriteAsync(WorkOrder order, string? mergedInto, ReferenceSnapshot refs, DateTime now, CancellationToken cancellationToken);

    public abstract Task FlushAsync(CancellationToken cancellationToken);

    /// <summary>Finishes the output after the last order (a workbook writes its container then).</summary>
    public virtual Task CompleteAsync(CancellationToken cancellationToken) => FlushAsync(cancellationToken);
}
