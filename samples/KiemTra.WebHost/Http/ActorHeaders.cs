using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Organization;

namespace KiemTra.WebHost.Http;

/// <summary>
/// The acting body of a write (<i>chủ thể thực hiện</i>), named by two request headers: <c>X-Acting-Organization</c>
/// (an organisation id in the dataset) and <c>X-Acting-Body</c> (a <see cref="BodyKind"/> name, e.g.
/// <c>InspectionCommission</c>). Every write is checked against the SDK's <see cref="AuthorityRules"/> for this body.
/// </summary>
/// <remarks>
/// The sample trusts the headers; a real host derives them from the authenticated user's post (and must, or any
/// client could claim any body). The check itself is the same.
/// </remarks>
internal static class ActorHeaders
{
    /// <summary>The acting organisation header.</summary>
    public const string Organization = "X-Acting-Organization";

    /// <summary>The acting body header.</summary>
    public const string Body = "X-Acting-Body";

    /// <summary>The acting body, or null after recording errors naming the header and its value.</summary>
    public static ActingBody? Read(HttpRequest request, FieldErrors errors, PartyDataset dataset)
    {
        var org = Parse.Organization(errors, Organization, Header(request, Organization), dataset, required: true);
        var body = Parse.Enum<BodyKind>(errors, Body, Header(request, Body), required: true);
        return org is { } o && body is { } b ? new ActingBody(o, b) : null;
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) && values.Count > 0 ? values.ToString() : null;
}
