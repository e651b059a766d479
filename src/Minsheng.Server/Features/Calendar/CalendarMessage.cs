using System.Globalization;

namespace Minsheng.Server.Features.Calendar;

/// <summary>
/// A validation message about the calendar or a time limit. The Chinese <see cref="Template"/> is also the key a page
/// translates it by (<c>L[Template, Args]</c>); the API sends it formatted in Chinese.
/// </summary>
/// <param name="Field">The member at fault: "year", "date", "name", "kind", "urgency", "accept", "reply".</param>
/// <param name="Index">For a listed day, its position in the submitted list.</param>
public sealed record CalendarMessage(string Field, string Template, IReadOnlyList<string> Args, int? Index = null)
{
    public static CalendarMessage For(string field, string template, params string[] args) => new(field, template, args);

    public static CalendarMessage ForDay(int index, string field, string template, params string[] args) => new(field, template, args, index);

    /// <summary>The API's error key: "days[3].date" for a listed day, else the field.</summary>
    public string Key => Index is { } i ? string.Create(CultureInfo.InvariantCulture, $"days[{i}].{Field}") : Field;

    public string Chinese => string.Format(CultureInfo.InvariantCulture, Template, [.. Args]);

    /// <summary>The errors by key, as <c>TypedResults.ValidationProblem</c> takes them.</summary>
    public static Dictionary<string, string[]> ToErrors(IEnumerable<CalendarMessage> messages) =>
        messages.GroupBy(m => m.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Chinese).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
}
