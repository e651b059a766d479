using System.Globalization;

namespace Minsheng.Server.Features.Reference;

/// <summary>The fields an update changed, old → new, for the audit log.</summary>
internal sealed class ChangeLog
{
    private readonly List<string> _changes = [];

    public bool Any => _changes.Count > 0;

    public void Add<T>(string field, T before, T after)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            _changes.Add(string.Create(CultureInfo.InvariantCulture, $"{field}: {Show(before)} → {Show(after)}"));
        }
    }

    public override string ToString() => string.Join("; ", _changes);

    private static string Show<T>(T value) => value switch
    {
        null => "—",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "—",
    };
}
