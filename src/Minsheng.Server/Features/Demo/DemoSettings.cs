namespace Minsheng.Server.Features.Demo;

/// <summary>The demo county seeded into an empty database (section <c>Demo</c>).</summary>
public sealed class DemoSettings
{
    /// <summary>Seed the demo county when the database has no units yet.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many demo work orders to generate; 0 seeds the reference data only.</summary>
    public int Orders { get; set; } = 300;

    /// <summary>The seed of the generator: the same seed and clock give the same orders.</summary>
    public int RandomSeed { get; set; } = 12345;

    /// <summary>The password of the demo users (one per role). Demo only: a real site creates its own users.</summary>
    public string UserPassword { get; set; } = "Minsheng2026";
}
