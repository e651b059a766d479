using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.Demo;

/// <summary>
/// One demo order before it exists: what the citizen said, when, and the status its life ends in.
/// <see cref="DemoOrderGenerator.Build"/> turns it into a <see cref="WorkOrder"/> once it has a number.
/// </summary>
/// <param name="Index">Position in registration order.</param>
/// <param name="Request">What intake records.</param>
/// <param name="RegisteredAt">When it was registered (UTC).</param>
/// <param name="Target">The status the order is left in.</param>
/// <param name="MergeTargetIndex">For a duplicate (<see cref="WorkOrderStatus.Merged"/>): the <see cref="Index"/> of the order it merges into, always earlier.</param>
/// <param name="UnitAnswer">The handling unit's answer (办结答复).</param>
/// <param name="DirectAnswer">The knowledge-base answer an operator may give at once (consultations and praise).</param>
/// <param name="Seed">Seeds the random choices of this order's life, so one order never depends on another.</param>
internal sealed record DemoOrderPlan(
    int Index,
    NewWorkOrder Request,
    DateTime RegisteredAt,
    WorkOrderStatus Target,
    int? MergeTargetIndex,
    string UnitAnswer,
    string? DirectAnswer,
    int Seed);
