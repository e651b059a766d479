using System.ComponentModel.DataAnnotations;
using Minsheng.Core.WorkOrders;

namespace Minsheng.Server.Features.WorkOrders;

/// <summary>The body of <c>POST /api/v1/work-orders</c>. Codes are optional; an unknown code is a 400.</summary>
public sealed record RegisterWorkOrderRequest
{
    [Required(ErrorMessage = "请选择诉求类型。")]
    public RequestKind? Kind { get; init; }

    public Channel? Channel { get; init; }

    public Urgency? Urgency { get; init; }

    [Required(ErrorMessage = "标题不能为空。")]
    [StringLength(WorkOrder.MaxTitleLength, ErrorMessage = "标题不能超过 200 字。")]
    public string? Title { get; init; }

    [Required(ErrorMessage = "诉求内容不能为空。")]
    [StringLength(WorkOrder.MaxContentLength, ErrorMessage = "诉求内容不能超过 5000 字。")]
    public string? Content { get; init; }

    public RequesterInput? Requester { get; init; }

    public LocationInput? Location { get; init; }

    [StringLength(32)]
    public string? CategoryCode { get; init; }

    /// <summary>Defaults to the time-limit table's rule for the kind.</summary>
    public bool? CallbackRequired { get; init; }
}

public sealed record RequesterInput
{
    [StringLength(100, ErrorMessage = "姓名不能超过 100 字。")]
    public string? Name { get; init; }

    [StringLength(32, ErrorMessage = "电话不能超过 32 位。")]
    [RegularExpression(@"^[0-9+\-\s()]*$", ErrorMessage = "电话号码只能包含数字、空格和 + - ( )。")]
    public string? Phone { get; init; }

    public RequesterType? Type { get; init; }

    public bool Confidential { get; init; }

    public bool Anonymous { get; init; }
}

public sealed record LocationInput
{
    [StringLength(300, ErrorMessage = "地址不能超过 300 字。")]
    public string? Address { get; init; }

    [Range(-90, 90, ErrorMessage = "纬度应在 -90 到 90 之间。")]
    public double? Latitude { get; init; }

    [Range(-180, 180, ErrorMessage = "经度应在 -180 到 180 之间。")]
    public double? Longitude { get; init; }

    [StringLength(32)]
    public string? RegionCode { get; init; }
}
