using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minsheng.Core.WorkOrders;
using Minsheng.Server.Features.Accounts;
using Minsheng.Server.Features.Reference;
using Minsheng.Server.Features.WorkOrders;
using Minsheng.Server.Infrastructure.Data;

namespace Minsheng.Server.Features.Open311;

/// <summary>
/// POST requests: a civic app files a request. The form is read by hand (<c>attribute[CODE]</c> and
/// <c>attribute[CODE][]</c> are no model a binder knows), checked against the service definition, and handed to
/// <see cref="Intake"/> as a complaint from the Open311 channel, registered as the API key's owner, with the answers
/// to the attributes, in intake's one transaction. Realtime: the answer is the service_request_id.
/// </summary>
internal sealed partial class Open311Submission(
    MinshengDbContext db,
    ReferenceData referenceData,
    Open311Keys keys,
    Intake intake,
    ActorResolver actors,
    IOptions<Open311Settings> options,
    ILogger<Open311Submission> logger)
{
    public const int MaxDescriptionLength = 4000;
    public const int MaxAddressLength = 300;
    public const int MaxNameLength = 100;
    public const int MaxPhoneLength = 32;
    public const int MaxMediaUrlLength = 400;
    public const int MaxAttributeLength = 1000;
    public const int MaxTitleLength = 40;

    /// <summary>What an Open311 report is in Minsheng's terms: a complaint (投诉) about a problem in a public place.</summary>
    public const RequestKind Kind = RequestKind.Complaint;

    public static Task<IResult> HandleAsync(string format, HttpContext http, Open311Submission submission, CancellationToken ct) =>
        submission.SubmitAsync(format, http, ct);

    public async Task<IResult> SubmitAsync(string format, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (Open311Input.Format(format) is not { } f)
        {
            return Open311Errors.BadExtension(format);
        }

        if (!http.Request.HasFormContentType)
        {
            return Open311Errors.BadRequest(f, "请以 application/x-www-form-urlencoded（UTF-8）提交。");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (Open311Input.CheckJurisdiction(form.TryGetValue("jurisdiction_id", out var j) ? j : http.Request.Query["jurisdiction_id"],
                options.Value) is { } unknown)
        {
            return Open311Errors.NotFound(f, unknown);
        }

        var key = Open311Input.Single(form["api_key"]) ?? Open311Input.Single(http.Request.Query["api_key"])
            ?? ApiKeyAuthenticationHandler.ReadKey(http.Request);
        var (caller, problem) = await keys.AuthenticateAsync(key, cancellationToken);
        if (caller is null)
        {
            LogRefused(logger, key is null ? "missing api_key" : "api_key not accepted");
            return Open311Errors.Forbidden(f, problem!);
        }

        var serviceCode = Open311Input.Single(form["service_code"]);
        if (serviceCode is null)
        {
            return Open311Errors.BadRequest(f, "缺少 service_code。");
        }

        var refs = await referenceData.GetAsync(cancellationToken);
        if (Open311Catalog.Service(refs, serviceCode) is not { } category)
        {
            return Open311Errors.NotFound(f, $"service_code {serviceCode} 不存在。");
        }

        var definitions = await db.ServiceAttributes.AsNoTracking().Where(a => a.CategoryId == category.Id)
            .OrderBy(a => a.Order).ToListAsync(cancellationToken);
        var errors = new List<string>();
        var input = ReadInput(form, category, errors);
        var attributes = ReadAttributes(form, definitions, errors);
        if (errors.Count > 0 || input is null)
        {
            return Open311Errors.BadRequest(f, errors);
        }

        // Registered as the key's owner, with the answers to the service's questions, in intake's one transaction.
        // The key was checked above: its owner's roles or its open311 scope let it file, whoever owns it.
        var actor = await actors.ForPrincipalAsync(caller.Principal, cancellationToken) with { Granted = new HashSet<WorkOrderAction> { WorkOrderAction.Register } };
        var outcome = await intake.RegisterAsync(actor, input, null, cancellationToken, new IntakeExtras
        {
            Attributes = attributes,
            AuditAction = "open311-post",
            AuditDetail = string.Create(CultureInfo.InvariantCulture, $"service_code={category.Code} api_key={caller.ApiKeyId}"),
        });
        if (outcome is WorkOrderResult.Invalid invalid)
        {
            return Open311Errors.BadRequest(f, invalid.Errors
                .SelectMany(e => e.Value.Select(message => $"{Open311Name(e.Key)}: {message}")));
        }

        if (outcome is not WorkOrderResult.Done { Order: { } order })
        {
            LogRefused(logger, outcome.GetType().Name);
            return Open311Errors.Forbidden(f, "该 api_key 的所有者不能登记诉求。");
        }

        LogRegistered(logger, order.Number, category.Code, caller.ApiKeyId);

        return Open311Result.Ok(Open311Requests.Root,
            new[] { new Open311CreatedDto(order.Number, $"已受理，受理编号 {order.Number}，可凭此编号查询办理进度。") }, f);
    }

    private static RegisterWorkOrderRequest? ReadInput(IFormCollection form, Category category, List<string> errors)
    {
        var description = Open311Input.Single(form["description"]);
        if (description is { Length: > MaxDescriptionLength })
        {
            errors.Add($"description 不能超过 {MaxDescriptionLength} 字。");
        }

        double? lat = Coordinate(form, "lat", 90, errors);
        double? lon = Coordinate(form, "long", 180, errors);
        if ((lat is null) != (lon is null) && errors.Count == 0)
        {
            errors.Add("lat 和 long 需同时提供。");
        }

        var address = Open311Input.Single(form["address_string"]);
        if (address is { Length: > MaxAddressLength })
        {
            errors.Add($"address_string 不能超过 {MaxAddressLength} 字。");
        }

        if (lat is null && lon is null && address is null && Open311Input.Single(form["address_id"]) is null)
        {
            errors.Add("缺少位置：请提供 lat 和 long，或 address_string，或 address_id。");
        }

        var name = PersonName(Open311Input.Single(form["first_name"]), Open311Input.Single(form["last_name"]));
        if (name is { Length: > MaxNameLength })
        {
            errors.Add($"first_name 与 last_name 合计不能超过 {MaxNameLength} 字。");
        }

        var phone = Open311Input.Single(form["phone"]);
        if (phone is not null && (phone.Length > MaxPhoneLength || !PhoneCharacters().IsMatch(phone)))
        {
            errors.Add("phone 格式有误：只能包含数字、空格和 + - ( )，最多 32 位。");
        }

        var media = Open311Input.List(form["media_url"]);
        foreach (var url in media)
        {
            if (url.Length > MaxMediaUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                errors.Add($"media_url 应为 http 或 https 的完整地址，最多 {MaxMediaUrlLength} 个字符。");
                break;
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        // The email, device_id and account_id of the submitter are not kept: a work order has no place for them.
        var content = description ?? category.Name;
        if (media.Count > 0)
        {
            content += "\n\n图片：" + string.Join(' ', media.Take(3));
        }

        return new RegisterWorkOrderRequest
        {
            Kind = Kind,
            Channel = Channel.Open311,
            Urgency = Urgency.Normal,
            Title = Title(description, category),
            Content = content,
            Requester = name is null && phone is null ? null : new RequesterInput { Name = name, Phone = phone },
            Location = new LocationInput { Address = address, Latitude = lat, Longitude = lon },
            CategoryCode = category.Code,
        };
    }

    /// <summary>
    /// The answers to the service's questions, checked against its definition: required ones present, list values
    /// among the options, numbers and date-times parseable. Codes the service does not ask for are ignored.
    /// </summary>
    private static Dictionary<string, string> ReadAttributes(IFormCollection form, IReadOnlyList<ServiceAttribute> definitions, List<string> errors)
    {
        var submitted = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (field, values) in form)
        {
            var match = AttributeField().Match(field);
            if (!match.Success)
            {
                continue;
            }

            var code = match.Groups["code"].Value;
            if (!submitted.TryGetValue(code, out var list))
            {
                submitted[code] = list = [];
            }

            list.AddRange(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()));
        }

        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in definitions.Where(d => d.Variable))
        {
            var field = $"attribute[{definition.Code}]";
            var values = submitted.TryGetValue(definition.Code, out var v) ? v : [];
            if (values.Count == 0)
            {
                if (definition.Required)
                {
                    errors.Add($"{field} 必填：{definition.Description}");
                }

                continue;
            }

            var keys = definition.Values.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
            string? answer = null;
            switch (definition.Datatype)
            {
                case ServiceAttributeDatatype.SingleValueList when values.Count == 1 && keys.Contains(values[0]):
                case ServiceAttributeDatatype.String or ServiceAttributeDatatype.Text when values.Count == 1 && values[0].Length <= MaxAttributeLength:
                    answer = values[0];
                    break;
                case ServiceAttributeDatatype.MultiValueList when values.All(keys.Contains):
                    answer = string.Join(',', values.Distinct(StringComparer.Ordinal));
                    break;
                case ServiceAttributeDatatype.Number when values.Count == 1
                    && double.TryParse(values[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number):
                    answer = values[0];
                    break;
                case ServiceAttributeDatatype.Datetime when values.Count == 1 && Open311Dates.TryParse(values[0], out var at):
                    answer = Open311Dates.Format(at);
                    break;
            }

            if (answer is null)
            {
                errors.Add($"{field} 取值无效：{Expected(definition)}");
                continue;
            }

            answers[definition.Code] = answer;
        }

        return answers;
    }

    private static string Expected(ServiceAttribute definition) => definition.Datatype switch
    {
        ServiceAttributeDatatype.SingleValueList => "应为以下之一：" + string.Join("、", definition.Values.Select(v => $"{v.Key}（{v.Name}）")),
        ServiceAttributeDatatype.MultiValueList => "应为以下若干项：" + string.Join("、", definition.Values.Select(v => $"{v.Key}（{v.Name}）")),
        ServiceAttributeDatatype.Number => "应为一个数字。",
        ServiceAttributeDatatype.Datetime => "应为 W3C 日期时间，如 2026-03-01T20:00:00+08:00。",
        _ => $"应为一段不超过 {MaxAttributeLength} 字的文字。",
    };

    private static double? Coordinate(IFormCollection form, string field, double limit, List<string> errors)
    {
        var text = Open311Input.Single(form[field]);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= -limit && value <= limit)
        {
            return value;
        }

        errors.Add($"{field} 应为 -{limit} 到 {limit} 之间的 WGS84 坐标。");
        return null;
    }

    /// <summary>Chinese order (family name first, no space) when either part is Chinese; otherwise "first last".</summary>
    private static string? PersonName(string? first, string? last)
    {
        if (first is null && last is null)
        {
            return null;
        }

        return $"{first}{last}".Any(c => c > 0x2E7F) ? $"{last}{first}" : $"{first} {last}".Trim();
    }

    /// <summary>The first line of the description, shortened, or the service's name when there is none.</summary>
    private static string Title(string? description, Category category)
    {
        var line = description?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (string.IsNullOrWhiteSpace(line))
        {
            return category.Name;
        }

        return line.Length <= MaxTitleLength ? line : line[..(MaxTitleLength - 1)] + "…";
    }

    private static string Open311Name(string intakeField) => intakeField switch
    {
        "categoryCode" => "service_code",
        "location" => "lat/long",
        "location.regionCode" => "address_string",
        "title" or "content" => "description",
        "requester.name" => "first_name/last_name",
        "requester.phone" => "phone",
        _ => intakeField,
    };

    [GeneratedRegex(@"^attribute\[(?<code>[^\[\]]+)\](?:\[\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeField();

    [GeneratedRegex(@"^[0-9+\-\s()]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneCharacters();

    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Open311 request {Number} registered for service {ServiceCode} with API key {ApiKeyId}")]
    private static partial void LogRegistered(ILogger logger, string number, string serviceCode, long apiKeyId);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Open311 POST refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
