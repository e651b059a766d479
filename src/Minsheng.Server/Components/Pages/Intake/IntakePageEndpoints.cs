using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Minsheng.Server.Components.Shared;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Components.Pages.Intake;

/// <summary>
/// What the intake page's script asks while the operator types (wwwroot/js/intake.js): the entries a region or category
/// box matches, and the caller's earlier orders as the panel's HTML. Only the page's users may ask; both answer from the
/// same rules as the form's post (<see cref="ReferencePicker"/>, <see cref="CallerHistory"/>).
/// </summary>
internal static class IntakePageEndpoints
{
    public const string CallerPhoneHeader = "X-Caller-Phone";

    public const int MaxTypedLength = 100;

    public sealed record Suggestions(IReadOnlyList<PickerEntry> Items);

    public static IEndpointRouteBuilder MapIntakePageEndpoints(this IEndpointRouteBuilder app)
    {
        var page = app.MapGroup("/intake")
            .RequireAuthorization(new AuthorizeAttribute { Roles = StartPage.IntakeRoleList })
            .ExcludeFromDescription();

        page.MapGet("/suggestions", async Task<Results<Ok<Suggestions>, ValidationProblem>> (string? field, string? q, ReferenceData referenceData,
            HttpContext http, CancellationToken ct) =>
        {
            if (!Enum.TryParse<PickerKind>(field, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["field"] = ["field 应为 region 或 category。"] });
            }

            if (q is { Length: > MaxTypedLength })
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [$"q 不能超过 {MaxTypedLength} 字。"] });
            }

            http.Response.Headers.CacheControl = "no-store";
            var refs = await referenceData.GetAsync(ct);
            return TypedResults.Ok(new Suggestions(ReferencePicker.Suggest(refs, kind, q)));
        });

        // The number travels in a header, not the query string: request logs and proxies record URLs, never this header.
        page.MapGet("/caller-history", async ([FromHeader(Name = CallerPhoneHeader)] string? phone, MinshengDbContext db, CurrentUser user, ReferenceData referenceData, TimeProvider time,
            IStringLocalizer<IntakePage> localizer, HttpContext http, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var history = await CallerHistory.FindAsync(phone, db, user, referenceData, time, ct);
            var error = string.IsNullOrWhiteSpace(phone) ? localizer["请先输入联系电话。"].Value : null;
            return new RazorComponentResult<CallerHistoryPanel>(new Dictionary<string, object?>
            {
                [nameof(CallerHistoryPanel.History)] = history,
                [nameof(CallerHistoryPanel.Error)] = error,
            });
        });

        return app;
    }
}
