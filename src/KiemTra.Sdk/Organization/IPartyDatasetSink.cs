using NodaTime;

namespace KiemTra.Sdk.Organization;

/// <summary>
/// Receives a party dataset record by record (<i>nơi nhận dữ liệu</i>), so that generators and readers can stream
/// millions of members into a builder or a file without holding a second copy. <see cref="PartyDatasetBuilder"/> is one.
/// </summary>
public interface IPartyDatasetSink
{
    /// <summary>Receives an organisation.</summary>
    void Organization(string id, string name, OrganizationKind kind, string? parentId, LocalDate createdOn, OrganizationFlags flags);

    /// <summary>Receives an advisory agency of an organisation.</summary>
    void AdvisoryAgency(string organizationId, AdvisoryAgencyKind kind);

    /// <summary>Receives a lineage event.</summary>
    void LineageEvent(LineageEvent lineageEvent);

    /// <summary>Receives a member.</summary>
    void Member(string id, string displayName, string organizationId, MemberStatus status, LocalDate admittedOn, string? cadreCommitteeId, bool? isLocal);

    /// <summary>Receives a post.</summary>
    void Post(string memberId, string organizationId, PostKind kind, bool fullTime);
}
