using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using C = KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes.Codecs;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

/// <summary>
/// JSON shapes of the discipline area (<i>kỷ luật đảng</i>): subjects, circumstances, decisions and the assessments the
/// policies return, and the complaint types. A decision is read back through <see cref="DisciplineDecision.Restore"/>: its
/// form is checked against the form policy of the built-in rule book in force on its decision date, and the form rule it
/// cited is kept.
/// </summary>
internal static class DisciplineShapes
{
    public static readonly Codec<Deadline> Deadline = new(DeadlinesJson.ReadDeadline, DeadlinesJson.WriteDeadline);

    public static readonly Shape<DisciplineSubject> Subject = new Shape<DisciplineSubject>(nameof(DisciplineSubject), r =>
        {
            var kind = r.Get<DisciplineSubjectKind>("kind");
            var member = r.Get<MemberId?>("member");
            var organization = r.Get<OrganizationId?>("organization");
            var holdsPost = r.Get<bool>("holdsPost");
            var committee = r.Get<bool>("isCommitteeMember");
            if ((kind == DisciplineSubjectKind.Organization) != (organization is not null) || (kind != DisciplineSubjectKind.Organization) != (member is not null))
            {
                throw new ArgumentException($"A {kind} subject has {(kind == DisciplineSubjectKind.Organization ? "an organization and no member" : "a member and no organization")}.", "kind");
            }

            return kind switch
            {
                DisciplineSubjectKind.Organization when !holdsPost && !committee => DisciplineSubject.OfOrganization(organization!.Value),
                DisciplineSubjectKind.Organization => throw new ArgumentException("An organisation neither holds a post nor is a committee member.", "holdsPost"),
                DisciplineSubjectKind.ProbationaryMember when !committee => DisciplineSubject.OfProbationaryMember(member!.Value, holdsPost),
                DisciplineSubjectKind.ProbationaryMember => throw new ArgumentException("A probationary member is not a committee member.", "isCommitteeMember"),
                _ => DisciplineSubject.OfFullMember(member!.Value, holdsPost, committee),
            };
        })
        .Field("kind", C.Enum<DisciplineSubjectKind>(), s => s.Kind)
        .Field("member", C.NullableMemberId, s => s.Member)
        .Field("organization", C.NullableOrganizationId, s => s.Organization)
        .Field("holdsPost", C.Boolean, s => s.HoldsPost)
        .Field("isCommitteeMember", C.Boolean, s => s.IsCommitteeMember)
        .Derived(nameof(DisciplineSubject.Id), nameof(DisciplineSubject.IsMember));

