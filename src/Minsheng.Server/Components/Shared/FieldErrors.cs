using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.WorkOrders;

namespace Minsheng.Server.Components.Shared;

/// <summary>
/// Validation messages by field, matched case-insensitively ("Title", "title" and "location.regionCode" are
/// the API's keys), plus one message for the form as a whole.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.OrdinalIgnoreCase);

    public string? Summary { get; set; }

    public bool Any => _errors.Count > 0 || Summary is not null;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        if (!list.Contains(message, StringComparer.Ordinal))
        {
            list.Add(message);
        }
    }

    public void AddAll(IDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }
    }

    /// <summary>The messages for a field; several keys can name the same input.</summary>
    public IReadOnlyList<string> For(params string[] fields) =>
        fields.SelectMany(f => _errors.TryGetValue(f, out var list) ? list : []).Distinct(StringComparer.Ordinal).ToArray();

    public bool Has(params string[] fields) => For(fields).Count > 0;

    /// <summary>Messages for fields no input shows: the page puts them in the summary.</summary>
    public IReadOnlyList<string> Except(IReadOnlyCollection<string> shown) =>
        _errors.Where(e => !shown.Contains(e.Key, StringComparer.OrdinalIgnoreCase)).SelectMany(e => e.Value).ToArray();

    /// <summary>
    /// Reads what a work-order use case answered: true when it was done; otherwise the field errors and a summary, the
    /// same refusals the API gives as 400, 403, 404 and 409.
    /// </summary>
    public bool AddResult(WorkOrderResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        switch (result)
        {
            case WorkOrderResult.Done:
                return true;
            case WorkOrderResult.Invalid invalid:
                AddAll(invalid.Errors.ToDictionary(e => e.Key, e => e.Value));
                Summary ??= "输入有误。";
                return false;
            case WorkOrderResult.NotFound:
                Summary = "工单不存在或不在你的权限范围内。";
                return false;
            case WorkOrderResult.Forbidden forbidden:
                Summary = $"你的角色不能执行「{WorkOrderNames.Of(forbidden.Action)}」。";
                return false;
            case WorkOrderResult.StaleVersion:
                Summary = "工单已被他人修改，请刷新后重试。";
                return false;
            case WorkOrderResult.NotAllowedNow refused:
                Summary = "当前状态不允许该操作：" + refused.Message;
                return false;
            default:
                Summary = "操作失败。";
                return false;
        }
    }
}
