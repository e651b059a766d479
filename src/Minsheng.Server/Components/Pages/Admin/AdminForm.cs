using Microsoft.Extensions.Primitives;
using Minsheng.Server.Components.Shared;
using Minsheng.Server.Features.Reference;

namespace Minsheng.Server.Components.Pages.Admin;

/// <summary>Reading the posted forms of the reference-data admin pages and showing what the use case answered.</summary>
internal static class AdminForm
{
    /// <summary>The trimmed value, or null when blank: what was typed goes back into the form as it was sent.</summary>
    public static string? Text(IFormCollection form, string name) => Blank(form[name]);

    public static bool Checked(IFormCollection form, string name) => string.Equals(form[name], "true", StringComparison.Ordinal);

    public static string? Blank(StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString().Trim();

    /// <summary>Field messages go beside their inputs; a refusal or a missing row becomes the form's summary.</summary>
    public static void AddTo<T>(FieldErrors errors, ReferenceChange<T> change)
        where T : class
    {
        if (change.Errors is { } fields)
        {
            errors.AddAll(fields);
        }

        if (change.Message is { } message)
        {
            errors.Summary = message;
        }
    }

    public static string? Invalid(FieldErrors errors, string field) => errors.Has(field) ? "true" : null;

    /// <summary>Indentation of a tree row, in em.</summary>
    public static string Indent(int depth) => FormattableString.Invariant($"padding-left: {depth * 1.4:0.0}em");
}
