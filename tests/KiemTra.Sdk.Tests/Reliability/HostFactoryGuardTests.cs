using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Discipline;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.Reliability;

/// <summary>
/// The factories a host calls to rebuild what it stored (issue 8, the public API's arguments): each bad argument ends in
/// an <see cref="ArgumentException"/> naming that parameter; a good call keeps every field.
/// </summary>
public class HostFactoryGuardTests
{
    private static readonly OrganizationId Province = OrganizationId.From("TN");
    private static readonly OrganizationId Commune = OrganizationId.From("TN.X1");
    private static readonly MemberId Member1 = MemberId.From("M-1");
    private static readonly LocalDate Day = new(2026, 3, 5);

    private static void Names(string parameter, Action call)
    {
        var error = Assert.ThrowsAny<ArgumentException>(call);
        Assert.True(parameter == error.ParamName, $"expected '{parameter}', got '{error.ParamName}': {error.Message}");
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    // ---- PartyOrganization.Create ----

    private static PartyOrganization Organization(OrganizationId? id = null, string name = "Đảng bộ xã Phú Bình", OrganizationKind kind = OrganizationKind.Commune,
        OrganizationId? parent = null, bool root = false, LocalDate? endedOn = null, IEnumerable<BodyKind>? bodies = null,
        IEnumerable<AdvisoryAgencyKind>? agencies = null, IEnumerable<LineageEvent>? lineage = null, int depth = 1)
        => PartyOrganization.Create(id ?? Commune, name, kind, root ? null : parent ?? Province, Day, endedOn, bodies ?? [], false, false, agencies ?? [AdvisoryAgencyKind.Organization], lineage ?? [], depth);

    [Fact]
    public void PartyOrganizationCreate_EachBadArgument_IsNamed()
    {
        Names("id", () => Organization(id: default(OrganizationId)));
        Names("name", () => PartyOrganization.Create(Commune, null!, OrganizationKind.Commune, Province, Day, null, [], false, false, [], [], 1));
        Names("name", () => Organization(name: "  "));
        Names("name", () => Organization(name: new string('a', InputRules.MaxStringLength + 1)));
        Names("kind", () => Organization(kind: (OrganizationKind)99));
        Names("parent", () => Organization(parent: default(OrganizationId)));
        Names("parent", () => Organization(parent: Commune));
        Names("endedOn", () => Organization(endedOn: Day));
        Names("bodies", () => PartyOrganization.Create(Commune, "x", OrganizationKind.Commune, Province, Day, null, null!, false, false, [], [], 1));
        Names("bodies", () => Organization(bodies: [BodyKind.Committee]));
        Names("bodies", () => Organization(bodies: [BodyKind.AdvisoryAgency]));
        Names("bodies", () => Organization(bodies: [(BodyKind)99]));
        Names("depth", () => Organization(depth: 0));
        Names("depth", () => Organization(root: true, depth: 1));
        Names("advisoryAgencies", () => PartyOrganization.Create(Commune, "x", OrganizationKind.Commune, Province, Day, null, [], false, false, null!, [], 1));
        Names("advisoryAgencies", () => Organization(agencies: [(AdvisoryAgencyKind)99]));
        Names("lineage", () => PartyOrganization.Create(Commune, "x", OrganizationKind.Commune, Province, Day, null, [], false, false, [], null!, 1));
        Names("lineage", () => Organization(lineage: [LineageEvent.Renamed(Province, Day.PlusDays(1), "Khác")]));
    }

    [Fact]
    public void PartyOrganizationCreate_GoodCall_KeepsEveryField()
    {
        var renamed = LineageEvent.Renamed(Commune, Day.PlusDays(10), "Đảng bộ xã Phú Bình mới");
        var o = PartyOrganization.Create(Commune, " Đảng bộ xã Phú Bình ", OrganizationKind.Commune, Province, Day, Day.PlusYears(1), [BodyKind.InspectionCommission], false, true,
            [AdvisoryAgencyKind.Organization, AdvisoryAgencyKind.Office], [renamed], 1);
        Assert.Equal((Commune, OrganizationKind.Commune, (OrganizationId?)Province, Day, (LocalDate?)Day.PlusYears(1), 1), (o.Id, o.Kind, o.Parent, o.CreatedOn, o.EndedOn, o.Depth));
        Assert.Equal((true, true, false, true, false), (o.HasBody(BodyKind.Committee), o.HasBody(BodyKind.InspectionCommission), o.HasBody(BodyKind.StandingCommittee), o.HasDelegatedPowers, o.HasCellCommittee));
        Assert.Equal("Đảng bộ xã Phú Bình", o.OriginalName);
        Assert.Equal([AdvisoryAgencyKind.Organization, AdvisoryAgencyKind.Office], o.AdvisoryAgencies.ToArray());
        Assert.Equal([renamed], o.Lineage.ToArray());
    }

    // ---- Member.Create ----

    [Fact]
    public void MemberCreate_EachBadArgument_IsNamed()
    {
        Names("id", () => Member.Create(default, "A", Commune, MemberStatus.Full, Day, null, null, []));
        Names("organization", () => Member.Create(Member1, "A", default, MemberStatus.Full, Day, null, null, []));
        Names("cadreCommittee", () => Member.Create(Member1, "A", Commune, MemberStatus.Full, Day, default(OrganizationId), null, []));
        Names("displayName", () => Member.Create(Member1, null!, Commune, MemberStatus.Full, Day, null, null, []));
        Names("displayName", () => Member.Create(Member1, " ", Commune, MemberStatus.Full, Day, null, null, []));
        Names("status", () => Member.Create(Member1, "A", Commune, (MemberStatus)9, Day, null, null, []));
        Names("posts", () => Member.Create(Member1, "A", Commune, MemberStatus.Full, Day, null, null, null!));
        Names("posts", () => Member.Create(Member1, "A", Commune, MemberStatus.Full, Day, null, null, [new Post(MemberId.From("M-2"), Commune, PostKind.Head, true)]));
    }

    [Fact]
    public void MemberCreate_GoodCall_KeepsEveryField()
    {
        var post = new Post(Member1, Commune, PostKind.CommissionChair, true);
        var m = Member.Create(Member1, " Nguyễn Văn A ", Commune, MemberStatus.Probationary, Day, Province, false, [post]);
        Assert.Equal((Member1, "Nguyễn Văn A", Commune, MemberStatus.Probationary, Day, (OrganizationId?)Province, (bool?)false),
            (m.Id, m.DisplayName, m.Organization, m.Status, m.AdmittedOn, m.CadreCommittee, m.IsLocal));
        Assert.Equal([post], m.Posts.ToArray());
    }

    // ---- Body.Create ----

    [Fact]
    public void BodyCreate_EachBadArgument_IsNamed()
    {
        var name = LocalizedText.Of("Ủy ban kiểm tra", "Inspection commission");
        Names("organization", () => Body.Create(default, BodyKind.InspectionCommission, null, name, []));
        Names("kind", () => Body.Create(Commune, (BodyKind)99, null, name, []));
        Names("agency", () => Body.Create(Commune, BodyKind.InspectionCommission, AdvisoryAgencyKind.Office, name, []));
        Names("agency", () => Body.Create(Commune, BodyKind.AdvisoryAgency, null, name, []));
        Names("name", () => Body.Create(Commune, BodyKind.InspectionCommission, null, null!, []));
        Names("posts", () => Body.Create(Commune, BodyKind.InspectionCommission, null, name, null!));
        Names("posts", () => Body.Create(Commune, BodyKind.InspectionCommission, null, name, [new Post(Member1, Province, PostKind.CommissionChair, true)]));
    }

    [Fact]
    public void BodyCreate_GoodCall_KeepsEveryField()
    {
        var name = LocalizedText.Of("Văn phòng", "Office");
        var post = new Post(Member1, Commune, PostKind.Head, false);
        var b = Body.Create(Commune, BodyKind.AdvisoryAgency, AdvisoryAgencyKind.Office, name, [post]);
        Assert.Equal((Commune, BodyKind.AdvisoryAgency, (AdvisoryAgencyKind?)AdvisoryAgencyKind.Office, name), (b.Organization, b.Kind, b.AdvisoryAgency, b.Name));
        Assert.Equal([post], b.Posts.ToArray());
    }

    // ---- DisciplineDecision.Restore ----

    private static DisciplineDecision RestoreDecision(DisciplineDecision d, DecisionId? id = null, string? violationId = null, DisciplineSubject? subject = null,
        DisciplineForm? form = null, LocalDate? announcedOn = null, DisciplineCircumstances? circumstances = null, IEnumerable<IndividualResponsibility>? responsible = null,
        RuleCitation? formRule = null, DisciplineRules? policy = null, bool nullCircumstances = false, bool nullResponsible = false, bool nullFormRule = false, bool nullPolicy = false)
        => DisciplineDecision.Restore(id ?? d.Id, violationId ?? d.ViolationId, subject ?? d.Subject, form ?? d.Form, d.DecidedBy, d.DecidingBody, d.DecidedOn,
            announcedOn ?? d.AnnouncedOn, nullCircumstances ? null! : circumstances ?? d.Circumstances, nullResponsible ? null! : responsible ?? d.ResponsibleMembers,
            nullFormRule ? null! : formRule ?? d.FormRule, nullPolicy ? null! : policy ?? DisciplineFixtures.RulesInForce);

    [Fact]
    public void DisciplineDecisionRestore_EachBadArgument_IsNamed()
    {
        var d = DisciplineFixtures.MemberDecision("D-1", DisciplineForm.Warning, Day);
        Names("id", () => RestoreDecision(d, id: default(DecisionId)));
        Names("value", () => RestoreDecision(d, id: DecisionId.From(" "))); // a bad id text is refused by RecordId.From
        Names("violationId", () => RestoreDecision(d, violationId: "bad\nid"));
        Names("form", () => RestoreDecision(d, form: DisciplineForm.Dissolution));
        Names("announcedOn", () => RestoreDecision(d, announcedOn: Day.PlusDays(-1)));
        Names("circumstances", () => RestoreDecision(d, nullCircumstances: true));
        Names("responsibleMembers", () => RestoreDecision(d, nullResponsible: true));
        Names("formRule", () => RestoreDecision(d, nullFormRule: true));
        Names("rules", () => RestoreDecision(d, nullPolicy: true));
        Names("subject", () => DisciplineDecision.Restore(d.Id, d.ViolationId, null!, d.Form, d.DecidedBy, d.DecidingBody, d.DecidedOn, d.AnnouncedOn, d.Circumstances, [], d.FormRule, DisciplineFixtures.RulesInForce));
    }

    [Fact]
    public void DisciplineDecisionRestore_GoodCall_KeepsEveryFieldAndTheCitedRule()
    {
        var d = DisciplineFixtures.OrganizationDecision("7", DisciplineForm.Warning, Day);
        var cited = RuleCitation.Of(RuleSetId.From("QD-69-2022"), "Quy định 69-QĐ/TW", "Điều 2 (bản cũ)", false);
        var r = RestoreDecision(d, formRule: cited);
        Assert.Equal((d.Id, d.ViolationId, d.Subject, d.Form, d.DecidedBy, d.DecidingBody, d.DecidedOn, d.AnnouncedOn, d.Circumstances),
            (r.Id, r.ViolationId, r.Subject, r.Form, r.DecidedBy, r.DecidingBody, r.DecidedOn, r.AnnouncedOn, r.Circumstances));
        Assert.Equal(d.ResponsibleMembers, r.ResponsibleMembers);
        Assert.Equal(cited, r.FormRule);
    }

    // ---- Denunciation.Restore ----

    private static readonly DenunciationReceipt Receipt = new(OrganizationId.From("TN.UBKT"), Day, true);

    [Fact]
    public void DenunciationRestore_EachBadArgument_IsNamed()
    {
        var subject = DisciplineSubject.OfFullMember(Member1, true);
        Allegation[] allegations = [Allegation.Create(AllegationId.From("A1"), "Nội dung tố cáo")];
        var id = DenunciationId.From("T1");
        Names("id", () => Denunciation.Restore(default, subject, DenunciationSource.Anonymous, allegations, [Receipt], null));
        Names("value", () => Denunciation.Restore(DenunciationId.From(""), subject, DenunciationSource.Anonymous, allegations, [Receipt], null)); // refused by RecordId.From
        Names("subject", () => Denunciation.Restore(id, null!, DenunciationSource.Anonymous, allegations, [Receipt], null));
        Names("source", () => Denunciation.Restore(id, subject, (DenunciationSource)9, allegations, [Receipt], null));
        Names("allegations", () => Denunciation.Restore(id, subject, DenunciationSource.Anonymous, null!, [Receipt], null));
        Names("allegations", () => Denunciation.Restore(id, subject, DenunciationSource.Anonymous, [], [Receipt], null));
        Names("receipts", () => Denunciation.Restore(id, subject, DenunciationSource.Anonymous, allegations, null!, null));

        // Concluded although never taken in.
        var concluded = Allegation.Restore(AllegationId.From("A1"), "Nội dung tố cáo", AllegationConclusion.False, Day.PlusDays(5));
        Names("allegations", () => Denunciation.Restore(id, subject, DenunciationSource.Anonymous, [concluded], [Receipt], null));
    }

    [Fact]
    public void DenunciationRestore_GoodCall_KeepsEveryField_WithTheInformantWithheld()
    {
        var letter = Denunciation.Create(DenunciationId.From("T1"), DisciplineSubject.OfFullMember(Member1, true), DenunciationSource.Named,
            ProtectedInformant.Create("Người Tố Cáo Kín", null, null), [Allegation.Create(AllegationId.From("A1"), "Nội dung tố cáo")], [Receipt]);
        var taken = letter.WithIntake(DenunciationIntake.Assess(letter, [], RuleBook.BuiltIn, Day))
            .Conclude(AllegationId.From("A1"), AllegationConclusion.False, Day.PlusDays(5)).ForVerifiers();
        var r = Denunciation.Restore(taken.Id, taken.Subject, taken.Source, taken.Allegations, taken.Receipts, taken.Intake);
        Assert.Equal((taken.Id, taken.Subject, taken.Source, taken.Intake, true), (r.Id, r.Subject, r.Source, r.Intake, r.InformantWithheld));
        Assert.Null(r.Informant);
        Assert.Equal(taken.Allegations, r.Allegations);
        Assert.Equal(taken.Receipts, r.Receipts);
    }

    // ---- OversightCase.Restore ----

    private static OversightCase Concluded()
        => CaseFixtures.Opened("KT-1", ActivityKind.ComplianceInspection, "compliance", Province, BodyKind.InspectionCommission, [OversightSubject.Of(Commune)], Day, OversightCatalogs.BuiltIn)
            .IssueDecision("1", Day).ApprovePlan(CasePlan.Create("p", ["resolutions-and-law"], new DateInterval(Day, Day), new DateInterval(Day, Day.PlusDays(30)), "m", OversightCatalogs.BuiltIn), Day)
            .FormTeam(CaseTeam.Create(MemberId.From("K1"), []), Day).Announce(Day).ReceiveSelfReport(Day).Verify("v", Day).DraftReport(Day)
            .HoldConclusionMeeting(new CaseConclusion("Chấp hành tốt", false, false), Day.PlusDays(30));

    private static OversightCase RestoreCase(OversightCase c, CaseId? id = null, string? typeCode = null, IEnumerable<OversightSubject>? subjects = null, bool noPlan = false,
        bool noTeam = false, bool noConclusion = false, IEnumerable<CaseId>? handedOverTo = null, IEnumerable<HigherReview>? reviews = null, IEnumerable<CaseEvent>? history = null,
        OversightCatalogs? catalogs = null, bool nullCatalogs = false)
        => OversightCase.Restore(id ?? c.Id, c.Activity, typeCode ?? c.TypeCode, c.ConductedBy, c.Body, subjects ?? c.Subjects, noPlan ? null : c.Plan, noTeam ? null : c.Team,
            noConclusion ? null : c.Conclusion, c.Origin, handedOverTo ?? c.HandedOverTo, reviews ?? c.Reviews, history ?? c.History, nullCatalogs ? null! : catalogs ?? OversightCatalogs.BuiltIn);

    [Fact]
    public void OversightCaseRestore_EachBadArgument_IsNamed()
    {
        var c = Concluded();
        Names("id", () => RestoreCase(c, id: default(CaseId)));
        Names("value", () => RestoreCase(c, id: CaseId.From(" "))); // a bad id text is refused by RecordId.From
        Names("typeCode", () => RestoreCase(c, typeCode: "no-such-type"));
        Names("subjects", () => RestoreCase(c, subjects: []));
        Names("plan", () => RestoreCase(c, noPlan: true));
        Names("team", () => RestoreCase(c, noTeam: true));
        Names("conclusion", () => RestoreCase(c, noConclusion: true));
        Names("handedOverTo", () => RestoreCase(c, handedOverTo: [CaseId.From("KT-9")]));
        Names("reviews", () => OversightCase.Restore(c.Id, c.Activity, c.TypeCode, c.ConductedBy, c.Body, c.Subjects, c.Plan, c.Team, c.Conclusion, c.Origin, [], null!, c.History, OversightCatalogs.BuiltIn));
        Names("history", () => OversightCase.Restore(c.Id, c.Activity, c.TypeCode, c.ConductedBy, c.Body, c.Subjects, c.Plan, c.Team, c.Conclusion, c.Origin, [], [], null!, OversightCatalogs.BuiltIn));
        Names("handedOverTo", () => OversightCase.Restore(c.Id, c.Activity, c.TypeCode, c.ConductedBy, c.Body, c.Subjects, c.Plan, c.Team, c.Conclusion, c.Origin, null!, [], c.History, OversightCatalogs.BuiltIn));
        Names("history", () => RestoreCase(c, history: []));
        Names("history", () => RestoreCase(c, history: c.History.Take(1).Concat(c.History.Skip(2))));
        Names("history", () => RestoreCase(c, history: c.History.Select((e, i) => i == 2 ? e with { On = Day.PlusDays(-1) } : e)));
        Names("catalogs", () => RestoreCase(c, nullCatalogs: true));
    }

    [Fact]
    public void OversightCaseRestore_GoodCall_KeepsEveryField()
    {
        var c = Concluded();
        var r = RestoreCase(c);
        Assert.Equal((c.Id, c.Activity, c.TypeCode, c.ConductedBy, c.Body, c.State, c.Plan, c.Team, c.Conclusion, c.Origin),
            (r.Id, r.Activity, r.TypeCode, r.ConductedBy, r.Body, r.State, r.Plan, r.Team, r.Conclusion, r.Origin));
        Assert.Equal(c.Subjects, r.Subjects);
        Assert.Equal(c.HandedOverTo, r.HandedOverTo);
        Assert.Equal(c.Reviews, r.Reviews);
        Assert.Equal(c.History, r.History);
    }
}
