using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.SampleProvince;

/// <summary>
/// Receives the synthetic party dataset record by record (<i>nơi nhận dữ liệu</i>), so that the generator can stream
/// millions of members into a <see cref="PartyDatasetBuilder"/> (<see cref="ForBuilder"/>), a counter or a file without
/// holding a second copy. The generator's own abstraction: the SDK builds a dataset through
/// <see cref="PartyDatasetBuilder"/>'s methods.
/// </summary>
public interface IPartyDatasetSink
{
    /// <summary>Receives an organisation (the arguments of <see cref="PartyDatasetBuilder.AddOrganization"/>).</summary>
    void Organization(string id, string name, OrganizationKind kind, string? parentId, LocalDate createdOn, IReadOnlyList<BodyKind> bodies, bool cellCommittee, bool delegatedPowers);

    /// <summary>Receives an advisory agency of an organisation.</summary>
    void AdvisoryAgency(string organizationId, AdvisoryAgencyKind kind);

    /// <summary>Receives a lineage event.</summary>
    void LineageEvent(LineageEvent lineageEvent);

    /// <summary>Receives a member.</summary>
    void Member(string id, string displayName, string organizationId, MemberStatus status, LocalDate admittedOn, string? cadreCommitteeId, bool? isLocal);

    /// <summary>Receives a post.</summary>
    void Post(string memberId, string organizationId, PostKind kind, bool fullTime);

    /// <summary>A sink that adds every record to <paramref name="builder"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The sink.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IPartyDatasetSink ForBuilder(PartyDatasetBuilder builder) => new BuilderSink(builder ?? throw new ArgumentNullException(nameof(builder)));

    private sealed class BuilderSink(PartyDatasetBuilder builder) : IPartyDatasetSink
    {
        public void Organization(string id, string name, OrganizationKind kind, string? parentId, LocalDate createdOn, IReadOnlyList<BodyKind> bodies, bool cellCommittee, bool delegatedPowers)
            => builder.AddOrganization(OrganizationId.From(id), name, kind, parentId is null ? null : OrganizationId.From(parentId), createdOn, bodies, cellCommittee, delegatedPowers);

        public void AdvisoryAgency(string organizationId, AdvisoryAgencyKind kind) => builder.AddAdvisoryAgency(OrganizationId.From(organizationId), kind);

        public void LineageEvent(LineageEvent lineageEvent) => builder.AddLineageEvent(lineageEvent);

        // The generator emits the members of one organisation together: its id is made once, not once per member.
        private string? _lastOrganization;
        private OrganizationId _lastOrganizationId;

        public void Member(string id, string displayName, string organizationId, MemberStatus status, LocalDate admittedOn, string? cadreCommitteeId, bool? isLocal)
            => builder.AddMember(MemberId.From(id), displayName, IdOf(organizationId), status, admittedOn, cadreCommitteeId is null ? null : OrganizationId.From(cadreCommitteeId), isLocal);

        private OrganizationId IdOf(string organizationId)
        {
            if (!ReferenceEquals(organizationId, _lastOrganization) && organizationId != _lastOrganization)
            {
                _lastOrganizationId = OrganizationId.From(organizationId);
                _lastOrganization = organizationId;
            }

            return _lastOrganizationId;
        }

        public void Post(string memberId, string organizationId, PostKind kind, bool fullTime) => builder.AddPost(MemberId.From(memberId), OrganizationId.From(organizationId), kind, fullTime);
    }
}
