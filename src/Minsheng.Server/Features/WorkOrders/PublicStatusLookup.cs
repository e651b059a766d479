using Microsoft.EntityFrameworkCore;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Infrastructure.Data;
using Minsheng.Server.Infrastructure.Web;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>
/// 进度查询: a citizen without an account looks up an order by its number and the last four digits of the
/// phone they gave. Nothing personal is returned; a wrong pair is indistinguishable from a missing order.
/// </summary>
internal static class PublicStatusLookup
{
    public sealed record PublicStepDto(string Action, string ActionName, DateTime At);

    public sealed record PublicStatusDto(string Number, string Kind, string KindName, string Status, string StatusName,
        DateTime RegisteredAt, DateTime? ReplyBy, DateTime? RepliedAt, DateTime? ClosedAt, string? Answer, IReadOnlyList<PublicStepDto> Steps);

    public static async Task<IResult> LookupAsync(string number, string? phone, MinshengDbContext db, CancellationToken ct)
    {
        var digits = new string((phone ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (digits.Length != 4)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["phone"] = ["请输入登记电话的后 4 位数字。"] });
        }

        var order = await db.WorkOrders.AsNoTracking().Include(w => w.Events).FirstOrDefaultAsync(w => w.Number == number.Trim(), ct);
        var storedDigits = new string((order?.Requester.Phone ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (order is null || storedDigits.Length < 4 || !storedDigits.EndsWith(digits, StringComparison.Ordinal))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到工单", detail: "请核对受理编号和电话后 4 位。");
        }

        return TypedResults.Ok(new PublicStatusDto(
            order.Number,
            JsonNames.Of(order.Kind),
            WorkOrderNames.Of(order.Kind),
            JsonNames.Of(order.Status),
            WorkOrderNames.Of(order.Status),
            order.RegisteredAt,
            order.ReplyBy,
            order.RepliedAt,
            order.ClosedAt,
            order.Status is WorkOrderStatus.AwaitingCallback or WorkOrderStatus.Closed ? WorkOrderMapping.Text(order.Answer, PersonalDataView.Masked) : null,
            order.Events.OrderBy(e => e.Sequence)
                .Select(e => new PublicStepDto(JsonNames.Of(e.Action), WorkOrderNames.Of(e.Action), e.OccurredAt)).ToArray()));
    }
}
