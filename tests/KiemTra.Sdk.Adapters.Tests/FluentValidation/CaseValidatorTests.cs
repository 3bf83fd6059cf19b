using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Register;
using System.Globalization;
using FluentValidation.Results;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FluentValidation;
using KiemTra.Sdk.FluentValidation.Denunciations;
using KiemTra.Sdk.FluentValidation.Discipline;
using KiemTra.Sdk.FluentValidation.Indicators;
using KiemTra.Sdk.FluentValidation.Inspection;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Testing;
using NodaTime;
using NodaTime.Testing;

namespace KiemTra.Sdk.Adapters.Tests.FluentValidation;

/// <summary>The validators of the case-area input models: valid drafts pass and build; each broken rule has its code.</summary>
public class CaseValidatorTests
{
    private static readonly DateTimeZone HoChiMinh = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
    private static readonly LocalDate Today = new(2026, 11, 22);
    private static readonly FakeClock Clock = FakeClocks.At(Today, HoChiMinh);

    [Fact]
    public void Drafts_UseTheSdkIdentifierRules_VietnameseIdsAndOfficialReferencesPass()
    {
        // R-H1, R-I1, R-D1: the validators apply IdentifierRules, the same rule as the SDK's factories: a case id with
        // Vietnamese letters passes; a disciplinary decision numbered 10-QĐ/UBKT passes; '/' in a case id and a bidi
        // override fail with KT_ID_INVALID.
        var validator = new OversightCaseDraftValidator(OversightCatalogues.BuiltIn, Clock, HoChiMinh);
        OversightCaseDraft Draft(string id) => new(id, ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", "TN", BodyKind.InspectionCommission, ["TN.X01"], [], Today);
        Assert.True(validator.Validate(Draft("KT-Đồng-Hỷ-07")).IsValid);
        Assert.Equal([ErrorCodes.IdInvalid], Codes(validator.Validate(Draft("10-QĐ/UBKT"))));
        Assert.Equal([ErrorCodes.IdInvalid], Codes(validator.Validate(Draft("KT\u202E07"))));
        var decisions = new DisciplineDecisionDraftValidator(RuleBook.BuiltIn, Clock, HoChiMinh);
        var numbered = Decision() with { Id = "10-QĐ/UBKT".Normalize(System.Text.NormalizationForm.FormD) };
        Assert.True(decisions.Validate(numbered).IsValid);
        Assert.Equal("10-QĐ/UBKT", numbered.ToDecision(RuleBook.BuiltIn).Id);
    }

    /// <summary>The province, commune, cell and member the case drafts name, for deciding authority.</summary>
    private static PartyDataset DraftDataset()
    {
        var b = new PartyDatasetBuilder("Tỉnh thử", Today, "test");
        b.AddOrganization("TN", "Đảng bộ tỉnh", OrganizationKind.Province, null, new LocalDate(1990, 1, 1), OrganizationFlags.StandingCommittee | OrganizationFlags.InspectionCommission);
        b.AddOrganization("TN.X01", "Đảng bộ xã Một", OrganizationKind.Commune, "TN", new LocalDate(2025, 7, 1), OrganizationFlags.StandingCommittee | OrganizationFlags.InspectionCommission);
        b.AddOrganization("TN.X01.CB01", "Chi bộ thôn Một", OrganizationKind.Cell, "TN.X01", new LocalDate(2025, 7, 1));
        b.AddMember("TN.X01.CB01.M01", "Đảng viên Một", "TN.X01.CB01", MemberStatus.Full, new LocalDate(2000, 1, 1));
        return b.Build();
    }

    private static string[] Codes(ValidationResult result) => result.Errors.Select(e => e.ErrorCode).Order(StringComparer.Ordinal).ToArray();

    private static ProgrammeItemDraft Item(ActivityKind activity = ActivityKind.ThematicSupervision, string typeCode = "thematic", string[]? areas = null)
        => new("KH-2026-01", activity, typeCode, "TN.X01", new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 30), areas ?? ["thrift-and-anti-corruption"]);

    [Fact]
    public void ProgrammeItemDraft_Valid_PassesAndBuilds()
    {
        // R-I2: a plan item names its activity, type and content from the catalogues.
        var draft = Item();
        Assert.True(new ProgrammeItemDraftValidator(OversightCatalogues.BuiltIn).Validate(draft).IsValid);
        Assert.Equal("thematic", draft.ToProgrammeItem(OversightCatalogues.BuiltIn).TypeCode);
    }

