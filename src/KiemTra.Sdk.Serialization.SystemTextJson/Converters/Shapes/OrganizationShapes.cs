using System.Collections.Immutable;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Organization;
using NodaTime;
using C = KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes.Codecs;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

/// <summary>
/// JSON shapes of the hierarchy types a host exchanges (<i>tổ chức đảng, đảng viên, cơ quan</i>): organisations, members
/// and bodies, read back through their public factories. <see cref="OrganizationFlags"/> is written as an array of
/// flag names (<c>["StandingCommittee","InspectionCommission"]</c>).
/// </summary>
internal static class OrganizationShapes
{
    public static readonly Codec<Post> Post = new(OrganizationJson.ReadPost, OrganizationJson.WritePost);

    public static readonly Codec<LineageEvent> Lineage = new(OrganizationJson.ReadLineage, OrganizationJson.WriteLineage);

    public static readonly Codec<OrganizationFlags> Flags = new(
        n => C.List(C.Enum<OrganizationFlags>()).Read(n).Aggregate(OrganizationFlags.None, (all, flag) => all | flag),
        (w, v) => C.List(C.Enum<OrganizationFlags>()).Write(w, [.. System.Enum.GetValues<OrganizationFlags>().Where(f => f != OrganizationFlags.None && v.HasFlag(f))]));

    public static readonly Shape<PartyOrganization> Organization = new Shape<PartyOrganization>(nameof(PartyOrganization), r =>
            PartyOrganization.Create(r.Get<OrganizationId>("id"), r.Get<string>("originalName"), r.Get<OrganizationKind>("kind"), r.Get<OrganizationId?>("parent"),
                r.Get<LocalDate>("createdOn"), r.Get<LocalDate?>("endedOn"), r.Get<OrganizationFlags>("flags"), r.Get<ImmutableArray<AdvisoryAgencyKind>>("advisoryAgencies"),
                r.Get<ImmutableArray<LineageEvent>>("lineage"), r.Get<int>("depth")))
        .Field("id", C.OrganizationId, o => o.Id)
        .Field("originalName", C.String, o => o.OriginalName)
        .Field("kind", C.Enum<OrganizationKind>(), o => o.Kind)
        .Field("parent", C.NullableOrganizationId, o => o.Parent)
        .Field("createdOn", C.Date, o => o.CreatedOn)
        .Field("endedOn", C.NullableDate, o => o.EndedOn)
        .Field("flags", Flags, o => o.Flags)
        .Field("advisoryAgencies", C.Array(C.Enum<AdvisoryAgencyKind>()), o => o.AdvisoryAgencies)
        .Field("lineage", C.Array(Lineage), o => o.Lineage)
        .Field("depth", C.Int32, o => o.Depth)

        // The current name follows from the original name and the last Renamed lineage event.
        .Derived(nameof(PartyOrganization.Name), nameof(PartyOrganization.HasDelegatedPowers));

    public static readonly Shape<Member> Member = new Shape<Member>(nameof(Sdk.Organization.Member), r =>
            Sdk.Organization.Member.Create(r.Get<MemberId>("id"), r.Get<string>("displayName"), r.Get<OrganizationId>("organization"), r.Get<MemberStatus>("status"),
                r.Get<LocalDate>("admittedOn"), r.Get<OrganizationId?>("cadreCommittee"), r.Get<bool?>("isLocal"), r.Get<ImmutableArray<Post>>("posts")))
        .Field("id", C.MemberId, m => m.Id)
        .Field("displayName", C.String, m => m.DisplayName)
        .Field("organization", C.OrganizationId, m => m.Organization)
        .Field("status", C.Enum<MemberStatus>(), m => m.Status)
        .Field("admittedOn", C.Date, m => m.AdmittedOn)
        .Field("cadreCommittee", C.NullableOrganizationId, m => m.CadreCommittee)
        .Field("isLocal", C.NullableBoolean, m => m.IsLocal)
        .Field("posts", C.Array(Post), m => m.Posts);

