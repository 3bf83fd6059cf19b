using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using C = KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes.Codecs;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

/// <summary>
/// JSON shapes of the discipline area (<i>kỷ luật đảng</i>) as the register records it: subjects, circumstances and
/// decisions. A decision is read back through <see cref="DisciplineDecision.Restore"/>: its
/// form is checked against the form policy of the built-in rule book in force on its decision date, and the form rule it
/// cited is kept.
/// </summary>
internal static class DisciplineShapes
{
    public static readonly Codec<Deadline> Deadline = new(DeadlinesJson.ReadDeadline, DeadlinesJson.WriteDeadline);

    public static readonly Shape<DisciplineSubject> Subject = new Shape<DisciplineSubject>(nameof(DisciplineSubject), r =>
        {
            var kind = r.Get<SubjectKind>("kind");
            var member = r.Get<MemberId?>("member");
            var organization = r.Get<OrganizationId?>("organization");
            var holdsPost = r.Get<bool>("holdsPost");
            var committee = r.Get<bool>("isCommitteeMember");
            if ((kind == SubjectKind.Organization) != (organization is not null) || (kind != SubjectKind.Organization) != (member is not null))
            {
                throw new ArgumentException($"A {kind} subject has {(kind == SubjectKind.Organization ? "an organization and no member" : "a member and no organization")}.", "kind");
            }

            return kind switch
            {
                SubjectKind.Organization when !holdsPost && !committee => DisciplineSubject.OfOrganization(organization!.Value),
                SubjectKind.Organization => throw new ArgumentException("An organisation neither holds a post nor is a committee member.", "holdsPost"),
                SubjectKind.ProbationaryMember when !committee => DisciplineSubject.OfProbationaryMember(member!.Value, holdsPost),
                SubjectKind.ProbationaryMember => throw new ArgumentException("A probationary member is not a committee member.", "isCommitteeMember"),
                _ => DisciplineSubject.OfFullMember(member!.Value, holdsPost, committee),
            };
        })
        .Field("kind", C.Enum<SubjectKind>(), KindOf)
        .Field("member", C.NullableMemberId, s => s.Member)
        .Field("organization", C.NullableOrganizationId, s => s.Organization)
        .Field("holdsPost", C.Boolean, s => s.HoldsPost)
        .Field("isCommitteeMember", C.Boolean, s => s.IsCommitteeMember)
        .Derived(nameof(DisciplineSubject.Id), nameof(DisciplineSubject.IsMember), nameof(DisciplineSubject.IsProbationary));

    /// <summary>The subject's "kind" as written: <c>Organization</c>, <c>FullMember</c> or <c>ProbationaryMember</c>.</summary>
    private enum SubjectKind
    {
        Organization = 1,
        FullMember = 2,
        ProbationaryMember = 3,
    }

    public static readonly Shape<DisciplineCircumstances> Circumstances = new Shape<DisciplineCircumstances>(nameof(DisciplineCircumstances), r =>
            new DisciplineCircumstances
            {
                Content = r.Get<string>("content"),
                Nature = r.Get<string>("nature"),
                Extent = r.Get<string>("extent"),
                Harm = r.Get<string>("harm"),
                Consequence = r.Get<string>("consequence"),
                Cause = r.Get<string>("cause"),
                Aggravating = r.Get<IReadOnlyList<AggravatingCircumstance>>("aggravating"),
                Mitigating = r.Get<IReadOnlyList<MitigatingCircumstance>>("mitigating"),
                Attitude = r.Get<Attitude>("attitude"),
                Remediation = r.Get<string>("remediation"),
                Role = r.Get<ParticipationRole>("role"),
            })
        .Field("content", C.AnyString, c => c.Content)
        .Field("nature", C.AnyString, c => c.Nature)
        .Field("extent", C.AnyString, c => c.Extent)
        .Field("harm", C.AnyString, c => c.Harm)
        .Field("consequence", C.AnyString, c => c.Consequence)
        .Field("cause", C.AnyString, c => c.Cause)
        .Field("aggravating", C.List(C.Enum<AggravatingCircumstance>()), c => c.Aggravating)
        .Field("mitigating", C.List(C.Enum<MitigatingCircumstance>()), c => c.Mitigating)
        .Field("attitude", C.Enum<Attitude>(), c => c.Attitude)
        .Field("remediation", C.AnyString, c => c.Remediation)
        .Field("role", C.Enum<ParticipationRole>(), c => c.Role);

    public static readonly Shape<IndividualResponsibility> Responsibility = new Shape<IndividualResponsibility>(nameof(IndividualResponsibility), r =>
            IndividualResponsibility.Create(r.Get<MemberId>("member"), r.Get<ParticipationRole>("role"), r.Get<string>("responsibility"), r.Get<RecordId<DisciplineDecision>?>("separateDecisionId")))
        .Field("member", C.MemberId, x => x.Member)
        .Field("role", C.Enum<ParticipationRole>(), x => x.Role)
        .Field("responsibility", C.String, x => x.Responsibility)
        .Field("separateDecisionId", C.NullableId<DisciplineDecision>(), x => x.SeparateDecisionId);

    public static readonly Shape<DisciplineDecision> Decision = new Shape<DisciplineDecision>(nameof(DisciplineDecision), r =>
        {
            var decidedOn = r.Get<NodaTime.LocalDate>("decidedOn");
            return DisciplineDecision.Restore(r.Get<RecordId<DisciplineDecision>>("id"), r.Get<string>("violationId"), r.Get<DisciplineSubject>("subject"), r.Get<DisciplineForm>("form"),
                r.Get<OrganizationId>("decidedBy"), r.Get<BodyKind>("decidingBody"), decidedOn, r.Get<NodaTime.LocalDate>("announcedOn"),
                r.Get<DisciplineCircumstances>("circumstances"), r.Get<IReadOnlyList<IndividualResponsibility>>("responsibleMembers"), r.Get<RuleCitation>("formRule"),
                DisciplineRules.FromRules(RuleBook.BuiltIn, decidedOn));
        })
        .Field("id", C.Id<DisciplineDecision>(), d => d.Id)
        .Field("violationId", C.String, d => d.ViolationId)
        .Field("subject", Subject.Codec, d => d.Subject)
        .Field("form", C.Enum<DisciplineForm>(), d => d.Form)
        .Field("decidedBy", C.OrganizationId, d => d.DecidedBy)
        .Field("decidingBody", C.Enum<BodyKind>(), d => d.DecidingBody)
        .Field("decidedOn", C.Date, d => d.DecidedOn)
        .Field("announcedOn", C.Date, d => d.AnnouncedOn)
        .Field("circumstances", Circumstances.Codec, d => d.Circumstances)
        .Field("responsibleMembers", C.List(Responsibility.Codec), d => d.ResponsibleMembers)
        .Field("formRule", C.Citation, d => d.FormRule);

    public static IEnumerable<System.Text.Json.Serialization.JsonConverter> Converters()
    {
        yield return ShapeConverter.Of(Subject);
        yield return ShapeConverter.Of(Circumstances);
        yield return ShapeConverter.Of(Responsibility);
        yield return ShapeConverter.Of(Decision);
    }

    private static SubjectKind KindOf(DisciplineSubject subject) =>
        !subject.IsMember ? SubjectKind.Organization : subject.IsProbationary ? SubjectKind.ProbationaryMember : SubjectKind.FullMember;
}
