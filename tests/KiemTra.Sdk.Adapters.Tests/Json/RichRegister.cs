using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Supervision;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.Json;

/// <summary>
/// A register of the commune X (three cells) for 2025 that holds every kind of fact the register knows and every kind
/// of link, recorded through the public API only (cases advanced step by step through the state machine).
/// </summary>
internal static class RichRegister
{
    /// <summary>The commune as a dataset under a province P, so the hand-over is decided by the authority rules.</summary>
    private static AuthorityRules Authority()
    {
        var reform = new LocalDate(2025, 1, 1);
        var b = new PartyDatasetBuilder("Xã X (dựng tay)", reform, "hand-built");
        b.AddOrganization(OrganizationId.From("P"), "Đảng bộ tỉnh P", OrganizationKind.Province, null, new LocalDate(1990, 1, 1), [BodyKind.StandingCommittee, BodyKind.InspectionCommission]);
        b.AddOrganization(OrganizationId.From("X"), "Đảng bộ xã X", OrganizationKind.Commune, OrganizationId.From("P"), reform, [BodyKind.StandingCommittee, BodyKind.InspectionCommission]);
        foreach (var n in new[] { 1, 2, 3 })
        {
            b.AddOrganization(OrganizationId.From($"X.CB{n}"), $"Chi bộ thôn {n}", OrganizationKind.Cell, OrganizationId.From("X"), reform);
            for (var i = 1; i <= 3; i++)
            {
                b.AddMember(MemberId.From($"M-{n}{i}"), $"Đảng viên {n}{i}", OrganizationId.From($"X.CB{n}"), MemberStatus.Full, new LocalDate(2010, 1, 1), isLocal: true);
            }
        }

        return new AuthorityRules(b.Build(), KiemTra.Sdk.Rules.RuleBook.BuiltIn);
    }

    /// <summary>A case restored as opened (these samples test the JSON form, not authority; see CaseAuthorityTests in the core's tests).</summary>
    internal static OversightCase Opened(string id, ActivityKind activity, string typeCode, OrganizationId conductedBy, BodyKind body, IEnumerable<OversightSubject> subjects, LocalDate on, OversightCatalogs catalogs)
    {
        var list = subjects.ToArray();
        return OversightCase.Restore(CaseId.From(id), activity, typeCode, conductedBy, body, list, null, null, null, null, [], [],
            [new CaseEvent(CaseStep.Open, on, CaseState.Opened, $"Mở hồ sơ (dữ liệu kiểm thử) {string.Join(", ", list.Select(s => s.Id))}")], catalogs);
    }

    public static readonly OrganizationId Commune = OrganizationId.From("X");
    public static readonly OrganizationId Cell1 = OrganizationId.From("X.CB1");
    public static readonly OrganizationId Cell2 = OrganizationId.From("X.CB2");
    public static readonly OrganizationId Cell3 = OrganizationId.From("X.CB3");
    public static readonly MemberId Secretary1 = MemberId.From("M-11");
    public static readonly MemberId Member2 = MemberId.From("M-21");
    public static readonly MemberId Assignee = MemberId.From("M-01");
    public static readonly LocalDate AsOf = new(2025, 12, 31);
    public static readonly OversightCatalogs Catalogs = OversightCatalogs.BuiltIn;
    public static readonly DisciplineRules Forms = DisciplineRules.FromRules(RuleBook.BuiltIn, new LocalDate(2025, 1, 1));

    /// <summary>The informant's name planted in the named denunciation: it must never reach a document.</summary>
    public const string PlantedName = "Nguyễn Văn Tố Cáo";

