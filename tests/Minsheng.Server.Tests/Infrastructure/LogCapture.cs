using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Minsheng.Core.Privacy;

namespace Minsheng.Server.Tests.Infrastructure;

/// <summary>
/// One process-wide sink for the log output of every <see cref="MinshengApp"/> of the test run, at Trace level
/// (so EF Core and ASP.NET Core debug output is included): the formatted message, the structured values and the
/// exception text of every entry. Each entry is checked for personal numbers as it arrives
/// (<see cref="PersonalDataMasker.Detect"/>); the entries themselves are kept per app until the app is disposed,
/// so a long run does not hold every line of every app in memory.
/// </summary>
public static partial class LogCapture
{
    /// <summary>At most this many flagged entries are kept (they are the failures, so the first ones are enough).</summary>
    private const int MaxFlagged = 200;

    private static readonly ConcurrentDictionary<string, ConcurrentQueue<CapturedLog>> _bySource = new(StringComparer.Ordinal);
    private static readonly ConcurrentQueue<CapturedLog> _flagged = new();
    private static long _total;
    private static int _sources;

    /// <summary>Entries written by every app of this process so far.</summary>
    public static long Total => Interlocked.Read(ref _total);

    /// <summary>Entries of any app of this run in which <see cref="PersonalDataMasker.Detect"/> found a personal number.</summary>
    public static IReadOnlyList<CapturedLog> Flagged => _flagged.ToArray();

    /// <summary>A new name for one app's output.</summary>
    public static string NewSource() =>
        "app-" + Interlocked.Increment(ref _sources).ToString(CultureInfo.InvariantCulture);

    /// <summary>Sends everything <paramref name="source"/> logs, at every level, to the sink.</summary>
    public static void AddTo(ILoggingBuilder logging, string source)
    {
        ArgumentNullException.ThrowIfNull(logging);
        _bySource.TryAdd(source, new ConcurrentQueue<CapturedLog>());
        logging.AddProvider(new LogCaptureProvider(source));

        // A rule for this provider wins over the configured category levels (Microsoft.*: Warning and so on).
        logging.AddFilter<LogCaptureProvider>(null, LogLevel.Trace);
    }

    /// <summary>What one app has logged so far (empty once it is released).</summary>
    public static IReadOnlyList<CapturedLog> Of(string source) =>
        _bySource.TryGetValue(source, out var entries) ? entries.ToArray() : [];

    /// <summary>Forgets one app's entries (it was disposed); the flagged ones stay.</summary>
    public static void Release(string source) => _bySource.TryRemove(source, out _);

    internal static void Record(CapturedLog entry)
    {
        Interlocked.Increment(ref _total);
        if (_bySource.TryGetValue(entry.Source, out var entries))
        {
            entries.Enqueue(entry);
        }

        if (PersonalDataMasker.Detect(entry.Scannable) != PersonalDataKinds.None && _flagged.Count < MaxFlagged)
        {
            _flagged.Enqueue(entry);
        }
    }

    /// <summary>
    /// The text without machine identifiers (GUIDs such as Data Protection key ids, hex trace ids): their random digit
    /// runs can look like a phone or a card number, and a personal number is never written in hex.
    /// </summary>
    public static string WithoutIdentifiers(string text) => HexIdentifier().Replace(GuidPattern().Replace(text, "<guid>"), "<id>");

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", RegexOptions.CultureInvariant)]
    private static partial Regex GuidPattern();

    // Hex tokens of 16 or more characters with at least one letter (a trace id); digit-only numbers are left to be checked.
    [GeneratedRegex("(?<![0-9a-zA-Z])(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{16,}(?![0-9a-zA-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex HexIdentifier();
}

/// <summary>One log entry as captured: its message, structured values and exception as one text.</summary>
public sealed record CapturedLog(string Source, string Category, LogLevel Level, int EventId, string Text)
{
    /// <summary>What the privacy checks read: the text without machine identifiers.</summary>
    public string Scannable => LogCapture.WithoutIdentifiers(Text);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Source} {Level} {Category}#{EventId}] {Text}");
}

internal sealed class LogCaptureProvider(string source) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new LogCaptureLogger(source, categoryName);

    public void Dispose()
    {
    }

    private sealed class LogCaptureLogger(string source, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new StringBuilder(formatter(state, exception));

            // A structured sink (JSON console, OpenTelemetry) writes the values even when the message does not show them.
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    if (key != "{OriginalFormat}")
                    {
                        text.Append(" | ").Append(key).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                    }
                }
            }

            if (exception is not null)
            {
                text.AppendLine().Append(exception);
            }

            LogCapture.Record(new CapturedLog(source, category, logLevel, eventId.Id, text.ToString()));
        }
    }
}
