using System.Collections.Concurrent;
using System.Security.Claims;
using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Organization;
using KiemTra.WebHost.Http;

namespace KiemTra.WebHost.Security;

/// <summary>
/// The bodies a signed-in user may act for (<i>chủ thể người dùng được nhân danh</i>): the user is a party member (the
/// <see cref="HostClaims.Member"/> claim), and the member's posts in the dataset give the bodies — a commission member
/// may act for that inspection commission, a committee head for the committee and its standing committee, and so on
/// (<see cref="PartyDataset.BodiesOf"/>). Nothing the client sends adds a body: the <c>X-Acting-*</c> headers only
/// choose among them.
/// </summary>
internal sealed class ActingUsers(PartyDataset dataset)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<ActingBody>> _byMember = new(StringComparer.Ordinal);

    /// <summary>The member id the user's token names, or null (no claim, or not a well-formed id).</summary>
    public static string? MemberOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirst(HostClaims.Member)?.Value is { Length: > 0 and <= 64 } m ? m : null;

    /// <summary>The bodies the user holds a post in (none for a user who is no member of the dataset).</summary>
    public IReadOnlyList<ActingBody> BodiesOf(ClaimsPrincipal user) => MemberOf(user) is { } member ? BodiesOfMember(member) : [];

    /// <summary>The bodies the member holds a post in (none for an id that is not a member of the dataset).</summary>
    public IReadOnlyList<ActingBody> BodiesOfMember(string member) => _byMember.GetOrAdd(member, Load);

    private IReadOnlyList<ActingBody> Load(string member)
    {
        MemberId id;
        try
        {
            id = MemberId.From(member);
        }
        catch (ArgumentException)
        {
            return [];
        }

        if (!dataset.Contains(id))
        {
            return [];
        }

        return [.. dataset.GetMember(id).Posts.Select(p => p.Organization).Distinct()
            .SelectMany(o => dataset.BodiesOf(o).Where(b => b.Posts.Any(p => p.Member == id)).Select(b => new ActingBody(o, b.Kind)))
            .Distinct()];
    }
}

/// <summary>How the acting body of a request was settled.</summary>
internal enum ActingChoice
{
    /// <summary>One body the user holds a post in.</summary>
    Chosen,

    /// <summary>A header is malformed, or missing where the user holds several bodies or none (400, errors recorded).</summary>
    Invalid,

    /// <summary>A header was sent more than once (400 whatever the endpoint: values are never combined).</summary>
    Repeated,

    /// <summary>The request chose a body the user holds no post in (403, nothing about anybody in the answer).</summary>
    NotHeld,
}

/// <summary>
/// Settles the acting body of a request from the signed-in user and the <c>X-Acting-Organization</c> /
/// <c>X-Acting-Body</c> headers (<i>xác định chủ thể thực hiện</i>): each header at most once; a header names one of the
/// user's bodies, or narrows them; with no header, the user's only body. Settled once per request (kept in
/// <see cref="HttpContext.Items"/>).
/// </summary>
internal static class ActingBodyChoice
{
    private static readonly object Key = new();

    /// <summary>The settled choice, its body when chosen, and the header errors when invalid.</summary>
    public static (ActingChoice Choice, ActingBody? Body, IReadOnlyList<FieldError> Errors) Settle(HttpContext http, PartyDataset dataset)
    {
        if (http.Items.TryGetValue(Key, out var cached) && cached is Tuple<ActingChoice, ActingBody?, IReadOnlyList<FieldError>> c)
        {
            return (c.Item1, c.Item2, c.Item3);
        }

        var result = Compute(http, dataset);
        http.Items[Key] = Tuple.Create(result.Choice, result.Body, result.Errors);
        return result;
    }

    private static (ActingChoice Choice, ActingBody? Body, IReadOnlyList<FieldError> Errors) Compute(HttpContext http, PartyDataset dataset)
    {
        var errors = new FieldErrors();
        var orgText = Single(http.Request, ActorHeaders.Organization, errors);
        var bodyText = Single(http.Request, ActorHeaders.Body, errors);
        var repeated = errors.Any;
        var org = orgText is null ? null : Parse.Organization(errors, ActorHeaders.Organization, orgText, dataset, required: false);
        var kind = bodyText is null ? null : Parse.Enum<BodyKind>(errors, ActorHeaders.Body, bodyText, required: false);
        if (errors.Any)
        {
            return (repeated ? ActingChoice.Repeated : ActingChoice.Invalid, null, errors.All);
        }

        var held = http.RequestServices.GetRequiredService<ActingUsers>().BodiesOf(http.User);
        var candidates = held.Where(b => (org is null || b.Organization == org) && (kind is null || b.Body == kind)).ToArray();
        if (candidates.Length == 1)
        {
            return (ActingChoice.Chosen, candidates[0], []);
        }

        if (candidates.Length == 0 && (org is not null || kind is not null))
        {
            return (ActingChoice.NotHeld, null, []);
        }

        // No header and no body, or several bodies to choose from: the headers are required, as before.
        if (org is null)
        {
            errors.Missing(ActorHeaders.Organization);
        }

        if (kind is null)
        {
            errors.Missing(ActorHeaders.Body);
        }

        return (ActingChoice.Invalid, null, errors.All);
    }

    /// <summary>The header's one value; an error when it is given more than once (a repeated header is never combined).</summary>
    private static string? Single(HttpRequest request, string name, FieldErrors errors)
    {
        if (!request.Headers.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            errors.Add(name, null, $"Tiêu đề {name} chỉ được gửi một lần.", $"The {name} header must be sent once only.");
            return null;
        }

        return values[0];
    }

    /// <summary>
    /// Middleware: a request that names a body the user holds no post in is refused with 403 before any endpoint runs,
    /// and a repeated header is a 400, whatever the endpoint; a request without the headers goes on (an endpoint that
    /// needs an acting body reads it with <see cref="ActorHeaders.Read"/>).
    /// </summary>
    public static async Task Gate(HttpContext http, RequestDelegate next)
    {
        if (http.User.Identity?.IsAuthenticated == true
            && (http.Request.Headers.ContainsKey(ActorHeaders.Organization) || http.Request.Headers.ContainsKey(ActorHeaders.Body)))
        {
            var (choice, _, errors) = Settle(http, http.RequestServices.GetRequiredService<PartyDataset>());
            if (choice == ActingChoice.NotHeld)
            {
                await Refusal(http).ExecuteAsync(http);
                return;
            }

            if (choice == ActingChoice.Repeated)
            {
                await Problems.Validation(http, errors).ExecuteAsync(http);
                return;
            }
        }

        await next(http);
    }

    /// <summary>403: the user holds no post in the chosen body. Names nobody: not the user, not the body's members.</summary>
    public static IResult Refusal(HttpContext http) => Problems.Forbidden(http, LocalizedText.Of(
        "Người dùng đã đăng nhập không giữ chức vụ nào trong chủ thể được chọn nên không thể nhân danh chủ thể đó.",
        "The signed-in user holds no post in the chosen body and cannot act for it."));
}
