namespace Minsheng.Core.Privacy;

/// <summary>One personal number found in a text: where it is, what it is, and its masked form.</summary>
internal readonly record struct PersonalDataMatch(int Start, int Length, PersonalDataKinds Kind, string Replacement)
{
    public int End => Start + Length;
}
