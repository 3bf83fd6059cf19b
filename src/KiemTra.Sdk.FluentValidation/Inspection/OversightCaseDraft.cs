using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.Inspection;

/// <summary>
/// A supervision or inspection case as a host receives the request to open it (<i>đề nghị mở cuộc kiểm tra, giám sát</i>),
/// not yet checked: the request model of a host's "open a case" call (in JSON <c>{"id","title","activity","type","openedOn",
/// "subjects":[{"organization"}|{"member"}],"programmeItem":{"programme","item"}}</c>). Validate it with
/// <see cref="OversightCaseDraftValidator"/>, then open it with <see cref="Open"/> for the conducting body.
/// </summary>
/// <param name="Id">The case id (the SDK's identifier rule).</param>
/// <param name="Title">The case's title as the host records it.</param>
/// <param name="Activity">The supervision or inspection activity.</param>
/// <param name="Type">The type code, from the catalogue of the activity (<see cref="OversightCatalogs.TypesFor"/>).</param>
/// <param name="OpenedOn">The day it is opened (not after today).</param>
/// <param name="Subjects">The organisations and members supervised or inspected: at least one, none twice.</param>
/// <param name="ProgramItem">The programme item the case carries out, if any (linked when the case is opened).</param>
public sealed record OversightCaseDraft(string? Id, string? Title, ActivityKind? Activity, string? Type, LocalDate? OpenedOn,
    IReadOnlyList<OversightSubjectDraft>? Subjects, ProgramItemReferenceDraft? ProgramItem = null)
{
    /// <summary>Opens the (validated) case, conducted by <paramref name="conductingBody"/>.</summary>
    /// <param name="conductingBody">The body that opens and conducts it.</param>
    /// <param name="catalogs">The catalogues the type code is checked against (the same the validator used).</param>
    /// <param name="authority">The authority rules that decide the conducting body's authority over every subject.</param>
    /// <returns>The opened case.</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule (validate it first).</exception>
    /// <exception cref="AuthorityDeniedException">The conducting body has no authority over a subject.</exception>
    public OversightCase Open(ActingBody conductingBody, OversightCatalogs catalogs, AuthorityRules authority)
        => OversightCase.Open(RecordId<OversightCase>.From(Id!), Activity!.Value, Type!, conductingBody.Organization, conductingBody.Body, (Subjects ?? []).Select(s => s.ToSubject()), OpenedOn!.Value, catalogs, authority);
}

/// <summary>One subject of an <see cref="OversightCaseDraft"/> (<i>đối tượng kiểm tra, giám sát</i>): exactly one of an organisation or a member.</summary>
/// <param name="Organization">An organisation id.</param>
/// <param name="Member">A member id.</param>
public sealed record OversightSubjectDraft(string? Organization, string? Member)
{
    /// <summary>The (validated) subject.</summary>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException">Not exactly one id is given, or the id breaks the SDK's rule (validate first).</exception>
    public OversightSubject ToSubject() => (Organization, Member) switch
    {
        ({ } organization, null) => OversightSubject.Of(OrganizationId.From(organization)),
        (null, { } member) => OversightSubject.Of(MemberId.From(member)),
        _ => throw new ArgumentException("A subject names exactly one of an organisation or a member.", nameof(Organization)),
    };

    /// <summary>The subject as a key for finding repeats: <c>org:ID</c> or <c>member:ID</c>, or null when not exactly one id is given.</summary>
    internal string? Key => (Organization, Member) switch
    {
        ({ } organization, null) => "org:" + organization,
        (null, { } member) => "member:" + member,
        _ => null,
    };
}

/// <summary>A programme item by programme id and item id (<i>nội dung của chương trình, kế hoạch</i>).</summary>
/// <param name="Program">The programme id.</param>
/// <param name="Item">The item id within it.</param>
public sealed record ProgramItemReferenceDraft(string? Program, string? Item);
