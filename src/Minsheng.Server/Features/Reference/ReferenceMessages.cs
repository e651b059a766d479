namespace Minsheng.Server.Features.Reference;

/// <summary>
/// Marker for the messages of the reference-data use cases (validation, names of kinds and levels). The Chinese text
/// is the key; <c>ReferenceMessages.en.resx</c> holds the English the admin pages show when English is chosen.
/// </summary>
internal sealed class ReferenceMessages;
