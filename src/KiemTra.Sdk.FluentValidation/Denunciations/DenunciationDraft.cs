using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.Denunciations;

/// <summary>
/// A denunciation as a host receives it at intake (<i>đơn tố cáo tiếp nhận</i>), not yet checked: the request model of a
/// host's "receive a denunciation" call (in JSON <c>{"id","subject":{"organization"}|{"member","holdsPost"},"source",
/// "informant":{"fullName","address","contact"},"allegations":[{"id","content"}],"receivedOn","caseId"}</c>). Validate it
/// with <see cref="DenunciationDraftValidator"/>, then build it with <see cref="ToDenunciation"/>, which seals the
/// informant's identity in a <see cref="ProtectedInformant"/>; messages about it never repeat it. Written as JSON (by any
/// <c>System.Text.Json</c> options), the draft never carries the identity: <c>informant</c> is left out and
/// <c>informantWithheld</c> says one was given; read from JSON, it is taken as sent.
/// </summary>
/// <param name="Id">The denunciation id.</param>
/// <param name="Subject">Who is denounced.</param>
/// <param name="Source">Named, anonymous or under a false name.</param>
/// <param name="Informant">The informant's identity: given exactly for a named denunciation.</param>
/// <param name="Allegations">The allegations: id and content, at least one, ids distinct.</param>
/// <param name="ReceivedOn">When the receiving body received it (not after today).</param>
/// <param name="CaseId">The case it arose in, if any.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(DenunciationDraftJsonConverter))]
public sealed record DenunciationDraft(string? Id, DenouncedSubjectDraft? Subject, DenunciationSource? Source, InformantDraft? Informant,
    IReadOnlyList<AllegationDraft>? Allegations, LocalDate? ReceivedOn, string? CaseId = null)
{
    /// <summary>Builds the (validated) denunciation as received by <paramref name="receivedBy"/>, sealing the informant's identity.</summary>
    /// <param name="receivedBy">The receiving organisation.</param>
    /// <param name="receiverIsCompetent">Whether the receiver is competent to resolve it.</param>
    /// <returns>The denunciation.</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule (validate it first).</exception>
    public Denunciation ToDenunciation(OrganizationId receivedBy, bool receiverIsCompetent)
    {
        var informant = Source == DenunciationSource.Named && Informant is { } i ? ProtectedInformant.Create(i.FullName!, i.Address, i.Contact) : null;
        return Denunciation.Create(RecordId<Denunciation>.From(Id!), Subject!.ToSubject(), Source!.Value, informant,
            (Allegations ?? []).Select(a => Allegation.Create(RecordId<Allegation>.From(a.Id!), a.Content!)),
            [new DenunciationReceipt(receivedBy, ReceivedOn!.Value, receiverIsCompetent)]);
    }

    /// <summary>Hides the identity from logs and debugger displays of the draft.</summary>
    /// <returns>The draft without the informant's details.</returns>
    public override string ToString() => $"DenunciationDraft {Id} ({Source}, {Allegations?.Count ?? 0} allegations)";
}

/// <summary>Who a denunciation draft is about (<i>đối tượng bị tố cáo</i>): exactly one of an organisation or a member.</summary>
/// <param name="Organization">An organisation id.</param>
/// <param name="Member">A member id.</param>
/// <param name="HoldsPost">For a member: whether they hold a post (false when left out); not given for an organisation.</param>
public sealed record DenouncedSubjectDraft(string? Organization, string? Member, bool? HoldsPost = null)
{
    /// <summary>The (validated) subject.</summary>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException">Not exactly one id is given, or the id breaks the SDK's rule (validate first).</exception>
    public DisciplineSubject ToSubject() => (Organization, Member) switch
    {
        ({ } organization, null) => DisciplineSubject.OfOrganization(OrganizationId.From(organization)),
        (null, { } member) => DisciplineSubject.OfFullMember(MemberId.From(member), HoldsPost ?? false),
        _ => throw new ArgumentException("A denounced subject is exactly one of an organisation or a member.", nameof(Organization)),
    };
}

/// <summary>
/// The informant's identity as received (<i>thông tin người tố cáo</i>); sealed by <see cref="DenunciationDraft.ToDenunciation"/>.
/// It is read from JSON as <c>{"fullName","address","contact"}</c> and never written: any serializer options refuse to
/// write it (a <see cref="System.Text.Json.JsonException"/> that does not repeat it).
/// </summary>
/// <param name="FullName">The informant's name.</param>
/// <param name="Address">The address, optional.</param>
/// <param name="Contact">The contact, optional.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(InformantDraftJsonConverter))]
public sealed record InformantDraft(string? FullName, string? Address, string? Contact)
{
    /// <summary>Hides the identity from logs and debugger displays.</summary>
    /// <returns>A text without the identity.</returns>
    public override string ToString() => "InformantDraft (withheld)";
}

/// <summary>One allegation of a denunciation draft (<i>nội dung tố cáo</i>).</summary>
/// <param name="Id">Id within the denunciation.</param>
/// <param name="Content">What is alleged.</param>
public sealed record AllegationDraft(string? Id, string? Content);
