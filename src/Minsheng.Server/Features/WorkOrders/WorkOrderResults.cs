using System.Globalization;

namespace Minsheng.Server.Features.WorkOrders;

internal static class WorkOrderResults
{
    public static IResult NotFound(long id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "工单不存在",
        detail: string.Create(CultureInfo.InvariantCulture, $"找不到编号为 {id} 的工单。"));

    public static string ETag(int version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");
}
