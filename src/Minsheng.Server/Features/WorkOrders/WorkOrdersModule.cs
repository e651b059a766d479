using Microsoft.AspNetCore.Mvc;
using Minsheng.Server.Features.Accounts;

namespace Minsheng.Server.Features.WorkOrders;

public static class WorkOrdersModule
{
    public static IServiceCollection AddWorkOrders(this IServiceCollection services)
    {
        services.AddScoped<Intake>();
        services.AddScoped<WorkOrderActionRunner>();
        services.AddScoped<WorkOrderNumbers>();
        services.AddScoped<WorkOrderTextSearch>();
        services.AddScoped<WorkOrderFilters>();
        return services;
    }

    public static IEndpointRouteBuilder MapWorkOrderEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/work-orders").WithTags("WorkOrders").RequireAuthorization();

        group.MapPost("/", (RegisterWorkOrderRequest request, [FromHeader(Name = IdempotencyKeys.HeaderName)] string? idempotencyKey,
                Intake intake, CancellationToken ct) => intake.HandleAsync(request, idempotencyKey, ct))
            .WithName("RegisterWorkOrder")
            .WithSummary("受理: register a request as a work order")
            .RequireAuthorization(policy => policy.RequireRole(ActionPermissions.Register))
            .RequireRateLimiting(RateLimits.Public);
        group.MapGet("/{id:long}", WorkOrderQueries.GetAsync).WithName("GetWorkOrder");
        group.MapGet("/", WorkOrderQueries.ListAsync).WithName("ListWorkOrders");
        group.MapGet("/export", WorkOrderExport.ExportAsync).WithName("ExportWorkOrders")
            .RequireAuthorization(policy => policy.RequireRole(ActionPermissions.Export));
        group.MapPost("/{id:long}/personal-data", WorkOrderQueries.UnmaskAsync).WithName("UnmaskWorkOrderPersonalData")
            .RequireAuthorization(policy => policy.RequireRole(Roles.SeePersonalData));

        group.MapPost("/{id:long}/direct-answer", WorkOrderActions.DirectAnswer).WithName("DirectAnswerWorkOrder");
        group.MapPost("/{id:long}/dispatch", WorkOrderActions.Dispatch).WithName("DispatchWorkOrder");
        group.MapPost("/{id:long}/accept", WorkOrderActions.Accept).WithName("AcceptWorkOrder");
        group.MapPost("/{id:long}/return", WorkOrderActions.Return).WithName("ReturnWorkOrder");
        group.MapPost("/{id:long}/assist-opinion", WorkOrderActions.AssistOpinion).WithName("RecordWorkOrderAssistOpinion");
        group.MapPost("/{id:long}/extension-request", WorkOrderActions.ExtensionRequest).WithName("RequestWorkOrderExtension");
        group.MapPost("/{id:long}/extension-decision", WorkOrderActions.ExtensionDecision).WithName("DecideWorkOrderExtension");
        group.MapPost("/{id:long}/reply", WorkOrderActions.Reply).WithName("ReplyWorkOrder");
        group.MapPost("/{id:long}/review", WorkOrderActions.Review).WithName("ReviewWorkOrder");
        group.MapPost("/{id:long}/callback", WorkOrderActions.Callback).WithName("CallbackWorkOrder");
        group.MapPost("/{id:long}/reopen", WorkOrderActions.Reopen).WithName("ReopenWorkOrder");
        group.MapPost("/{id:long}/merge", WorkOrderActions.Merge).WithName("MergeWorkOrder");
        group.MapPost("/{id:long}/withdraw", WorkOrderActions.Withdraw).WithName("WithdrawWorkOrder");
        group.MapPost("/{id:long}/close", WorkOrderActions.Close).WithName("CloseWorkOrder");

        app.MapGet("/api/v1/public/work-orders/{number}", PublicStatusLookup.LookupAsync)
            .WithTags("Public")
            .WithName("LookUpWorkOrderStatus")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Public);
        return app;
    }
}
