using System.Globalization;
using System.Text;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>Export rows as CSV: UTF-8 with BOM, so Excel reads the Chinese; a cell is never run as a formula.</summary>
internal static class WorkOrderCsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static async Task WriteAsync(Stream output, IReadOnlyList<string> headers, IAsyncEnumerable<WorkOrderExportRow> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await writer.WriteLineAsync(string.Join(',', headers.Select(Csv)));
        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteLineAsync(string.Join(',',
                Csv(row.Number),
                Csv(row.Kind),
                Csv(row.Urgency),
                Csv(row.Status),
                Csv(row.Title),
                Csv(row.Category),
                Csv(row.Region),
                Csv(row.LeadUnit),
                Csv(row.RequesterName),
                Csv(row.RequesterPhone),
                Csv(Time(row.RegisteredAt)),
                Csv(Time(row.AcceptBy)),
                Csv(Time(row.ReplyBy))));
        }

        await writer.FlushAsync(ct);
    }

    private static string? Time(DateTime? local) => local?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting; a leading = + - @ is neutralised so a cell is never run as a formula.</summary>
    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
