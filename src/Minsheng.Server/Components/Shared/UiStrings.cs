namespace Minsheng.Server.Components.Shared;

/// <summary>
/// Marker for the strings every page shares (navigation, enum names, common words). The Chinese text is the key;
/// <c>UiStrings.en.resx</c> holds the English. A page's own strings live in its own <c>Page.en.resx</c>.
/// </summary>
internal sealed class UiStrings;
