namespace Minsheng.Server.Features.Open311;

/// <summary>One option of a list attribute: the key a client sends and the name a person reads.</summary>
public sealed record ServiceAttributeValue(string Key, string Name);
