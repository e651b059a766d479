using Minsheng.Core.Text;

namespace Minsheng.Server.Features.Reference;

/// <summary>
/// The one rule by which an operator's typed text names a reference entry (a category, a region): its code, name or path
/// exactly; else part of its name, or the pinyin initials of its name (a prefix) or of its path (a prefix, or from three
/// letters on anywhere in it: fewer would match everything).
/// </summary>
internal static class TypedMatch
{
    public static IReadOnlyList<T> Find<T>(IEnumerable<T> entries, string? typed, Func<T, string> code, Func<T, string> name, Func<T, string> path)
    {
        var text = typed?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var candidates = entries.ToArray();
        var exact = candidates.Where(e => string.Equals(code(e), text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name(e), text, StringComparison.Ordinal)
            || string.Equals(path(e), text, StringComparison.Ordinal)).ToArray();
        if (exact.Length > 0)
        {
            return exact;
        }

        var letters = text.ToLowerInvariant();
        var byInitials = letters.All(char.IsAsciiLetterOrDigit);
        return candidates.Where(e => name(e).Contains(text, StringComparison.Ordinal) || byInitials && InitialsMatch(name(e), path(e), letters)).ToArray();
    }

    private static bool InitialsMatch(string name, string path, string letters)
    {
        if (PinyinInitials.Of(name).StartsWith(letters, StringComparison.Ordinal))
        {
            return true;
        }

        var pathInitials = PinyinInitials.Of(path);
        return pathInitials.StartsWith(letters, StringComparison.Ordinal) || letters.Length >= 3 && pathInitials.Contains(letters, StringComparison.Ordinal);
    }
}
