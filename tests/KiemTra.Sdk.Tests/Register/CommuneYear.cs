using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Supervision;
using NodaTime;

namespace KiemTra.Sdk.Tests.Register;

/// <summary>
/// The example of docs/register.md: the commune X of three cells records its year 2025 through the public API only. Every
/// expected number in the tests is counted by hand from the facts below.
/// </summary>
internal static class CommuneYear
{
    public static readonly OrganizationId Commune = OrganizationId.From("X");
    public static readonly OrganizationId Cell1 = OrganizationId.From("X.CB1");
    public static readonly OrganizationId Cell2 = OrganizationId.From("X.CB2");
    public static readonly OrganizationId Cell3 = OrganizationId.From("X.CB3");
    public static readonly MemberId Secretary1 = MemberId.From("M-11");
    public static readonly MemberId Assignee = MemberId.From("M-01");
    public static readonly LocalDate AsOf = new(2025, 12, 31);
    public static readonly OversightCatalogs Catalogs = OversightCatalogs.BuiltIn;
    public static readonly DisciplineRules Forms = DisciplineRules.FromRules(RuleBook.BuiltIn, new LocalDate(2025, 1, 1));

    public static EvaluationTree Tree() => EvaluationTree.Create(Organizations());

    /// <summary>
    /// The same commune as a party dataset under a province P, so that opening, handing over and taking up cases is
    /// decided by the authority rules (R-H4, R-I1) like every other caller.
    /// </summary>
    public static PartyDataset Dataset()
    {
        var reform = new LocalDate(2025, 1, 1);
        var b = new PartyDatasetBuilder("Xã X (dựng tay)", reform, "hand-built");
        b.AddOrganization(OrganizationId.From("P"), "Đảng bộ tỉnh P", OrganizationKind.Province, null, new LocalDate(1990, 1, 1), [BodyKind.StandingCommittee, BodyKind.InspectionCommission]);
        b.AddOrganization(Commune, "Đảng bộ xã X", OrganizationKind.Commune, OrganizationId.From("P"), reform, [BodyKind.StandingCommittee, BodyKind.InspectionCommission]);
        foreach (var cell in new[] { Cell1, Cell2, Cell3 })
        {
            b.AddOrganization(cell, $"Chi bộ thôn {cell.Value[^1]}", OrganizationKind.Cell, Commune, reform);
            for (var i = 1; i <= 3; i++)
            {
                b.AddMember(MemberId.From($"M-{cell.Value[^1]}{i}"), $"Đảng viên {cell.Value[^1]}{i}", cell, MemberStatus.Full, new LocalDate(2010, 1, 1), isLocal: true);
            }
        }

        b.AddMember(Assignee, "Đảng viên phụ trách", Commune, MemberStatus.Full, new LocalDate(2010, 1, 1), isLocal: true);
        b.AddPost(Secretary1, Cell1, PostKind.Head);
        return b.Build();
    }

    /// <summary>Authority checked against <see cref="Dataset"/> and the built-in rule book.</summary>
    public static AuthorityRules Authority { get; } = new AuthorityRules(Dataset(), RuleBook.BuiltIn);

    public static IReadOnlyList<EvaluationOrganization> Organizations() =>
    [
        new EvaluationOrganization(Commune, null, OrganizationKind.Commune, "Đảng bộ xã X",
            [new EvaluationBody("X.BCH", BodyKind.Committee, "Ban Chấp hành Đảng bộ xã X"), new EvaluationBody("X.UBKT", BodyKind.InspectionCommission, "Ủy ban Kiểm tra Đảng ủy xã X")]),
        new EvaluationOrganization(Cell1, Commune, OrganizationKind.Cell, "Chi bộ thôn 1", []),
        new EvaluationOrganization(Cell2, Commune, OrganizationKind.Cell, "Chi bộ thôn 2", []),
        new EvaluationOrganization(Cell3, Commune, OrganizationKind.Cell, "Chi bộ thôn 3", []),
    ];

