using System.Diagnostics;
using System.Text.Json;
using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Rules;
using KiemTra.WebHost.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace KiemTra.WebHost.Http;

/// <summary>
/// RFC 7807 problem details (<c>application/problem+json</c>) in the request's language (<see cref="RequestLanguage"/>).
/// Every problem has a stable <c>type</c> URN, a title and a detail; validation problems list each field with the value
/// received; authority problems cite the rules. Nothing here ever includes an exception's stack trace.
/// </summary>
internal static class Problems
{
    /// <summary>The problem type URNs.</summary>
    public static class Types
    {
        /// <summary>One or more fields are invalid.</summary>
        public const string Validation = "urn:kiemtra:problem:validation";

        /// <summary>The body is not well-formed JSON or does not fit the request's shape.</summary>
        public const string MalformedJson = "urn:kiemtra:problem:malformed-json";

        /// <summary>The acting body has no jurisdiction or authority for the write.</summary>
        public const string Forbidden = "urn:kiemtra:problem:outside-jurisdiction";

        /// <summary>The resource does not exist.</summary>
        public const string NotFound = "urn:kiemtra:problem:not-found";

        /// <summary>The write conflicts with the stored state (duplicate id, illegal step, concurrent step).</summary>
        public const string Conflict = "urn:kiemtra:problem:conflict";

        /// <summary>The body is not JSON.</summary>
        public const string UnsupportedMediaType = "urn:kiemtra:problem:unsupported-media-type";

        /// <summary>The body exceeds the request-size bound.</summary>
        public const string PayloadTooLarge = "urn:kiemtra:problem:payload-too-large";

        /// <summary>An unexpected server error.</summary>
        public const string ServerError = "urn:kiemtra:problem:server-error";

        /// <summary>The database is busy, locked or unreachable: retry after <c>Retry-After</c> seconds.</summary>
        public const string Unavailable = "urn:kiemtra:problem:unavailable";

        /// <summary>A request the framework refused before an endpoint read it (bad request line, headers or route values).</summary>
        public const string BadRequest = "urn:kiemtra:problem:bad-request";

        /// <summary>The path exists but not with this HTTP method.</summary>
        public const string MethodNotAllowed = "urn:kiemtra:problem:method-not-allowed";

        /// <summary>The request line or headers are too large.</summary>
        public const string RequestTooLarge = "urn:kiemtra:problem:request-too-large";
    }

    /// <summary>400: the listed fields are invalid.</summary>
    public static IResult Validation(HttpContext http, IReadOnlyList<FieldError> errors)
    {
        var language = RequestLanguage.Of(http.Request);
        var detail = language == Language.English
            ? $"{errors.Count} field(s) are invalid: {string.Join(", ", errors.Select(e => e.Field).Distinct())}."
            : $"{errors.Count} trường không hợp lệ: {string.Join(", ", errors.Select(e => e.Field).Distinct())}.";
        return Create(http, StatusCodes.Status400BadRequest, Types.Validation, LocalizedText.Of("Dữ liệu không hợp lệ", "Invalid input"), detail, new Dictionary<string, object?>
        {
            ["errors"] = errors.Select(e => new ProblemFieldError(e.Field, e.Value, e.Message.Pick(language), e.Code)).ToArray(),
        });
    }

    /// <summary>400: the body could not be read as JSON of the expected shape; names the JSON path and line.</summary>
    public static IResult MalformedJson(HttpContext http, JsonException exception)
    {
        var language = RequestLanguage.Of(http.Request);
        var path = exception.Path ?? "$";
        var line = exception.LineNumber is { } l ? l + 1 : (long?)null;
        var position = exception.BytePositionInLine is { } p ? p + 1 : (long?)null;
        var where = LocalizedText.Of(
            $"Nội dung JSON không đọc được tại {path}{(line is null ? string.Empty : $" (dòng {line}, vị trí {position})")}.",
            $"The JSON body could not be read at {path}{(line is null ? string.Empty : $" (line {line}, position {position})")}.");
        return Create(http, StatusCodes.Status400BadRequest, Types.MalformedJson, LocalizedText.Of("JSON không hợp lệ", "Malformed JSON"), where.Pick(language), new Dictionary<string, object?>
        {
            ["path"] = path,
            ["line"] = line,
            ["position"] = position,
        });
    }

