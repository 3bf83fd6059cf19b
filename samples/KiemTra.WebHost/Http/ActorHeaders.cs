using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Organization;
using KiemTra.WebHost.Security;

namespace KiemTra.WebHost.Http;

/// <summary>
/// The acting body of a request (<i>chủ thể thực hiện</i>): one of the bodies the signed-in user holds a post in
/// (<see cref="ActingUsers"/>), chosen by two request headers — <c>X-Acting-Organization</c> (an organisation id in the
/// dataset) and <c>X-Acting-Body</c> (a <see cref="BodyKind"/> name, e.g. <c>InspectionCommission</c>) — or, without
/// them, the user's only body. Every write is checked against the SDK's <see cref="AuthorityRules"/> for this body, and
/// reads are limited to its jurisdiction (<see cref="Jurisdiction"/>).
/// </summary>
/// <remarks>
/// The headers only choose: a body the user holds no post in is refused with 403 before the endpoint runs
/// (<see cref="ActingBodyChoice.Gate"/>), and a header sent twice is a 400.
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
        var (choice, body, headerErrors) = ActingBodyChoice.Settle(request.HttpContext, dataset);
        switch (choice)
        {
            case ActingChoice.Chosen:
                return body;
            case ActingChoice.Invalid or ActingChoice.Repeated:
                foreach (var e in headerErrors)
                {
                    errors.Add(e.Field, e.Value, e.Message.Vietnamese, e.Message.English);
                }

                return null;
            default:
                // Refused by the gate before any endpoint runs; reached only by a request that bypassed it.
                errors.Add(Organization, null, "Người dùng không giữ chức vụ trong chủ thể được chọn.", "The user holds no post in the chosen body.");
                return null;
        }
    }
}