    public static readonly Shape<DisciplineCircumstances> Circumstances = new Shape<DisciplineCircumstances>(nameof(DisciplineCircumstances), r =>
            DisciplineCircumstances.Create(r.Get<string>("content"), r.Get<string>("nature"), r.Get<string>("extent"), r.Get<string>("harm"),
                r.Get<string>("consequence"), r.Get<string>("cause"), r.Get<IReadOnlyList<AggravatingCircumstance>>("aggravating"),
                r.Get<IReadOnlyList<MitigatingCircumstance>>("mitigating"), r.Get<Attitude>("attitude"), r.Get<string>("remediation"), r.Get<ParticipationRole>("role")))
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
            IndividualResponsibility.Create(r.Get<MemberId>("member"), r.Get<ParticipationRole>("role"), r.Get<string>("responsibility"), r.Get<string?>("separateDecisionId")))
        .Field("member", C.MemberId, x => x.Member)
        .Field("role", C.Enum<ParticipationRole>(), x => x.Role)
        .Field("responsibility", C.String, x => x.Responsibility)
        .Field("separateDecisionId", C.NullableString, x => x.SeparateDecisionId);

    public static readonly Shape<DisciplineDecision> Decision = new Shape<DisciplineDecision>(nameof(DisciplineDecision), r =>
        {
            var decidedOn = r.Get<NodaTime.LocalDate>("decidedOn");
            return DisciplineDecision.Restore(r.Get<string>("id"), r.Get<string>("violationId"), r.Get<DisciplineSubject>("subject"), r.Get<DisciplineForm>("form"),
                r.Get<OrganizationId>("decidedBy"), r.Get<BodyKind>("decidingBody"), decidedOn, r.Get<NodaTime.LocalDate>("announcedOn"),
                r.Get<DisciplineCircumstances>("circumstances"), r.Get<IReadOnlyList<IndividualResponsibility>>("responsibleMembers"), r.Get<RuleCitation>("formRule"),
                DisciplineFormPolicy.FromRules(RuleBook.BuiltIn, decidedOn));
        })
        .Field("id", C.String, d => d.Id)
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

    public static readonly Shape<DisciplineBallot> Ballot = new Shape<DisciplineBallot>(nameof(DisciplineBallot), r =>
            DisciplineBallot.Create(r.Get<int>("fullMembers"), r.Get<IReadOnlyDictionary<DisciplineForm, int>>("votesByForm"), r.Get<int>("votesForNoDiscipline")))
        .Field("fullMembers", C.Int32, b => b.FullMembers)
        .Field("votesByForm", C.CountsByEnum<DisciplineForm>(), b => b.VotesByForm)
        .Field("votesForNoDiscipline", C.Int32, b => b.VotesForNoDiscipline)
        .Derived(nameof(DisciplineBallot.VotesCast));

    public static readonly Shape<VoteStep> VoteStep = new Shape<VoteStep>(nameof(Discipline.VoteStep), r =>
            new VoteStep(r.Get<DisciplineForm>("form"), r.Get<int>("votes"), r.Get<int>("cumulative"), r.Get<bool>("reachesMajority")))
        .Field("form", C.Enum<DisciplineForm>(), s => s.Form)
        .Field("votes", C.Int32, s => s.Votes)
        .Field("cumulative", C.Int32, s => s.Cumulative)
        .Field("reachesMajority", C.Boolean, s => s.ReachesMajority);

    public static readonly Shape<VoteOutcome> VoteOutcome = new Shape<VoteOutcome>(nameof(Discipline.VoteOutcome), r =>
            new VoteOutcome(r.Get<DisciplineForm?>("decidedForm"), Counts.NonNegative(r.Get<int>("votesRequired"), "votesRequired"), r.Get<DisciplineBallot>("ballot"),
                r.Get<IReadOnlyList<VoteStep>>("steps"), r.Get<LocalizedText>("explanation"), r.Get<RuleCitation>("rule")))
        .Field("decidedForm", C.NullableEnum<DisciplineForm>(), o => o.DecidedForm)
        .Field("votesRequired", C.Int32, o => o.VotesRequired)
        .Field("ballot", Ballot.Codec, o => o.Ballot)
        .Field("steps", C.List(VoteStep.Codec), o => o.Steps)
        .Field("explanation", C.Text, o => o.Explanation)
        .Field("rule", C.Citation, o => o.Rule)
        .Derived(nameof(Discipline.VoteOutcome.IsDecided));

    public static readonly Shape<FormApplicability> FormApplicability = new Shape<FormApplicability>(nameof(Discipline.FormApplicability), r =>
            new FormApplicability(r.Get<DisciplineSubject>("subject"), r.Get<DisciplineForm>("form"), r.Get<bool>("isApplicable"), r.Get<LocalizedText>("reason"), r.Get<RuleCitation>("rule")))
        .Field("subject", Subject.Codec, a => a.Subject)
        .Field("form", C.Enum<DisciplineForm>(), a => a.Form)
        .Field("isApplicable", C.Boolean, a => a.IsApplicable)
        .Field("reason", C.Text, a => a.Reason)
        .Field("rule", C.Citation, a => a.Rule);

    public static readonly Shape<DeferralAssessment> Deferral = new Shape<DeferralAssessment>(nameof(DeferralAssessment), r =>
            new DeferralAssessment(r.Get<bool>("isDeferred"), r.Get<IReadOnlyList<DeferralGround>>("grounds"), r.Get<LocalizedText>("explanation"), r.Get<RuleCitation>("rule")))
        .Field("isDeferred", C.Boolean, a => a.IsDeferred)
        .Field("grounds", C.List(C.Enum<DeferralGround>()), a => a.Grounds)
        .Field("explanation", C.Text, a => a.Explanation)
        .Field("rule", C.Citation, a => a.Rule);

    public static readonly Shape<LimitationAssessment> Limitation = new Shape<LimitationAssessment>(nameof(LimitationAssessment), r =>
            new LimitationAssessment(r.Get<DisciplineForm>("form"), r.Get<LimitationOutcome>("outcome"), r.Get<NodaTime.LocalDate>("countedFrom"), r.Get<NodaTime.LocalDate?>("lastDay"),
                r.Get<NodaTime.LocalDate>("conclusionDate"), r.Get<IReadOnlyList<LocalizedText>>("trace"), r.Get<RuleCitation>("rule")))
        .Field("form", C.Enum<DisciplineForm>(), a => a.Form)
        .Field("outcome", C.Enum<LimitationOutcome>(), a => a.Outcome)
        .Field("countedFrom", C.Date, a => a.CountedFrom)
        .Field("lastDay", C.NullableDate, a => a.LastDay)
        .Field("conclusionDate", C.Date, a => a.ConclusionDate)
        .Field("trace", C.List(C.Text), a => a.Trace)
        .Field("rule", C.Citation, a => a.Rule)
        .Derived(nameof(LimitationAssessment.MayDiscipline), nameof(LimitationAssessment.Explanation));

    public static readonly Shape<EffectInterruption> Interruption = new Shape<EffectInterruption>(nameof(EffectInterruption), r =>
            r.Get<EffectInterruptionKind>("kind") == EffectInterruptionKind.Complaint ? EffectInterruption.Complaint(r.Get<NodaTime.LocalDate>("on")) : EffectInterruption.NewViolation(r.Get<NodaTime.LocalDate>("on")))
        .Field("kind", C.Enum<EffectInterruptionKind>(), i => i.Kind)
        .Field("on", C.Date, i => i.On);

    public static readonly Shape<DisciplineEffectStatus> EffectStatus = new Shape<DisciplineEffectStatus>(nameof(DisciplineEffectStatus), r =>
            new DisciplineEffectStatus(r.Get<string>("decisionId"), r.Get<NodaTime.LocalDate>("date"), r.Get<DisciplineEffectState>("state"), r.Get<NodaTime.LocalDate?>("lastDayInEffect"),
                r.Get<IReadOnlyList<RestrictedAction>>("forbidden"), r.Get<LocalizedText>("explanation"), r.Get<RuleCitation>("rule")))
        .Field("decisionId", C.String, s => s.DecisionId)
        .Field("date", C.Date, s => s.Date)
        .Field("state", C.Enum<DisciplineEffectState>(), s => s.State)
        .Field("lastDayInEffect", C.NullableDate, s => s.LastDayInEffect)
        .Field("forbidden", C.List(C.Enum<RestrictedAction>()), s => s.Forbidden)
        .Field("explanation", C.Text, s => s.Explanation)
        .Field("rule", C.Citation, s => s.Rule)
        .Derived(nameof(DisciplineEffectStatus.IsInEffect));

    public static readonly Shape<FormCount> FormCount = new Shape<FormCount>(nameof(Discipline.FormCount), r =>
            new FormCount(r.Get<DisciplineForm>("form"), Counts.NonNegative(r.Get<int>("count"), "count")))
        .Field("form", C.Enum<DisciplineForm>(), c => c.Form)
        .Field("count", C.Int32, c => c.Count);

    public static readonly Shape<SynchronisedEvent> SynchronisedEvent = new Shape<SynchronisedEvent>(nameof(Discipline.SynchronisedEvent), r =>
            Discipline.SynchronisedEvent.Create(r.Get<SynchronisedEventKind>("kind"), r.Get<MemberId>("member"), r.Get<NodaTime.LocalDate>("on"), r.Get<string>("description")))
        .Field("kind", C.Enum<SynchronisedEventKind>(), e => e.Kind)
        .Field("member", C.MemberId, e => e.Member)
        .Field("on", C.Date, e => e.On)
        .Field("description", C.String, e => e.Description);

    public static readonly Shape<SynchronisedObligation> SynchronisedObligation = new Shape<SynchronisedObligation>(nameof(Discipline.SynchronisedObligation), r =>
            new SynchronisedObligation(r.Get<string>("code"), r.Get<SynchronisedEvent>("trigger"), r.Get<LocalizedText>("obligor"), r.Get<LocalizedText>("duty"), r.Get<Deadline>("deadline")))
        .Field("code", C.String, o => o.Code)
        .Field("trigger", SynchronisedEvent.Codec, o => o.Trigger)
        .Field("obligor", C.Text, o => o.Obligor)
        .Field("duty", C.Text, o => o.Duty)
        .Field("deadline", Deadline, o => o.Deadline);

    public static readonly Shape<DisciplineComplaint> Complaint = new Shape<DisciplineComplaint>(nameof(DisciplineComplaint), r =>
            DisciplineComplaint.Create(r.Get<string>("id"), r.Get<DisciplineDecision>("decision"), r.Get<NodaTime.LocalDate?>("decisionReceivedOn"), r.Get<NodaTime.LocalDate>("filedOn"),
                r.Get<bool>("filedBySubject"), r.Get<bool>("signed"), r.Get<bool>("previouslyResolvedByCentralCommittee")))
        .Field("id", C.String, c => c.Id)
        .Field("decision", Decision.Codec, c => c.Decision)
        .Field("decisionReceivedOn", C.NullableDate, c => c.DecisionReceivedOn)
        .Field("filedOn", C.Date, c => c.FiledOn)
        .Field("filedBySubject", C.Boolean, c => c.FiledBySubject)
        .Field("signed", C.Boolean, c => c.Signed)
        .Field("previouslyResolvedByCentralCommittee", C.Boolean, c => c.PreviouslyResolvedByCentralCommittee);

    public static readonly Shape<ComplaintAdmissibility> Admissibility = new Shape<ComplaintAdmissibility>(nameof(ComplaintAdmissibility), r =>
            new ComplaintAdmissibility(r.Get<IReadOnlyList<ComplaintInadmissibility>>("reasons"), r.Get<Deadline?>("filingDeadline"), r.Get<LocalizedText>("explanation"), r.Get<IReadOnlyList<RuleCitation>>("rules")))
        .Field("reasons", C.List(C.Enum<ComplaintInadmissibility>()), a => a.Reasons)
        .Field("filingDeadline", C.OrNull(Deadline), a => a.FilingDeadline)
        .Field("explanation", C.Text, a => a.Explanation)
        .Field("rules", C.List(C.Citation), a => a.Rules)
        .Derived(nameof(ComplaintAdmissibility.IsAdmissible));

    public static readonly Shape<ComplaintResolution> Resolution = new Shape<ComplaintResolution>(nameof(ComplaintResolution), r =>
        {
            var followOn = r.Get<LocalizedText?>("followOn");
            var followOnRule = r.Get<RuleCitation?>("followOnRule");
            if ((followOn is null) != (followOnRule is null))
            {
                throw new ArgumentException("A follow-on step and its rule are given together or not at all.", "followOnRule");
            }

            return new ComplaintResolution(r.Get<DisciplineComplaint>("complaint"), r.Get<ComplaintOutcome>("outcome"), r.Get<DisciplineForm?>("resultingForm"), r.Get<NodaTime.LocalDate>("resolvedOn"), followOn, followOnRule);
        })
        .Field("complaint", Complaint.Codec, x => x.Complaint)
        .Field("outcome", C.Enum<ComplaintOutcome>(), x => x.Outcome)
        .Field("resultingForm", C.NullableEnum<DisciplineForm>(), x => x.ResultingForm)
        .Field("resolvedOn", C.Date, x => x.ResolvedOn)
        .Field("followOn", C.NullableText, x => x.FollowOn)
        .Field("followOnRule", C.NullableCitation, x => x.FollowOnRule)
        .Derived(nameof(ComplaintResolution.RequiresAdministrativeReview));

    public static readonly Shape<ResolverCheck> ResolverCheck = new Shape<ResolverCheck>(nameof(Discipline.Complaints.ResolverCheck), r =>
            new ResolverCheck(r.Get<bool>("isAllowed"), r.Get<LocalizedText>("reason"), r.Get<RuleCitation>("rule")))
        .Field("isAllowed", C.Boolean, c => c.IsAllowed)
        .Field("reason", C.Text, c => c.Reason)
        .Field("rule", C.Citation, c => c.Rule);

    public static readonly Shape<DisciplineStatistics> Statistics = new Shape<DisciplineStatistics>(nameof(DisciplineStatistics), r =>
            DisciplineStatistics.Create(r.Get<NodaTime.LocalDate>("from"), r.Get<NodaTime.LocalDate>("to"), r.Get<IReadOnlyList<FormCount>>("organizationsByForm"),
                r.Get<IReadOnlyList<FormCount>>("membersByForm"), r.Get<int>("fullMembers"), r.Get<int>("probationaryMembers"), r.Get<int>("membersWhoAreCommitteeMembers")))
        .Field("from", C.Date, x => x.From)
        .Field("to", C.Date, x => x.To)
        .Field("organizationsByForm", C.List(FormCount.Codec), x => x.OrganizationsByForm)
        .Field("membersByForm", C.List(FormCount.Codec), x => x.MembersByForm)
        .Field("fullMembers", C.Int32, x => x.FullMembers)
        .Field("probationaryMembers", C.Int32, x => x.ProbationaryMembers)
        .Field("membersWhoAreCommitteeMembers", C.Int32, x => x.MembersWhoAreCommitteeMembers)
        .Derived(nameof(DisciplineStatistics.Organizations), nameof(DisciplineStatistics.Members), nameof(DisciplineStatistics.Summary));

    public static readonly Shape<ComplaintStatistics> ComplaintStatistics = new Shape<ComplaintStatistics>(nameof(Discipline.Complaints.ComplaintStatistics), r =>
            Discipline.Complaints.ComplaintStatistics.Create(r.Get<int>("members"), r.Get<int>("organizations"), r.Get<IReadOnlyDictionary<ComplaintOutcome, int>>("byOutcome")))
        .Field("members", C.Int32, x => x.Members)
        .Field("organizations", C.Int32, x => x.Organizations)
        .Field("byOutcome", C.CountsByEnum<ComplaintOutcome>(), x => x.ByOutcome)
        .Derived(nameof(Discipline.Complaints.ComplaintStatistics.Summary));

    public static IEnumerable<System.Text.Json.Serialization.JsonConverter> Converters()
    {
        yield return ShapeConverter.Of(Statistics);
        yield return ShapeConverter.Of(ComplaintStatistics);
        yield return ShapeConverter.Of(Subject);
        yield return ShapeConverter.Of(Circumstances);
        yield return ShapeConverter.Of(Responsibility);
        yield return ShapeConverter.Of(Decision);
        yield return ShapeConverter.Of(Ballot);
        yield return ShapeConverter.Of(VoteStep);
        yield return ShapeConverter.Of(VoteOutcome);
        yield return ShapeConverter.Of(FormApplicability);
        yield return ShapeConverter.Of(Deferral);
        yield return ShapeConverter.Of(Limitation);
        yield return ShapeConverter.Of(Interruption);
        yield return ShapeConverter.Of(EffectStatus);
        yield return ShapeConverter.Of(FormCount);
        yield return ShapeConverter.Of(SynchronisedEvent);
        yield return ShapeConverter.Of(SynchronisedObligation);
        yield return ShapeConverter.Of(Complaint);
        yield return ShapeConverter.Of(Admissibility);
        yield return ShapeConverter.Of(Resolution);
        yield return ShapeConverter.Of(ResolverCheck);
    }
}
