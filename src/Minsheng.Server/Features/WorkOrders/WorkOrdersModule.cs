using Minsheng.Server.Features.Accounts;

namespace Minsheng.Server.Features.WorkOrders;

public static class WorkOrdersModule
{
    public static IServiceCollection AddWorkOrders(this IServiceCollection services)
    {
        services.AddScoped<Intake>();
        services.AddScoped<WorkOrderTransitions>();
        services.AddScoped<WorkOrderNumbers>();
        services.AddScoped<WorkOrderTextSearch>();
        services.AddScoped<WorkOrderFilters>();
        return services;
    }

    public static IEndpointRouteBuilder MapWorkOrderEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/work-orders").WithTags("WorkOrders").RequireAuthorization();

        group.MapPost("/", IntakeEndpoint.RegisterAsync)
            .WithName("RegisterWorkOrder")
            .WithSummary("受理: register a request as a work order")
            .RequireAuthorization(policy => policy.RequireRole(ActionPermissions.Register))
            .RequireRateLimiting(RateLimits.Public);
        group.MapGet("/{id:long}", WorkOrderQueries.GetAsync).WithName("GetWorkOrder");
        group.MapGet("/", WorkOrderQueries.ListAsync).WithName("ListWorkOrders");
        group.MapGet("/export", WorkOrderExport.ExportAsync).WithName("ExportWorkOrders")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesValidationProblem()
            .RequireAuthorization(policy => policy.RequireRole(ActionPermissions.Export));
        group.MapPost("/{id:long}/personal-data", WorkOrderQueries.UnmaskAsync).WithName("UnmaskWorkOrderPersonalData")
            .RequireAuthorization(policy => policy.RequireRole(Roles.SeePersonalData));

        group.MapTransition<AnswerRequest>("direct-answer", "DirectAnswerWorkOrder",
            (t, actor, id, body, version, ct) => t.DirectAnswerAsync(actor, id, body with { Version = version }, ct));
        group.MapTransition<DispatchRequest>("dispatch", "DispatchWorkOrder",
            (t, actor, id, body, version, ct) => t.DispatchAsync(actor, id, body with { Version = version }, ct));
        group.MapTransition<CommentRequest>("accept", "AcceptWorkOrder",
            (t, actor, id, body, version, ct) => t.AcceptAsync(actor, id, body with { Version = version }, ct));
        group.MapTransition<ReasonRequest>("return", "ReturnWorkOrder",
            (t, actor, id, body, version, ct) => t.ReturnAsync(actor, id, body with { Version = version }, ct));
        group.MapTransition<OpinionRequest>("assist-opinion", "RecordWorkOrderAssistOpinion",
            (t, actor, id, body, version, ct) => t.AssistOpinionAsync(actor, id, body with { Version = version }, ct));
        group.MapTransition<ExtensionRequestBody>("extension-request", "RequestWorkOrderExtension",
            (t, actor, id, body, version, ct) => t.RequestExtensionAsync(actor, id, body with { Version = version }, ct));
        group.MapTransition<DecisionRequest>("extension-decision", "DecideWorkOrderExtension",
            (t, actor, id, body, version, ct) => t.DecideExtensionAsync(actor, id, body with { Version = version }, ct));
        group.MapTransition<AnswerRequest>("reply", "ReplyWorkOrder",
            (t, actor, id, body, version, ct) => t.ReplyAsync(actor, id, body with { Version = version }, ct));
        group.MapTransition<ReviewRequest>("review", "ReviewWorkOrder",
            (t, actor, id, body, version, ct) => t.ReviewAsync(actor, id, body with { Version = version }, ct));
        group.MapTransition<CallbackRequest>("callback", "CallbackWorkOrder",
            (t, actor, id, body, version, ct) => t.RecordCallbackAsync(actor, id, body with { Version = version }, ct));
        group.MapTransition<ReasonRequest>("reopen", "ReopenWorkOrder",
            (t, actor, id, body, version, ct) => t.ReopenAsync(actor, id, body with { Version = version }, ct));
        group.MapTransition<MergeRequest>("merge", "MergeWorkOrder",
            (t, actor, id, body, version, ct) => t.MergeAsync(actor, id, body with { Version = version }, ct));
        group.MapTransition<ReasonRequest>("withdraw", "WithdrawWorkOrder",
            (t, actor, id, body, version, ct) => t.WithdrawAsync(actor, id, body with { Version = version }, ct));
        group.MapTransition<CloseRequest>("close", "CloseWorkOrder",
            (t, actor, id, body, version, ct) => t.CloseAsync(actor, id, body with { Version = version }, ct));

        app.MapGet("/api/v1/public/work-orders/{number}", PublicStatusLookup.LookupAsync)
            .WithTags("Public")
            .WithName("LookUpWorkOrderStatus")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Public);
        return app;
    }
}
