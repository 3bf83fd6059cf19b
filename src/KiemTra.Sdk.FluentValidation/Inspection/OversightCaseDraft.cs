using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.Inspection;

/// <summary>
/// A supervision or inspection case as a host opens it (<i>mở cuộc kiểm tra, giám sát</i>); validate it
/// with <see cref="OversightCaseDraftValidator"/>, then open it with <see cref="Open"/>.
/// </summary>
/// <param name="Id">The case id.</param>
/// <param name="Activity">The supervision or inspection activity.</param>
/// <param name="TypeCode">The type code from the supervision-types or inspection-types catalogue.</param>
/// <param name="ConductedById">The organisation whose body conducts it.</param>
/// <param name="Body">The conducting body.</param>
/// <param name="SubjectOrganizationIds">Organisations supervised or inspected.</param>
/// <param name="SubjectMemberIds">Members supervised or inspected.</param>
/// <param name="OpenedOn">The day it is opened (not after today).</param>
public sealed record OversightCaseDraft(string? Id, ActivityKind Activity, string? TypeCode, string? ConductedById, BodyKind Body,
    IReadOnlyList<string>? SubjectOrganizationIds, IReadOnlyList<string>? SubjectMemberIds, LocalDate OpenedOn)
{
    /// <summary>Opens the (validated) case.</summary>
    /// <param name="catalogues">The catalogues the type code is checked against (the same the validator used).</param>
    /// <param name="authority">How the conducting body's authority over every subject is established (see <see cref="CaseAuthority"/>).</param>
    /// <returns>The opened case.</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule (validate it first).</exception>
    /// <exception cref="AuthorityDeniedException">The conducting body has no authority over a subject.</exception>
    public OversightCase Open(OversightCatalogues catalogues, CaseAuthority authority)
    {
        var subjects = (SubjectOrganizationIds ?? []).Select(o => OversightSubject.Of(OrganizationId.From(o)))
            .Concat((SubjectMemberIds ?? []).Select(m => OversightSubject.Of(MemberId.From(m))));
        return OversightCase.Open(Id!, Activity, TypeCode!, OrganizationId.From(ConductedById!), Body, subjects, OpenedOn, catalogues, authority);
    }
}