    /// <summary>403: the SDK refused to open a case for want of authority (<see cref="AuthorityDeniedException"/>); as for the ruling.</summary>
    public static IResult Forbidden(HttpContext http, AuthorityDeniedException denied) =>
        Forbidden(http, denied.Denial, denied.Actor, denied.Activity, denied.Subject, denied.AsOf);

    /// <summary>403: the SDK's authority rules deny the act; the reason and the rules it rests on are cited (for a member subject, only what <see cref="MemberOutsideAuthority"/> gives).</summary>
    public static IResult Forbidden(HttpContext http, Ruling decision, ActingBody actor, KiemTra.Sdk.Authority.ActivityKind activity, OversightSubject subject, LocalDate asOf)
    {
        if (subject.Member is { } member)
        {
            return MemberOutsideAuthority(http, actor, activity, member.Value, asOf);
        }

        return Create(http, StatusCodes.Status403Forbidden, Types.Forbidden, LocalizedText.Of("Ngoài thẩm quyền", "Outside jurisdiction"), decision.Reason.Pick(RequestLanguage.Of(http.Request)), new Dictionary<string, object?>
        {
            ["actingOrganization"] = actor.Organization.Value,
            ["actingBody"] = actor.Body.ToString(),
            ["activity"] = activity.ToString(),
            ["subject"] = $"organisation {subject.Id}",
            ["asOf"] = asOf.ToString("uuuu-MM-dd", null),
            ["rules"] = decision.Rules.Select(r => r.ToString()).ToArray(),
            ["verified"] = decision.IsVerified,
        });
    }

