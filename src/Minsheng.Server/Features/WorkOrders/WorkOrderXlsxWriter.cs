using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// Export rows as an Excel workbook (MiniExcel, row by row). Text is written as text cells, never as formulas;
/// times are date cells in local time. The workbook is built in a temporary file, because the zip container
/// needs a seekable stream, and then copied to <c>output</c>: a failure midway sends nothing half-written.
/// </summary>
internal static class WorkOrderXlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string TimeFormat = "yyyy-MM-dd HH:mm";

    private static readonly Dictionary<string, int> Widths = new(StringComparer.Ordinal)
    {
        [nameof(WorkOrderExportRow.Number)] = 18,
        [nameof(WorkOrderExportRow.Title)] = 40,
        [nameof(WorkOrderExportRow.Category)] = 18,
        [nameof(WorkOrderExportRow.Region)] = 14,
        [nameof(WorkOrderExportRow.LeadUnit)] = 20,
        [nameof(WorkOrderExportRow.RequesterPhone)] = 14,
        [nameof(WorkOrderExportRow.RegisteredAt)] = 17,
        [nameof(WorkOrderExportRow.AcceptBy)] = 17,
        [nameof(WorkOrderExportRow.ReplyBy)] = 17,
    };

    /// <param name="headers">One header per <see cref="WorkOrderExportRow.Columns"/>, in the reader's language.</param>
    public static async Task WriteAsync(Stream output, IReadOnlyList<string> headers, string sheetName, IAsyncEnumerable<WorkOrderExportRow> rows,
        CancellationToken ct)
    {
        var columns = WorkOrderExportRow.Columns.Select((column, i) =>
        {
            var dynamic = new DynamicExcelColumn(column.Property) { Name = headers[i], Width = Widths.GetValueOrDefault(column.Property, 10) };
            if (column.Property is nameof(WorkOrderExportRow.RegisteredAt) or nameof(WorkOrderExportRow.AcceptBy) or nameof(WorkOrderExportRow.ReplyBy))
            {
                dynamic.Format = TimeFormat;
            }

            return dynamic;
        }).ToArray();
        var configuration = new OpenXmlConfiguration { AutoFilter = true, FreezeRowCount = 1, DynamicColumns = columns };

        var path = Path.Combine(Path.GetTempPath(), "minsheng-export-" + Guid.NewGuid().ToString("N") + ".xlsx");
        await using var workbook = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await MiniExcel.SaveAsAsync(workbook, rows, sheetName: sheetName, excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: ct);
        workbook.Position = 0;
        await workbook.CopyToAsync(output, ct);
    }
}
