namespace Minsheng.Server.Components.Pages.Orders;

/// <summary>What any action form on the order page posts; each action reads the fields it needs.</summary>
public sealed class ActionInput
{
    public int? Version { get; set; }

    public string? Comment { get; set; }

    public string? Reason { get; set; }

    public string? Answer { get; set; }

    public string? UnitCode { get; set; }

    public string? Until { get; set; }

    public string? Decision { get; set; }

    public string? Satisfaction { get; set; }

    public string? TargetNumber { get; set; }

    public string? Opinion { get; set; }
}