    /// <summary>The commune and its cells as indicators run over them (bodies X.CU and X.UBKT).</summary>
    public static PartyDataset Hierarchy()
    {
        var b = new PartyDatasetBuilder("Xã X (dựng tay)", AsOf, "hand-built");
        b.AddOrganization(OrganizationId.From("X"), "Đảng bộ xã X", OrganizationKind.Commune, null, new LocalDate(2020, 1, 1), [BodyKind.InspectionCommission]);
        foreach (var n in new[] { 1, 2, 3 })
        {
            b.AddOrganization(OrganizationId.From($"X.CB{n}"), $"Chi bộ thôn {n}", OrganizationKind.Cell, OrganizationId.From("X"), new LocalDate(2020, 1, 1));
        }

        return b.Build();
    }

    private static OversightProgram Program() => OversightProgram.Create(ProgramId.From("CT-UBKT-2025"), new ActingBody(Commune, BodyKind.InspectionCommission), ReportingPeriodKind.Year,
        new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31),
        [
            ProgramItem.Create(ProgramItemId.From("I1"), ActivityKind.RegularSupervision, "regular", Cell1, new LocalDate(2025, 3, 1), new LocalDate(2025, 4, 30), ["organisational-principles"], Catalogs),
            ProgramItem.Create(ProgramItemId.From("I2"), ActivityKind.ComplianceInspection, "compliance", Cell2, new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 31), ["resolutions-and-law"], Catalogs),
            ProgramItem.Create(ProgramItemId.From("I3"), ActivityKind.ThematicSupervision, "thematic", Cell3, new LocalDate(2025, 9, 1), new LocalDate(2025, 10, 31), ["exemplary-conduct"], Catalogs),
        ]);

    private static CasePlan Plan(LocalDate start, LocalDate end) => CasePlan.Create("Giám sát, kiểm tra theo chương trình năm 2025", ["organisational-principles"], new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)), new DateInterval(start, end), "Nghiên cứu hồ sơ, làm việc trực tiếp", Catalogs);

    private static CaseTeam Team() => CaseTeam.Create(MemberId.From("K-01"), [MemberId.From("K-02")]);

    private static DisciplineCircumstances Circumstances() => new DisciplineCircumstances
    {
        Content = "Sử dụng quỹ thôn sai mục đích",
        Nature = "Nghiêm trọng",
        Extent = "Kéo dài 1 năm",
        Harm = "Làm giảm uy tín của chi bộ",
        Consequence = "Thất thoát 40 triệu đồng",
        Cause = "Thiếu trách nhiệm",
        Aggravating = [],
        Mitigating = [MitigatingCircumstance.VoluntaryRemediation],
        Attitude = Attitude.Sincere,
        Remediation = "Đã nộp lại toàn bộ số tiền",
        Role = ParticipationRole.Initiator,
    };

    /// <summary>The warning the inspection decided (R-D1), linked from the case's discipline outcome.</summary>
    public static DisciplineDecision Warning() => DisciplineDecision.Create(DecisionId.From("QD-01"), "VP-01", DisciplineSubject.OfFullMember(Secretary1, holdsPost: true, isCommitteeMember: true),
        DisciplineForm.Warning, Commune, BodyKind.InspectionCommission, new LocalDate(2025, 6, 20), new LocalDate(2025, 6, 23), Circumstances(), [], Forms);

    /// <summary>A reprimand the committee decided on the compliance inspection's proposal (linked by caseId, not by an outcome).</summary>
    public static DisciplineDecision Reprimand() => DisciplineDecision.Create(DecisionId.From("QD-02"), "VP-02", DisciplineSubject.OfFullMember(Member2, holdsPost: false),
        DisciplineForm.Reprimand, Commune, BodyKind.Committee, new LocalDate(2025, 8, 12), new LocalDate(2025, 8, 14), Circumstances(), [], Forms);

    /// <summary>A reprimand of cell 3 that came by another path than a case.</summary>
    public static DisciplineDecision CellReprimand() => DisciplineDecision.Create(DecisionId.From("QD-03"), "VP-03", DisciplineSubject.OfOrganization(Cell3),
        DisciplineForm.Reprimand, Commune, BodyKind.Committee, new LocalDate(2025, 9, 15), new LocalDate(2025, 9, 16), Circumstances(),
        [IndividualResponsibility.Create(MemberId.From("M-31"), ParticipationRole.Initiator, "Bí thư chi bộ thôn 3 chủ trì việc chi sai quỹ", null)], Forms);

    public static WorkRegister Build()
    {
        var supervision = Opened("GS-01", ActivityKind.RegularSupervision, "regular", Commune, BodyKind.InspectionCommission,
                [OversightSubject.Of(Cell1), OversightSubject.Of(Secretary1, isCommitteeMember: true)], new LocalDate(2025, 3, 3), Catalogs)
            .IssueDecision("01-QĐ/UBKT", new LocalDate(2025, 3, 3))
            .ApprovePlan(Plan(new LocalDate(2025, 3, 10), new LocalDate(2025, 4, 20)), new LocalDate(2025, 3, 4))
            .FormTeam(Team(), new LocalDate(2025, 3, 4))
            .Announce(new LocalDate(2025, 3, 10))
            .ReceiveSelfReport(new LocalDate(2025, 3, 24))
            .DraftReport(new LocalDate(2025, 4, 10))
            .HoldConclusionMeeting(new CaseConclusion("Bí thư chi bộ thôn 1 có dấu hiệu vi phạm trong quản lý quỹ", ViolationFound: false, SignsOfViolation: true), new LocalDate(2025, 4, 18));
        var (supervised, opened) = supervision.HandOverForInspection(CaseId.From("KT-01"), Commune, [OversightSubject.Of(Secretary1, isCommitteeMember: true)],
            "Dấu hiệu vi phạm trong quản lý quỹ thôn", new LocalDate(2025, 4, 22), Catalogs, Authority());
        var inspection = opened
            .IssueDecision("05-QĐ/UBKT", new LocalDate(2025, 4, 25))
            .ApprovePlan(Plan(new LocalDate(2025, 5, 5), new LocalDate(2025, 6, 10)), new LocalDate(2025, 4, 28))
            .FormTeam(Team(), new LocalDate(2025, 4, 28))
            .Announce(new LocalDate(2025, 5, 5))
            .ReceiveSelfReport(new LocalDate(2025, 5, 15))
            .Verify("Xác minh sổ quỹ thôn 2023–2024", new LocalDate(2025, 5, 30))
            .DraftReport(new LocalDate(2025, 6, 5))
            .HoldConclusionMeeting(new CaseConclusion("Bí thư chi bộ thôn 1 vi phạm quy định quản lý quỹ", ViolationFound: true, SignsOfViolation: false), new LocalDate(2025, 6, 16))
            .IssueNotice("07-TB/UBKT", new LocalDate(2025, 6, 18))
            .RecordDiscipline(Warning(), "08-QĐ/UBKT")
            .AssignFollowUp("Chi bộ thôn 1 khắc phục trong 30 ngày", new LocalDate(2025, 6, 24));
        var compliance = Opened("KT-02", ActivityKind.ComplianceInspection, "compliance", Commune, BodyKind.InspectionCommission,
                [OversightSubject.Of(Cell2), OversightSubject.Of(Member2)], new LocalDate(2025, 6, 2), Catalogs)
            .IssueDecision("09-QĐ/UBKT", new LocalDate(2025, 6, 2))
            .ApprovePlan(Plan(new LocalDate(2025, 6, 9), new LocalDate(2025, 7, 20)), new LocalDate(2025, 6, 3))
            .FormTeam(Team(), new LocalDate(2025, 6, 3))
            .Announce(new LocalDate(2025, 6, 9))
            .ReceiveSelfReport(new LocalDate(2025, 6, 23))
            .Verify("Đối chiếu nghị quyết và sổ sách", new LocalDate(2025, 7, 7))
            .DraftReport(new LocalDate(2025, 7, 14))
            .HoldConclusionMeeting(new CaseConclusion("Đảng viên M-21 vi phạm; chi bộ thôn 2 cần hoàn thiện sổ ghi biên bản", ViolationFound: true, SignsOfViolation: false), new LocalDate(2025, 7, 22))
            .IssueNotice("11-TB/UBKT", new LocalDate(2025, 7, 25))
            .RecordDiscipline(false, DisciplineSubject.OfFullMember(Member2, holdsPost: false), DisciplineForm.Reprimand, "12-TTr/UBKT", new LocalDate(2025, 7, 28))
            .AssignFollowUp("Hoàn thiện sổ ghi biên bản sinh hoạt", new LocalDate(2025, 7, 30));
        var thematic = Opened("GS-03", ActivityKind.ThematicSupervision, "thematic", Commune, BodyKind.InspectionCommission,
            [OversightSubject.Of(Cell3)], new LocalDate(2025, 9, 2), Catalogs);

        var warning = Warning();
        var complaint = DisciplineComplaint.Create(ComplaintId.From("KN-QD-01"), warning, new LocalDate(2025, 6, 23), new LocalDate(2025, 7, 1), filedBySubject: true, signed: true);
        var resolution = DisciplineRules.FromRules(RuleBook.BuiltIn, new LocalDate(2025, 8, 1))
            .ResolveComplaint(complaint, ComplaintOutcome.Changed, DisciplineForm.Reprimand, new LocalDate(2025, 8, 1));
        var named = Denunciation.Create(DenunciationId.From("TC-01"), DisciplineSubject.OfFullMember(Secretary1, holdsPost: true, isCommitteeMember: true), DenunciationSource.Named,
            ProtectedInformant.Create(PlantedName, "Thôn 1, xã X", "0912 000 111"),
            [Allegation.Create(AllegationId.From("A1"), "Sử dụng quỹ thôn sai mục đích")],
            [new DenunciationReceipt(Commune, new LocalDate(2025, 4, 2), IsCompetent: true)]);
        var anonymous = Denunciation.Create(DenunciationId.From("TC-02"), DisciplineSubject.OfFullMember(Member2, holdsPost: false), DenunciationSource.Anonymous, null,
            [Allegation.Create(AllegationId.From("A1"), "Không sinh hoạt đảng thường xuyên")],
            [new DenunciationReceipt(OrganizationId.From("TINH"), new LocalDate(2025, 5, 6), IsCompetent: false), new DenunciationReceipt(Commune, new LocalDate(2025, 5, 20), IsCompetent: true)]);

        return WorkRegister.CreateBuilder()
            .AddCase(supervised)
            .AddCase(inspection)
            .AddCase(compliance)
            .AddCase(thematic)
            .AddProgram(Program().Issue(new LocalDate(2025, 1, 10), BodyId.From("X.UBKT")))
            .LinkProgramItem(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I1"), CaseId.From("GS-01"))
            .LinkProgramItem(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I2"), CaseId.From("KT-02"))
            .LinkProgramItem(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I3"), CaseId.From("GS-03"))
            .AddDocument(new IssuedDocument(RecordId<IssuedDocument>.From("QD-PC-2025"), Commune, BodyId.From("X.CU"), GovernanceDocumentKind.LocalityAssignment, new LocalDate(2025, 1, 15)))
            .AddAssignment(RecordedAssignment.Create(RecordId<RecordedAssignment>.From("PC-01"), Assignee, Cell3, new ActingBody(Commune, BodyKind.Committee), new LocalDate(2025, 1, 15), new LocalDate(2025, 12, 31), BodyId.From("X.CU"), "land"))
            .AddAssigneeReport(new AssigneeReport(RecordId<AssigneeReport>.From("BC-01"), RecordId<RecordedAssignment>.From("PC-01"), AssigneeReportKind.Periodic, new LocalDate(2025, 6, 30), new LocalDate(2025, 6, 28)))
            .AddAssigneeReport(new AssigneeReport(RecordId<AssigneeReport>.From("BC-02"), RecordId<RecordedAssignment>.From("PC-01"), AssigneeReportKind.Periodic, new LocalDate(2025, 12, 20), new LocalDate(2025, 12, 23)))
            .AddAssigneeReport(new AssigneeReport(RecordId<AssigneeReport>.From("BC-03"), RecordId<RecordedAssignment>.From("PC-01"), AssigneeReportKind.AdHoc, null, new LocalDate(2025, 9, 5)))
            .AddLocalityMeeting(new LocalityMeeting(Cell3, new LocalDate(2025, 5, 10), [Assignee]))
            .AddLocalityFile(new LocalityFile(RecordId<LocalityFile>.From("HS-01"), RecordId<RecordedAssignment>.From("PC-01"), new LocalDate(2025, 1, 20), new LocalDate(2025, 11, 30)))
            .AddInformation(new InformationReceived(RecordId<InformationReceived>.From("TT-01"), Cell3, InformationChannel.ResidenceCommittee, new LocalDate(2025, 8, 1), AssignmentId: RecordId<RecordedAssignment>.From("PC-01")))
            .AddInformation(new InformationReceived(RecordId<InformationReceived>.From("TT-02"), Cell1, InformationChannel.Media, new LocalDate(2025, 3, 15), IsRumor: true))
            .AddVettingOpinion(new VettingOpinion(RecordId<VettingOpinion>.From("YK-01"), MemberId.From("M-31"), Commune, VettingPurpose.Planning, new LocalDate(2025, 11, 3), Favorable: true))
            .AddVettingOpinion(new VettingOpinion(RecordId<VettingOpinion>.From("YK-02"), Secretary1, Commune, VettingPurpose.Reappointment, new LocalDate(2025, 11, 10), Favorable: false))
            .AddDecision(warning)
            .AddDecision(Reprimand(), caseId: CaseId.From("KT-02"))
            .AddDecision(CellReprimand())
            .AddComplaint(complaint)
            .AddComplaintResolution(resolution)
            .AddDenunciation(named, caseId: CaseId.From("KT-01"))
            .AddDenunciation(anonymous)
            .AddDenunciationEscalation(new DenunciationEscalation(DenunciationId.From("TC-02"), DenunciationEscalationKind.OverLevel, new LocalDate(2025, 5, 6), OrganizationId.From("TINH")))
            .AddRecommendation(Recommendation(RecommendationId.From("KN-01"), "07-TB/UBKT", new LocalDate(2025, 6, 18), 30), caseId: CaseId.From("KT-01"))
            .CompleteRecommendation(RecommendationId.From("KN-01"), new LocalDate(2025, 7, 10))
            .AddRecommendation(Recommendation(RecommendationId.From("KN-02"), "11-TB/UBKT", new LocalDate(2025, 7, 25), 30), caseId: CaseId.From("KT-02"))
            .AddRecommendation(KiemTra.Sdk.FollowUp.Recommendation.Create(RecommendationId.From("KN-TT-01"), RecommendationSource.StateInspection, "15/KL-TTr", Cell2, "Thu hồi tiền hỗ trợ chi sai",
                new LocalDate(2025, 3, 1), TimeLimit(60), DeadlineCalculator.Default))
            .RecordRecovery(RecommendationId.From("KN-01"), 40_000_000, 40_000_000)
            .RecordRecovery(RecommendationId.From("KN-TT-01"), 125_500_000, 20_000_000)
            .AddCaseFinding(new CaseFinding(RecordId<CaseFinding>.From("PH-01"), CaseId.From("KT-02"), CaseFindingKind.PositiveFinding, "Chi bộ thôn 2 sinh hoạt chuyên đề hằng tháng", new LocalDate(2025, 7, 22)))
            .AddCaseFinding(new CaseFinding(RecordId<CaseFinding>.From("PH-02"), CaseId.From("KT-01"), CaseFindingKind.PolicyRecommendation, "Sửa quy chế quản lý quỹ thôn", new LocalDate(2025, 6, 16)))
            .AddDirective(new DirectiveDissemination(RecordId<DirectiveDissemination>.From("VB-01"), Commune, new LocalDate(2025, 2, 1), new LocalDate(2025, 2, 20)))
            .AddDirective(new DirectiveDissemination(RecordId<DirectiveDissemination>.From("VB-02"), Commune, new LocalDate(2025, 11, 1), null))
            .AddInspectionStaff(new InspectionStaffYear(RecordId<InspectionStaffYear>.From("S-1"), Commune, 2025, Trained: true, MeetsStandards: true) { TrainingFields = ["land", "finance"], Rotated = true })
            .AddInspectionStaff(new InspectionStaffYear(RecordId<InspectionStaffYear>.From("S-2"), Commune, 2025, Trained: false, MeetsStandards: null) { NewlyElected = true })
            .AddImplementationPlan(new ImplementationPlan(RecordId<ImplementationPlan>.From("KH-01"), Cell1, "05-NQ/TW", new LocalDate(2025, 3, 31), new LocalDate(2025, 3, 20)))
            .AddImplementationPlan(new ImplementationPlan(RecordId<ImplementationPlan>.From("KH-02"), Cell2, "05-NQ/TW", new LocalDate(2025, 3, 31), null))
            .AddImplementationReport(new ImplementationReport(RecordId<ImplementationReport>.From("BC-KH-01"), RecordId<ImplementationPlan>.From("KH-01"), new LocalDate(2025, 6, 30), new LocalDate(2025, 7, 2)))
            .AddMeeting(new Meeting(RecordId<Meeting>.From("HN-01"), Commune, BodyId.From("X.UBKT"), MeetingKind.Professional, new LocalDate(2025, 12, 15), 0.5m))
            .AddTask(new AssignedTask { Id = RecordId<AssignedTask>.From("NV-01"), Organization = Commune, AssignedOn = new LocalDate(2025, 2, 1), Content = "Rà soát quỹ thôn", LeadAgency = "Ủy ban Kiểm tra", CoordinatingAgencies = ["Văn phòng Đảng ủy"], CompletionDate = new LocalDate(2025, 6, 30), Product = "Báo cáo rà soát", Resources = "Ngân sách xã", ResponsiblePerson = "Phó Chủ nhiệm Ủy ban Kiểm tra" })
            .AddTask(new AssignedTask { Id = RecordId<AssignedTask>.From("NV-02"), Organization = Commune, AssignedOn = new LocalDate(2025, 2, 1), Content = "Cập nhật hồ sơ địa bàn", CoordinatingAgencies = [] })
            .AddDigitalFigures(new DigitalProcessingFigures { Organization = Commune, Year = 2025, ProceduresTotal = 40, ProceduresDigital = 30, DocumentsTotal = 200, DocumentsDigitized = 150, DataBasedSupervision = true })
            .AddAnnualReturn(new AnnualReturn(Commune, 2025, new LocalDate(2025, 12, 30)))
            .AddAnnualReturn(new AnnualReturn(Cell1, 2025, new LocalDate(2025, 12, 29), [RecordKind.Meetings, RecordKind.Tasks]))
            .Build();
    }

    private static DeadlineRule TimeLimit(int days) => DeadlineRule.Create("conclusion.time-limit", RuleDurationUnit.CalendarDays, days,
        LocalizedText.Of("ngày ban hành kết luận", "issue of the conclusion"), RuleCitation.Of(RuleSetId.From("TB-UBKT-2025"), "Thông báo kết luận của Ủy ban Kiểm tra", null, true));

    private static Recommendation Recommendation(RecommendationId id, string source, LocalDate issued, int days) =>
        KiemTra.Sdk.FollowUp.Recommendation.Create(id, RecommendationSource.PartyInspection, source, Commune, $"Khắc phục theo kết luận {source}", issued, TimeLimit(days),
            DeadlineCalculator.Default);
}
