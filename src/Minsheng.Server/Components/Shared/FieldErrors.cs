using Microsoft.AspNetCore.Http.HttpResults;
using Minsheng.Core.WorkOrders;

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

    /// <summary>Reads what a use case answered: a validation problem, a problem with a detail, or nothing wrong.</summary>
    public bool AddResult(IResult result)
    {
        switch (result)
        {
            case ValidationProblem validation:
                AddAll(validation.ProblemDetails.Errors);
                Summary ??= validation.ProblemDetails.Title;
                return false;
            case ProblemHttpResult problem:
                if (problem.ProblemDetails is Microsoft.AspNetCore.Http.HttpValidationProblemDetails details)
                {
                    AddAll(details.Errors);
                }

                Summary = problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "操作失败。";
                return false;
            case IStatusCodeHttpResult { StatusCode: >= 400 } status:
                Summary = status.StatusCode == StatusCodes.Status404NotFound ? "工单不存在或不在你的权限范围内。" : "操作失败。";
                return false;
            default:
                return true;
        }
    }

    /// <summary>The exceptions the action runner throws and the API's exception handler would map.</summary>
    public bool AddException(Exception exception)
    {
        switch (exception)
        {
            case DomainRuleException rule:
                Add(rule.Field, rule.Message);
                Summary ??= "输入有误。";
                return true;
            case IllegalTransitionException illegal:
                Summary = "当前状态不允许该操作：" + illegal.Message;
                return true;
            case Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException:
                Summary = "工单已被他人修改，请刷新后重试。";
                return true;
            default:
                return false;
        }
    }
}