    /// <summary>
    /// 403 for a member subject the acting body may not act on — and, with the very same status, detail and extensions,
    /// for a member id the dataset does not hold (issue 15: 400 against 403 told whether a member id exists). The SDK's
    /// reason about a member names them and the cell that manages them, and the rules it cites depend on who the member
    /// is (a post, a committee seat): the answer gives only the member id the client sent, the acting body, the activity
    /// and the date, never a name and never the rules.
    /// </summary>
    public static IResult MemberOutsideAuthority(HttpContext http, ActingBody actor, KiemTra.Sdk.Authority.ActivityKind activity, string memberId, NodaTime.LocalDate asOf)
    {
        var reason = LocalizedText.Of(
            $"Đảng viên {memberId} không thuộc thẩm quyền của chủ thể thực hiện đối với hoạt động này vào ngày {asOf.ToString("dd/MM/uuuu", System.Globalization.CultureInfo.InvariantCulture)}.",
            $"Member {memberId} is outside the acting body's authority for this activity on {asOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.");
        return Create(http, StatusCodes.Status403Forbidden, Types.Forbidden, LocalizedText.Of("Ngoài thẩm quyền", "Outside jurisdiction"), reason.Pick(RequestLanguage.Of(http.Request)), new Dictionary<string, object?>
        {
            ["actingOrganization"] = actor.Organization.Value,
            ["actingBody"] = actor.Body.ToString(),
            ["activity"] = activity.ToString(),
            ["subject"] = $"member {memberId}",
            ["asOf"] = asOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    /// <summary>403 for a reason the host states itself (not a decision of the authority rules).</summary>
    public static IResult Forbidden(HttpContext http, LocalizedText reason) =>
        Create(http, StatusCodes.Status403Forbidden, Types.Forbidden, LocalizedText.Of("Ngoài thẩm quyền", "Outside jurisdiction"), reason.Pick(RequestLanguage.Of(http.Request)), null);

    /// <summary>404: nothing with that identifier.</summary>
    public static IResult NotFound(HttpContext http, LocalizedText detail) =>
        Create(http, StatusCodes.Status404NotFound, Types.NotFound, LocalizedText.Of("Không tìm thấy", "Not found"), detail.Pick(RequestLanguage.Of(http.Request)), null);

    /// <summary>409: the write conflicts with what is stored.</summary>
    public static IResult Conflict(HttpContext http, LocalizedText detail, IDictionary<string, object?>? extensions = null) =>
        Create(http, StatusCodes.Status409Conflict, Types.Conflict, LocalizedText.Of("Xung đột dữ liệu", "Conflict"), detail.Pick(RequestLanguage.Of(http.Request)), extensions);

    /// <summary>415: the body is not declared as JSON.</summary>
    public static IResult UnsupportedMediaType(HttpContext http) =>
        Create(
            http,
            StatusCodes.Status415UnsupportedMediaType,
            Types.UnsupportedMediaType,
            LocalizedText.Of("Kiểu nội dung không được hỗ trợ", "Unsupported media type"),
            LocalizedText.Of(
                $"Nội dung phải là JSON (Content-Type: application/json), nhận được '{FieldErrors.Echo(http.Request.ContentType ?? string.Empty)}'.",
                $"The body must be JSON (Content-Type: application/json); received '{FieldErrors.Echo(http.Request.ContentType ?? string.Empty)}'.").Pick(RequestLanguage.Of(http.Request)),
            null);

    /// <summary>413: the body exceeds <see cref="RequestLimits.MaxBodyBytes"/>; names the bound.</summary>
    public static IResult PayloadTooLarge(HttpContext http, long limit) =>
        Create(
            http,
            StatusCodes.Status413PayloadTooLarge,
            Types.PayloadTooLarge,
            LocalizedText.Of("Nội dung quá lớn", "Payload too large"),
            LocalizedText.Of(
                $"Nội dung yêu cầu vượt quá giới hạn {limit} byte.",
                $"The request body exceeds the limit of {limit} bytes.").Pick(RequestLanguage.Of(http.Request)),
            new Dictionary<string, object?> { ["limit"] = limit });

    /// <summary>
    /// The answer to an unhandled exception (the exception handler's): 503 with <c>Retry-After</c> when the database is
    /// busy, locked or unreachable (<see cref="DatabaseErrors"/>), otherwise a 500 without any internal detail whose
    /// <c>traceId</c> is written to the log with the exception, so that an operator can find it from the client's report.
    /// </summary>
    public static IResult ServerError(HttpContext http)
    {
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is not null && DatabaseErrors.Classify(error) == DatabaseErrorKind.Unavailable)
        {
            return Unavailable(http, DatabaseErrors.RetryAfterSeconds);
        }

        var traceId = TraceId(http);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("KiemTra.WebHost.Errors")
            .LogError(error, "Unhandled exception on {Method} {Path}; the 500 problem carries traceId {TraceId}.", http.Request.Method, http.Request.Path, traceId);
        return Create(
            http,
            StatusCodes.Status500InternalServerError,
            Types.ServerError,
            LocalizedText.Of("Lỗi máy chủ", "Server error"),
            LocalizedText.Of("Đã xảy ra lỗi không mong muốn; chi tiết được ghi trong nhật ký máy chủ.", "An unexpected error occurred; the details are in the server log.").Pick(RequestLanguage.Of(http.Request)),
            new Dictionary<string, object?> { ["traceId"] = traceId });
    }

    /// <summary>503: the database is busy, locked or unreachable; <c>Retry-After</c> says when to try again. Nothing was written.</summary>
    public static IResult Unavailable(HttpContext http, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Create(
            http,
            StatusCodes.Status503ServiceUnavailable,
            Types.Unavailable,
            LocalizedText.Of("Tạm thời không phục vụ được", "Service unavailable"),
            LocalizedText.Of(
                $"Cơ sở dữ liệu đang bận hoặc không kết nối được; yêu cầu chưa được ghi. Hãy thử lại sau {retryAfterSeconds} giây.",
                $"The database is busy or unreachable; nothing was recorded. Try again in {retryAfterSeconds} seconds.").Pick(RequestLanguage.Of(http.Request)),
            new Dictionary<string, object?> { ["retryAfter"] = retryAfterSeconds });
    }

    /// <summary>
    /// Gives a problem the framework writes itself (status code pages, a route value that does not bind, 405) the
    /// documented shape: a <c>urn:kiemtra:problem:*</c> type, a title and detail in the request's language, the
    /// instance and the trace id. Problems this class already made are left as they are. Kestrel's own 400, 414 and
    /// 431 for a malformed or oversized request line or headers are answered before any middleware runs and keep its
    /// empty body.
    /// </summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        problem.Instance ??= http.Request.Path;
        problem.Extensions["traceId"] = TraceId(http);
        if (problem.Type is { } existing && existing.StartsWith("urn:kiemtra:problem:", StringComparison.Ordinal))
        {
            return;
        }

        var language = RequestLanguage.Of(http.Request);
        http.Response.Headers.ContentLanguage = language.Tag();
        var (type, title, detail) = problem.Status switch
        {
            StatusCodes.Status404NotFound => (Types.NotFound, LocalizedText.Of("Không tìm thấy", "Not found"), LocalizedText.Of("Không có tài nguyên nào ở đường dẫn này.", "There is nothing at this path.")),
            StatusCodes.Status405MethodNotAllowed => (Types.MethodNotAllowed, LocalizedText.Of("Phương thức không được phép", "Method not allowed"),
                LocalizedText.Of($"Đường dẫn này không nhận phương thức {http.Request.Method}.", $"This path does not accept the method {http.Request.Method}.")),
            StatusCodes.Status413PayloadTooLarge => (Types.PayloadTooLarge, LocalizedText.Of("Nội dung quá lớn", "Payload too large"), LocalizedText.Of("Nội dung yêu cầu vượt quá giới hạn.", "The request body exceeds the limit.")),
            StatusCodes.Status414UriTooLong or StatusCodes.Status431RequestHeaderFieldsTooLarge => (Types.RequestTooLarge, LocalizedText.Of("Yêu cầu quá lớn", "Request too large"),
                LocalizedText.Of("Đường dẫn hoặc các header của yêu cầu quá dài.", "The request's path or headers are too long.")),
            StatusCodes.Status415UnsupportedMediaType => (Types.UnsupportedMediaType, LocalizedText.Of("Kiểu nội dung không được hỗ trợ", "Unsupported media type"),
                LocalizedText.Of("Nội dung phải là JSON (Content-Type: application/json).", "The body must be JSON (Content-Type: application/json).")),
            StatusCodes.Status500InternalServerError => (Types.ServerError, LocalizedText.Of("Lỗi máy chủ", "Server error"),
                LocalizedText.Of("Đã xảy ra lỗi không mong muốn; chi tiết được ghi trong nhật ký máy chủ.", "An unexpected error occurred; the details are in the server log.")),
            StatusCodes.Status503ServiceUnavailable => (Types.Unavailable, LocalizedText.Of("Tạm thời không phục vụ được", "Service unavailable"), LocalizedText.Of("Hãy thử lại sau.", "Try again later.")),
            _ when problem.Status is >= 400 and < 500 => (Types.BadRequest, LocalizedText.Of("Yêu cầu không hợp lệ", "Bad request"), LocalizedText.Of("Máy chủ không đọc được yêu cầu.", "The server could not read the request.")),
            _ => (problem.Type, null, null),
        };
        problem.Type = type;
        if (title is not null)
        {
            problem.Title = title.Pick(language);
            problem.Detail = detail!.Pick(language);
        }
    }

    /// <summary>The trace id a problem carries and the log records: the current activity's id, else the request's trace identifier.</summary>
    private static string TraceId(HttpContext http) => Activity.Current?.Id ?? http.TraceIdentifier;

    private static IResult Create(HttpContext http, int status, string type, LocalizedText title, string detail, IDictionary<string, object?>? extensions)
    {
        var language = RequestLanguage.Of(http.Request);
        http.Response.Headers.ContentLanguage = language.Tag();
        var problem = new ProblemDetails { Status = status, Type = type, Title = title.Pick(language), Detail = detail, Instance = http.Request.Path };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>One field error as serialised in a validation problem.</summary>
    /// <param name="Field">The field.</param>
    /// <param name="Value">The value received.</param>
    /// <param name="Message">The message in the request's language.</param>
    /// <param name="Code">The stable error code of the validation package (<c>KT_…</c>), or null for a check only this host makes.</param>
    internal sealed record ProblemFieldError(string Field, string? Value, string Message, string? Code);
}