    [Fact]
    public void ProgrammeItemDraft_CodesOutsideTheCatalogues_AndEndBeforeStart_AreRejected()
    {
        // R-I2, R-S3: type codes and content areas come from the catalogues.
        var draft = Item(typeCode: "signs-of-violation", areas: ["no-such-area", "no-such-area"]) with { End = new LocalDate(2026, 2, 1) };
        Assert.Equal(
            [ErrorCodes.CatalogueCodeUnknown, ErrorCodes.CatalogueCodeUnknown, ErrorCodes.CatalogueCodeUnknown, ErrorCodes.DateOrder, ErrorCodes.ListDuplicate],
            Codes(new ProgrammeItemDraftValidator(OversightCatalogues.BuiltIn).Validate(draft)));
    }

    [Fact]
    public void ProgrammeItemDraft_Discipline_IsNotAnOversightActivity()
    {
        Assert.Equal([ErrorCodes.ActivityNotOversight], Codes(new ProgrammeItemDraftValidator(OversightCatalogues.BuiltIn).Validate(Item(ActivityKind.Discipline))));
    }

    [Fact]
    public void OversightCaseDraft_Valid_Opens_AndTheFutureOrNoSubjectIsRejected()
    {
        // R-I1: an inspection on signs of violation is opened by the inspection commission on its subjects.
        var validator = new OversightCaseDraftValidator(OversightCatalogues.BuiltIn, Clock, HoChiMinh);
        var draft = new OversightCaseDraft("KT-2026-07", ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", "TN", BodyKind.InspectionCommission, ["TN.X01"], ["TN.X01.CB01.M01"], Today);
        Assert.True(validator.Validate(draft).IsValid);
        Assert.Equal(CaseState.Opened, draft.Open(OversightCatalogues.BuiltIn, CaseAuthority.CheckedBy(new AuthorityRules(DraftDataset(), RuleBook.BuiltIn))).State);
        Assert.Equal(
            [ErrorCodes.DateInFuture, ErrorCodes.ListEmpty],
            Codes(validator.Validate(draft with { SubjectOrganizationIds = [], SubjectMemberIds = null, OpenedOn = Today.PlusDays(1) })));
    }

    private static DisciplineDecisionDraft Decision() => new(
        "QD-KL-2026-05", "VP-2026-05", DisciplineSubjectKind.FullMember, "TN.X01.CB01.M01", SubjectHoldsPost: true, SubjectIsCommitteeMember: false,
        DisciplineForm.Warning, "TN.X01", BodyKind.InspectionCommission, new LocalDate(2026, 10, 5), new LocalDate(2026, 10, 7),
        "Vi phạm quy định về quản lý đất đai", "Nghiêm trọng", "Kéo dài hai năm", "Thất thoát ngân sách", "Gây bức xúc trong nhân dân", "Buông lỏng quản lý",
        [AggravatingCircumstance.Systematic], [MitigatingCircumstance.VoluntaryRemediation], Attitude.Sincere, "Đã nộp lại toàn bộ số tiền", ParticipationRole.Sole, null);

    [Fact]
    public void DisciplineDecisionDraft_Valid_PassesAndBuilds()
    {
        var validator = new DisciplineDecisionDraftValidator(RuleBook.BuiltIn, Clock, HoChiMinh);
        Assert.True(validator.Validate(Decision()).IsValid);
        Assert.Equal(DisciplineForm.Warning, Decision().ToDecision(RuleBook.BuiltIn).Form);
    }

    [Fact]
    public void DisciplineDecisionDraft_RemovalWithoutPost_IsNotApplicable_InTheUiLanguage()
    {
        // R-D1: removal from post applies only to a member holding a post.
        var validator = new DisciplineDecisionDraftValidator(RuleBook.BuiltIn, Clock, HoChiMinh);
        var draft = Decision() with { Form = DisciplineForm.RemovalFromPost, SubjectHoldsPost = false };
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
            var result = validator.Validate(draft);
            Assert.Equal([ErrorCodes.DisciplineFormNotApplicable], Codes(result));
            Assert.Contains("Không áp dụng được hình thức", result.Errors[0].ErrorMessage, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public void DisciplineDecisionDraft_CircumstanceMissing_IsRejected()
    {
        // R-D2: the decision weighs content, nature, extent, harm, consequence, cause and remediation.
        var result = new DisciplineDecisionDraftValidator(RuleBook.BuiltIn, Clock, HoChiMinh).Validate(Decision() with { Harm = " ", Cause = null });
        Assert.Equal([ErrorCodes.DisciplineCircumstanceRequired, ErrorCodes.DisciplineCircumstanceRequired], Codes(result));
    }

    [Fact]
    public void DisciplineDecisionDraft_Organisation_NeedsResponsibleMembers_AndAMemberMustNotListThem()
    {
        // R-D3: disciplining an organisation determines the responsibility of its members.
        var validator = new DisciplineDecisionDraftValidator(RuleBook.BuiltIn, Clock, HoChiMinh);
        var organisation = Decision() with { SubjectKind = DisciplineSubjectKind.Organization, SubjectId = "TN.X01.CB01", SubjectHoldsPost = false };
        Assert.Equal([ErrorCodes.DisciplineResponsibleMembersMissing], Codes(validator.Validate(organisation)));
        var withMembers = organisation with { ResponsibleMembers = [new ResponsibleMemberDraft("TN.X01.CB01.M01", ParticipationRole.Initiator, "Bí thư chi bộ, chịu trách nhiệm chính")] };
        Assert.True(validator.Validate(withMembers).IsValid);
        Assert.Equal([ErrorCodes.DisciplineResponsibleMembersNotAllowed], Codes(validator.Validate(Decision() with { ResponsibleMembers = withMembers.ResponsibleMembers })));
    }

    [Fact]
    public void DisciplineDecisionDraft_AnnouncedBeforeDecided_AndDecidedInTheFuture_AreRejected()
    {
        var validator = new DisciplineDecisionDraftValidator(RuleBook.BuiltIn, Clock, HoChiMinh);
        Assert.Equal([ErrorCodes.DateOrder], Codes(validator.Validate(Decision() with { AnnouncedOn = new LocalDate(2026, 10, 4) })));
        Assert.Equal([ErrorCodes.DateInFuture], Codes(validator.Validate(Decision() with { DecidedOn = Today.PlusDays(1), AnnouncedOn = Today.PlusDays(2) })));
    }

    [Fact]
    public void DisciplineComplaintDraft_FiledBeforeTheDecision_IsRejected_ButAnUnsignedOneIsAValidRecord()
    {
        // R-D5: admissibility (signature, time limit) is the rules' decision, not a validation error.
        var decision = Decision().ToDecision(RuleBook.BuiltIn);
        var validator = new DisciplineComplaintDraftValidator(Clock, HoChiMinh);
        var draft = new DisciplineComplaintDraft("KN-2026-01", decision, new LocalDate(2026, 10, 8), new LocalDate(2026, 10, 20), FiledBySubject: true, Signed: false);
        Assert.True(validator.Validate(draft).IsValid);
        Assert.False(draft.ToComplaint().Signed);
        Assert.Equal([ErrorCodes.DateOrder], Codes(validator.Validate(draft with { FiledOn = new LocalDate(2026, 10, 1) })));
        Assert.Equal([ErrorCodes.NameRequired], Codes(validator.Validate(draft with { Decision = null })));
    }

    private const string PlantedName = "Nguyễn Văn Tố Cáo";

    private static DenunciationDraft Denunciation() => new(
        "TC-2026-09", DisciplineSubject.OfFullMember(MemberId.From("TN.X01.CB01.M02"), holdsPost: true), DenunciationSource.Named, PlantedName, "Xóm 3", "0912 000 000",
        [new AllegationDraft("ND1", "Nhận tiền để bố trí việc làm")], [new ReceiptDraft("TN", new LocalDate(2026, 9, 1), IsCompetent: true)]);

    [Fact]
    public void DenunciationDraft_Valid_BuildsWithTheIdentitySealed()
    {
        // R-D6: the identity goes into a ProtectedInformant and is not shown by the draft either.
        Assert.True(new DenunciationDraftValidator(Clock, HoChiMinh).Validate(Denunciation()).IsValid);
        var denunciation = Denunciation().ToDenunciation();
        Assert.DoesNotContain(PlantedName, denunciation.Informant!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedName, Denunciation().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DenunciationDraft_InformantRules_AndMessagesNeverRepeatTheIdentity()
    {
        // R-D6: anonymous and false-name denunciations have no informant; a named one must name one.
        var validator = new DenunciationDraftValidator(Clock, HoChiMinh);
        var anonymous = validator.Validate(Denunciation() with { Source = DenunciationSource.Anonymous });
        Assert.Equal([ErrorCodes.InformantNotAllowed], Codes(anonymous));
        Assert.DoesNotContain(PlantedName, anonymous.ToString(), StringComparison.Ordinal);
        Assert.Equal([ErrorCodes.InformantRequired], Codes(validator.Validate(Denunciation() with { InformantFullName = "" })));
    }

    [Fact]
    public void DenunciationDraft_NoAllegation_DuplicateIds_AndFutureReceipt_AreRejected()
    {
        var validator = new DenunciationDraftValidator(Clock, HoChiMinh);
        Assert.Equal([ErrorCodes.ListEmpty], Codes(validator.Validate(Denunciation() with { Allegations = [] })));
        Assert.Equal(
            [ErrorCodes.DateInFuture, ErrorCodes.ListDuplicate],
            Codes(validator.Validate(Denunciation() with
            {
                Allegations = [new AllegationDraft("ND1", "Nội dung một"), new AllegationDraft("ND1", "Nội dung hai")],
                Receipts = [new ReceiptDraft("TN", Today.PlusDays(3), IsCompetent: true)],
            })));
    }

    private static IndicatorDefinitionDraft Indicator() => new(
        "LD-01", LocalizedText.Of("Tỷ lệ kế hoạch kiểm tra hoàn thành đúng hạn", "Share of inspection plan items completed on time"), 0.95m, TargetComparator.AtLeast, IndicatorUnit.Percent,
        "plan-items-completed", LocalizedText.Of("số nội dung hoàn thành", "items completed"), LocalizedText.Of("số nội dung kế hoạch", "items planned"), IndicatorPeriodKind.Year,
        2026, 2030, [OrganizationKind.Commune, OrganizationKind.Ward], BodyKind.InspectionCommission, RuleCitation.Of("LD-2026", "Kế hoạch của Tỉnh ủy Lâm Đồng", null, verified: false));

    [Fact]
    public void IndicatorDefinitionDraft_Valid_Builds_AndAnUnverifiedSourceIsKeptAsSuch()
    {
        Assert.True(new IndicatorDefinitionDraftValidator().Validate(Indicator()).IsValid);
        Assert.False(Indicator().ToDefinition().Verified);
    }

    [Fact]
    public void IndicatorDefinitionDraft_PercentAbove1_UnknownMeasure_AndBackwardYears_AreRejected()
    {
        // R-T6: a target is comparable with a computed value: a percent is a fraction 0–1.
        var result = new IndicatorDefinitionDraftValidator().Validate(Indicator() with { TargetValue = 95m, Measure = "made-up", ValidToYear = 2025, Code = "LD 01" });
        Assert.Equal(
            [ErrorCodes.IdInvalid, ErrorCodes.IndicatorMeasureUnknown, ErrorCodes.IndicatorTargetOutOfRange, ErrorCodes.YearRangeInvalid],
            Codes(result));
    }

    [Fact]
    public void TaskRecord_MissingElements_EachHaveTheirError()
    {
        // R-T5: every task states content, lead agency, coordinating agencies, completion time, product, resources, responsible
        // person, handling authority and responsible collective (seed 004 §I.2, §III.1).
        var complete = new AssignedTask("NV-01", OrganizationId.From("TN"), new LocalDate(2026, 1, 10), "Kiểm tra tài chính đảng", "UBKT Tỉnh ủy", ["Văn phòng Tỉnh ủy"],
            new LocalDate(2026, 6, 30), "Báo cáo kết quả", "Ngân sách năm 2026", "Đồng chí Phó Chủ nhiệm UBKT", "Ban Thường vụ Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy");
        var validator = new TaskRecordValidator();
        Assert.True(validator.Validate(complete).IsValid);
        var partial = complete with { Product = null, CoordinatingAgencies = [], CompletionDate = null };
        var result = validator.Validate(partial);
        Assert.Equal(TaskSpecificationValidator.MissingElements(partial).Count, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.TaskElementMissing, e.ErrorCode));
    }
}
