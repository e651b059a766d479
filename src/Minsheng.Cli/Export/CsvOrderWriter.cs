using System.Globalization;
using System.Text;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;

namespace Minsheng.Cli.Export;

/// <summary>
/// The order list's summary columns as CSV (RFC 4180, CRLF), UTF-8 with a byte-order mark so Excel
/// reads the Chinese. Times are UTC, ISO 8601. A text cell that a spreadsheet would take for a
/// formula (= + - @) gets a leading apostrophe: titles come from the public.
/// </summary>
internal sealed class CsvOrderWriter(Stream output, PersonalDataView view) : OrderWriter
{
    public static readonly string[] Columns =
    [
        "id", "number", "kind", "urgency", "status", "statusName", "title",
        "categoryCode", "categoryName", "regionCode", "regionName", "leadUnitCode", "leadUnitName",
        "registeredAt", "acceptBy", "replyBy", "overdue", "version",
    ];

    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true)
    {
        NewLine = "\r\n",
    };

    public override async Task WriteHeaderAsync(CancellationToken cancellationToken) =>
        await _writer.WriteLineAsync(string.Join(',', Columns).AsMemory(), cancellationToken);

    public override async Task WriteAsync(WorkOrder order, string? mergedInto, ReferenceSnapshot refs, DateTime now, CancellationToken cancellationToken)
    {
        var s = order.ToSummary(refs, now, view);
        string[] cells =
        [
            s.Id.ToString(CultureInfo.InvariantCulture),
            s.Number,
            s.Kind,
            s.Urgency,
            s.Status,
            s.StatusName,
            Text(s.Title),
            s.Category?.Code ?? string.Empty,
            Text(s.Category?.Name),
            s.Region?.Code ?? string.Empty,
            Text(s.Region?.Name),
            s.LeadUnit?.Code ?? string.Empty,
            Text(s.LeadUnit?.Name),
            Time(s.RegisteredAt),
            Time(s.AcceptBy),
            Time(s.ReplyBy),
            s.Overdue ? "true" : "false",
            s.Version.ToString(CultureInfo.InvariantCulture),
        ];
        await _writer.WriteLineAsync(string.Join(',', cells.Select(Quote)).AsMemory(), cancellationToken);
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => _writer.FlushAsync(cancellationToken);

    public static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static string Text(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text ?? string.Empty;

    private static string Time(DateTime? time) =>
        time is { } t ? t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : string.Empty;
}