    /// <summary>The commission's yearly programme: supervise cell 1, inspect cell 2, supervise cell 3 (R-I2).</summary>
    public static OversightProgram Program() => OversightProgram.Create(ProgramId.From("CT-UBKT-2025"), new ActingBody(Commune, BodyKind.InspectionCommission), ReportingPeriodKind.Year,
        new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31),
        [
            ProgramItem.Create(ProgramItemId.From("I1"), ActivityKind.RegularSupervision, "regular", Cell1, new LocalDate(2025, 3, 1), new LocalDate(2025, 4, 30), ["organisational-principles"], Catalogs),
            ProgramItem.Create(ProgramItemId.From("I2"), ActivityKind.ComplianceInspection, "compliance", Cell2, new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 31), ["resolutions-and-law"], Catalogs),
            ProgramItem.Create(ProgramItemId.From("I3"), ActivityKind.ThematicSupervision, "thematic", Cell3, new LocalDate(2025, 9, 1), new LocalDate(2025, 10, 31), ["exemplary-conduct"], Catalogs),
        ]);

    private static CasePlan Plan(LocalDate start, LocalDate end) => CasePlan.Create("Giám sát, kiểm tra theo chương trình năm 2025", ["organisational-principles"], new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)), new DateInterval(start, end), "Nghiên cứu hồ sơ, làm việc trực tiếp", Catalogs);

    private static CaseTeam Team() => CaseTeam.Create(MemberId.From("K-01"), [MemberId.From("K-02")]);

    /// <summary>The regular supervision of cell 1 and its secretary finds signs of violation and hands the secretary over to inspection (R-S4).</summary>
    public static (OversightCase Supervision, OversightCase Inspection) SupervisionHandedOver()
    {
        var supervision = OversightCase.Open(CaseId.From("GS-01"), ActivityKind.RegularSupervision, "regular", Commune, BodyKind.InspectionCommission,
                [OversightSubject.Of(Cell1), OversightSubject.Of(Secretary1, isCommitteeMember: true)], new LocalDate(2025, 3, 3), Catalogs, Authority)
            .IssueDecision("01-QĐ/UBKT", new LocalDate(2025, 3, 3))
            .ApprovePlan(Plan(new LocalDate(2025, 3, 10), new LocalDate(2025, 4, 20)), new LocalDate(2025, 3, 4))
            .FormTeam(Team(), new LocalDate(2025, 3, 4))
            .Announce(new LocalDate(2025, 3, 10))
            .ReceiveSelfReport(new LocalDate(2025, 3, 24))
            .DraftReport(new LocalDate(2025, 4, 10))
            .HoldConclusionMeeting(new CaseConclusion("Bí thư chi bộ thôn 1 có dấu hiệu vi phạm trong quản lý quỹ", ViolationFound: false, SignsOfViolation: true), new LocalDate(2025, 4, 18));
        return supervision.HandOverForInspection(CaseId.From("KT-01"), Commune, [OversightSubject.Of(Secretary1, isCommitteeMember: true)], "Dấu hiệu vi phạm trong quản lý quỹ thôn", new LocalDate(2025, 4, 22), Catalogs, Authority);
    }

    /// <summary>The warning decided on the secretary (R-D1).</summary>
    public static DisciplineDecision Warning() => DisciplineDecision.Create(DecisionId.From("QD-01"), "VP-01", DisciplineSubject.OfFullMember(Secretary1, holdsPost: true, isCommitteeMember: true),
        DisciplineForm.Warning, Commune, BodyKind.InspectionCommission, new LocalDate(2025, 6, 20), new LocalDate(2025, 6, 23),
        new DisciplineCircumstances
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
        },
        [], Forms);

    /// <summary>The inspection on signs of violation concludes with a violation and a warning that produces a DisciplineDecision.</summary>
    public static OversightCase InspectionConcluded(OversightCase opened) => opened
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

    /// <summary>The compliance inspection of cell 2 (programme item I2) finds no violation.</summary>
    public static OversightCase ComplianceInspection() => OversightCase.Open(CaseId.From("KT-02"), ActivityKind.ComplianceInspection, "compliance", Commune, BodyKind.InspectionCommission,
            [OversightSubject.Of(Cell2)], new LocalDate(2025, 6, 2), Catalogs, Authority)
        .IssueDecision("09-QĐ/UBKT", new LocalDate(2025, 6, 2))
        .ApprovePlan(Plan(new LocalDate(2025, 6, 9), new LocalDate(2025, 7, 20)), new LocalDate(2025, 6, 3))
        .FormTeam(Team(), new LocalDate(2025, 6, 3))
        .Announce(new LocalDate(2025, 6, 9))
        .ReceiveSelfReport(new LocalDate(2025, 6, 23))
        .Verify("Đối chiếu nghị quyết và sổ sách", new LocalDate(2025, 7, 7))
        .DraftReport(new LocalDate(2025, 7, 14))
        .HoldConclusionMeeting(new CaseConclusion("Chi bộ thôn 2 chấp hành tốt; cần hoàn thiện sổ ghi biên bản", ViolationFound: false, SignsOfViolation: false), new LocalDate(2025, 7, 22))
        .IssueNotice("11-TB/UBKT", new LocalDate(2025, 7, 25))
        .AssignFollowUp("Hoàn thiện sổ ghi biên bản sinh hoạt", new LocalDate(2025, 7, 25));

    private static Recommendation Recommendation(string id, string source, LocalDate issued, int days) =>
        KiemTra.Sdk.FollowUp.Recommendation.Create(RecommendationId.From(id), RecommendationSource.PartyInspection, source, Commune, $"Khắc phục theo kết luận {source}", issued,
            DeadlineRule.Create("conclusion.time-limit", RuleDurationUnit.CalendarDays, days, LocalizedText.Of("ngày ban hành kết luận", "issue of the conclusion"),
                RuleCitation.Of(RuleSetId.From("TB-UBKT-2025"), "Thông báo kết luận của Ủy ban Kiểm tra", null, true)),
            DeadlineCalculator.Default);

    /// <summary>The whole year, recorded through the public API.</summary>
    public static WorkRegister Register()
    {
        var (supervision, opened) = SupervisionHandedOver();
        var inspection = InspectionConcluded(opened);
        return WorkRegister.CreateBuilder()
            .AddProgram(Program().Issue(new LocalDate(2025, 1, 10)))
            .AddCase(supervision)
            .AddCase(inspection)
            .AddCase(ComplianceInspection())
            .LinkProgramItem(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I1"), CaseId.From("GS-01"))
            .LinkProgramItem(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I2"), CaseId.From("KT-02"))
            .AddDecision(Warning())
            .AddRecommendation(Recommendation("KN-01", "07-TB/UBKT", new LocalDate(2025, 6, 18), 30), caseId: CaseId.From("KT-01"))
            .CompleteRecommendation(RecommendationId.From("KN-01"), new LocalDate(2025, 7, 10))
            .AddRecommendation(Recommendation("KN-02", "11-TB/UBKT", new LocalDate(2025, 7, 25), 30), caseId: CaseId.From("KT-02"))
            .RecordRecovery(RecommendationId.From("KN-01"), 40_000_000, 40_000_000)
            .AddCaseFinding(new CaseFinding(RecordId<CaseFinding>.From("PH-01"), CaseId.From("KT-02"), CaseFindingKind.PositiveFinding, "Chi bộ thôn 2 sinh hoạt chuyên đề hằng tháng", new LocalDate(2025, 7, 22)))
            .AddDocument(new IssuedDocument(RecordId<IssuedDocument>.From("QD-PC-2025"), Commune, BodyId.From("X.BCH"), GovernanceDocumentKind.LocalityAssignment, new LocalDate(2025, 1, 15)))
            .AddAssignment(RecordedAssignment.Create(RecordId<RecordedAssignment>.From("PC-01"), Assignee, Cell3, new ActingBody(Commune, BodyKind.Committee), new LocalDate(2025, 1, 15), bodyId: BodyId.From("X.BCH")))
            .AddLocalityMeeting(new LocalityMeeting(Cell3, new LocalDate(2025, 5, 10), [Assignee]))
            .AddAssigneeReport(new AssigneeReport(RecordId<AssigneeReport>.From("BC-01"), RecordId<RecordedAssignment>.From("PC-01"), AssigneeReportKind.Periodic, new LocalDate(2025, 6, 30), new LocalDate(2025, 6, 28)))
            .AddAssigneeReport(new AssigneeReport(RecordId<AssigneeReport>.From("BC-02"), RecordId<RecordedAssignment>.From("PC-01"), AssigneeReportKind.Periodic, new LocalDate(2025, 12, 20), new LocalDate(2025, 12, 23)))
            .AddAssigneeReport(new AssigneeReport(RecordId<AssigneeReport>.From("BC-03"), RecordId<RecordedAssignment>.From("PC-01"), AssigneeReportKind.AdHoc, null, new LocalDate(2025, 9, 5)))
            .AddLocalityFile(new LocalityFile(RecordId<LocalityFile>.From("HS-01"), RecordId<RecordedAssignment>.From("PC-01"), new LocalDate(2025, 1, 20)))
            .AddInformation(new InformationReceived(RecordId<InformationReceived>.From("TT-01"), Cell3, InformationChannel.ResidenceCommittee, new LocalDate(2025, 8, 1), AssignmentId: RecordId<RecordedAssignment>.From("PC-01")))
            .AddVettingOpinion(new VettingOpinion(RecordId<VettingOpinion>.From("YK-01"), MemberId.From("M-31"), Commune, VettingPurpose.Planning, new LocalDate(2025, 11, 3), Favorable: true))
            .AddDirective(new DirectiveDissemination(RecordId<DirectiveDissemination>.From("VB-01"), Commune, new LocalDate(2025, 2, 1), new LocalDate(2025, 2, 20)))
            .AddInspectionStaff(new InspectionStaffYear(RecordId<InspectionStaffYear>.From("S-1"), Commune, 2025, Trained: true, MeetsStandards: true) { TrainingFields = ["land"] })
            .AddDenunciation(Denunciation.Create(DenunciationId.From("TC-01"), DisciplineSubject.OfFullMember(MemberId.From("M-21"), holdsPost: false), DenunciationSource.Named,
                ProtectedInformant.Create("Người tố cáo", null, null), [Allegation.Create(AllegationId.From("A1"), "Sử dụng đất sai mục đích")],
                [new DenunciationReceipt(Commune, new LocalDate(2025, 8, 10), IsCompetent: false)]))
            .AddDenunciationEscalation(new DenunciationEscalation(DenunciationId.From("TC-01"), DenunciationEscalationKind.OverLevel, new LocalDate(2025, 8, 10), Commune))
            .AddImplementationPlan(new ImplementationPlan(RecordId<ImplementationPlan>.From("KHTH-CB1"), Cell1, "05-NQ/TW", new LocalDate(2025, 5, 31), new LocalDate(2025, 5, 20)))
            .AddImplementationPlan(new ImplementationPlan(RecordId<ImplementationPlan>.From("KHTH-CB3"), Cell3, "05-NQ/TW", new LocalDate(2025, 5, 31), new LocalDate(2025, 6, 10)))
            .AddImplementationReport(new ImplementationReport(RecordId<ImplementationReport>.From("BCTH-CB1"), RecordId<ImplementationPlan>.From("KHTH-CB1"), new LocalDate(2025, 12, 15), new LocalDate(2025, 12, 10)))
            .AddAnnualReturn(new AnnualReturn(Commune, 2025, new LocalDate(2025, 12, 30)))
            .Build();
    }
}