    public static readonly Shape<Body> Body = new Shape<Body>(nameof(Sdk.Organization.Body), r =>
            Sdk.Organization.Body.Create(r.Get<OrganizationId>("organization"), r.Get<BodyKind>("kind"), r.Get<AdvisoryAgencyKind?>("advisoryAgency"), r.Get<LocalizedText>("name"),
                r.Get<ImmutableArray<Post>>("posts")))
        .Field("organization", C.OrganizationId, b => b.Organization)
        .Field("kind", C.Enum<BodyKind>(), b => b.Kind)
        .Field("advisoryAgency", C.NullableEnum<AdvisoryAgencyKind>(), b => b.AdvisoryAgency)
        .Field("name", C.Text, b => b.Name)
        .Field("posts", C.Array(Post), b => b.Posts)
        .Derived(nameof(Sdk.Organization.Body.Size), nameof(Sdk.Organization.Body.Chair), nameof(Sdk.Organization.Body.Deputies), nameof(Sdk.Organization.Body.FullTimeCount));

    public static readonly Shape<MemberManagement> Management = new Shape<MemberManagement>(nameof(MemberManagement), r =>
            new MemberManagement(r.Get<MemberId>("member"), r.Get<OrganizationId>("directOrganization"), r.Get<OrganizationId?>("cadreCommittee")))
        .Field("member", C.MemberId, m => m.Member)
        .Field("directOrganization", C.OrganizationId, m => m.DirectOrganization)
        .Field("cadreCommittee", C.NullableOrganizationId, m => m.CadreCommittee);

    /// <summary>
    /// Counts as <c>{"root","asOf","countsByKind":{"Cell":12,…},"directlySubordinate","grassrootsCommittees","fullMembers","probationaryMembers"}</c>;
    /// grassroots committees include the communes and wards that were grassroots under a former district, so that count is
    /// written as such and the rest is recomputed from the counts by kind.
    /// </summary>
    public static readonly Shape<SubtreeCounts> SubtreeCounts = new Shape<SubtreeCounts>(nameof(Sdk.Organization.SubtreeCounts), r =>
        {
            var counts = r.Get<IReadOnlyDictionary<OrganizationKind, int>>("countsByKind");
            var byKind = new int[System.Enum.GetValues<OrganizationKind>().Max(k => (int)k) + 1];
            foreach (var (kind, count) in counts)
            {
                byKind[(int)kind] = Counts.NonNegative(count, "countsByKind");
            }

            var grassroots = Counts.NonNegative(r.Get<int>("grassrootsCommittees"), "grassrootsCommittees");
            var formerDistrictCommunes = grassroots - byKind[(int)OrganizationKind.GrassrootsCommittee];
            return formerDistrictCommunes >= 0
                ? new SubtreeCounts(r.Get<OrganizationId>("root"), r.Get<LocalDate>("asOf"), [.. byKind], Counts.NonNegative(r.Get<int>("directlySubordinate"), "directlySubordinate"),
                    formerDistrictCommunes, Counts.NonNegative(r.Get<int>("fullMembers"), "fullMembers"), Counts.NonNegative(r.Get<int>("probationaryMembers"), "probationaryMembers"))
                : throw new ArgumentException($"grassrootsCommittees ({grassroots}) is fewer than the GrassrootsCommittee count by kind ({byKind[(int)OrganizationKind.GrassrootsCommittee]}).", "grassrootsCommittees");
        })
        .Field("root", C.OrganizationId, c => c.Root)
        .Field("asOf", C.Date, c => c.AsOf)
        .Field("countsByKind", C.CountsByEnum<OrganizationKind>(), c => System.Enum.GetValues<OrganizationKind>().Where(k => c.Count(k) > 0).ToDictionary(k => k, c.Count))
        .Field("directlySubordinate", C.Int32, c => c.DirectlySubordinate)
        .Field("grassrootsCommittees", C.Int32, c => c.GrassrootsCommittees)
        .Field("fullMembers", C.Int32, c => c.FullMembers)
        .Field("probationaryMembers", C.Int32, c => c.ProbationaryMembers)
        .Derived(nameof(Sdk.Organization.SubtreeCounts.GrassrootsCells), nameof(Sdk.Organization.SubtreeCounts.GrassrootsOrganizations), nameof(Sdk.Organization.SubtreeCounts.SubCommittees),
            nameof(Sdk.Organization.SubtreeCounts.Cells), nameof(Sdk.Organization.SubtreeCounts.Members));

    public static IEnumerable<JsonConverter> Converters()
    {
        yield return ShapeConverter.Of(SubtreeCounts);
        yield return ShapeConverter.Of(Organization);
        yield return ShapeConverter.Of(Member);
        yield return ShapeConverter.Of(Body);
        yield return ShapeConverter.Of(Management);
    }
}
