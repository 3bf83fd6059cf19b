using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Register;
using System.Globalization;
using FluentValidation.Results;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FluentValidation;
using KiemTra.Sdk.FluentValidation.Denunciations;
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
    public void Drafts_UseTheSdkInputRules_VietnameseIdsPass()
    {
        // R-H1, R-I1: the validators apply InputRules, the same rule as the SDK's factories: a case id with
        // Vietnamese letters passes (also typed decomposed); '/' in a case id and a bidi override fail with KT_ID_INVALID.
        var validator = new OversightCaseDraftValidator(OversightCatalogs.BuiltIn, Clock, HoChiMinh);
        OversightCaseDraft Draft(string id) => new(id, "Kiểm tra khi có dấu hiệu vi phạm", ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", Today, [new("TN.X01", null)]);
        Assert.True(validator.Validate(Draft("KT-Đồng-Hỷ-07")).IsValid);
        Assert.True(validator.Validate(Draft("KT-Đồng-Hỷ-07".Normalize(System.Text.NormalizationForm.FormD))).IsValid);
        Assert.Equal([ErrorCodes.IdInvalid], Codes(validator.Validate(Draft("10-QĐ/UBKT"))));
        Assert.Equal([ErrorCodes.IdInvalid], Codes(validator.Validate(Draft("KT\u202E07"))));
    }

    /// <summary>The province, commune, cell and member the case drafts name, for deciding authority.</summary>
    private static PartyDataset DraftDataset()
    {
        var b = new PartyDatasetBuilder("Tỉnh thử", Today, "test");
        b.AddOrganization(OrganizationId.From("TN"), "Đảng bộ tỉnh", OrganizationKind.Province, null, new LocalDate(1990, 1, 1), [BodyKind.StandingCommittee, BodyKind.InspectionCommission]);
        b.AddOrganization(OrganizationId.From("TN.X01"), "Đảng bộ xã Một", OrganizationKind.Commune, OrganizationId.From("TN"), new LocalDate(2025, 7, 1), [BodyKind.StandingCommittee, BodyKind.InspectionCommission]);
        b.AddOrganization(OrganizationId.From("TN.X01.CB01"), "Chi bộ thôn Một", OrganizationKind.Cell, OrganizationId.From("TN.X01"), new LocalDate(2025, 7, 1));
        b.AddMember(MemberId.From("TN.X01.CB01.M01"), "Đảng viên Một", OrganizationId.From("TN.X01.CB01"), MemberStatus.Full, new LocalDate(2000, 1, 1));
        return b.Build();
    }

    private static string[] Codes(ValidationResult result) => result.Errors.Select(e => e.ErrorCode).Order(StringComparer.Ordinal).ToArray();

    private static ProgramItemDraft Item(ActivityKind activity = ActivityKind.ThematicSupervision, string typeCode = "thematic", string[]? areas = null)
        => new("KH-2026-01", activity, typeCode, "TN.X01", new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 30), areas ?? ["thrift-and-anti-corruption"]);

    [Fact]
    public void ProgramItemDraft_Valid_PassesAndBuilds()
    {
        // R-I2: a plan item names its activity, type and content from the catalogues.
        var draft = Item();
        Assert.True(new ProgramItemDraftValidator(OversightCatalogs.BuiltIn).Validate(draft).IsValid);
        Assert.Equal("thematic", draft.ToProgramItem(OversightCatalogs.BuiltIn).TypeCode);
    }

    [Fact]
    public void ProgramItemDraft_CodesOutsideTheCatalogs_AndEndBeforeStart_AreRejected()
    {
        // R-I2, R-S3: type codes and content areas come from the catalogues.
        var draft = Item(typeCode: "signs-of-violation", areas: ["no-such-area", "no-such-area"]) with { End = new LocalDate(2026, 2, 1) };
        Assert.Equal(
            [ErrorCodes.CatalogCodeUnknown, ErrorCodes.CatalogCodeUnknown, ErrorCodes.CatalogCodeUnknown, ErrorCodes.DateOrder, ErrorCodes.ListDuplicate],
            Codes(new ProgramItemDraftValidator(OversightCatalogs.BuiltIn).Validate(draft)));
    }

    [Fact]
    public void ProgramItemDraft_Discipline_IsNotAnOversightActivity()
    {
        Assert.Equal([ErrorCodes.ActivityNotOversight], Codes(new ProgramItemDraftValidator(OversightCatalogs.BuiltIn).Validate(Item(ActivityKind.Discipline))));
    }

    [Fact]
    public void OversightCaseDraft_Valid_Opens_AndTheFutureOrNoSubjectIsRejected()
    {
        // R-I1: an inspection on signs of violation is opened by the inspection commission on its subjects.
        var validator = new OversightCaseDraftValidator(OversightCatalogs.BuiltIn, Clock, HoChiMinh);
        var draft = new OversightCaseDraft("KT-2026-07", "Kiểm tra khi có dấu hiệu vi phạm", ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", Today,
            [new("TN.X01", null), new(null, "TN.X01.CB01.M01")]);
        Assert.True(validator.Validate(draft).IsValid);
        var opened = draft.Open(new ActingBody(OrganizationId.From("TN"), BodyKind.InspectionCommission), OversightCatalogs.BuiltIn, new AuthorityRules(DraftDataset(), RuleBook.BuiltIn));
        Assert.Equal(CaseState.Opened, opened.State);
        Assert.Equal(2, opened.Subjects.Count);
        Assert.Equal(
            [ErrorCodes.DateInFuture, ErrorCodes.ListEmpty],
            Codes(validator.Validate(draft with { Subjects = [], OpenedOn = Today.PlusDays(1) })));
    }

    [Fact]
    public void OversightCaseDraft_EachMissingOrMalformedField_IsNamedAsTheRequestNamesIt()
    {
        // R-I1: every field of the request is checked; the property path is the request's, the message names the JSON field.
        var validator = new OversightCaseDraftValidator(OversightCatalogs.BuiltIn, Clock, HoChiMinh);
        var result = ValidationMessagesTests.WithUICulture("en-GB", () => validator.Validate(new OversightCaseDraft(null, "Kiểm\0tra", ActivityKind.Discipline, "thematic", null,
            [new("TN.X01", "TN.X01.CB01.M01"), new("TN X01", null), new(null, "TN.M1"), new(null, "TN.M1")])
            { ProgramItem = new ProgramItemReferenceDraft("CT 2026", "I1") }));
        var byProperty = result.Errors.Select(e => (e.PropertyName, e.ErrorCode)).OrderBy(e => e.PropertyName, StringComparer.Ordinal).ToArray();
        Assert.Equal(
            [
                ("Activity", ErrorCodes.ActivityNotOversight),
                ("Id", ErrorCodes.NameRequired),
                ("OpenedOn", ErrorCodes.NameRequired),
                ("ProgrammeItem.Programme", ErrorCodes.IdInvalid),
                ("Subjects", ErrorCodes.ListDuplicate),
                ("Subjects[0]", ErrorCodes.SubjectInvalid),
                ("Subjects[1].Organization", ErrorCodes.IdInvalid),
                ("Title", ErrorCodes.TextControlCharacter),
            ],
            byProperty);
        Assert.Contains("title contains the control character U+0000 (NUL)", result.Errors.Single(e => e.PropertyName == "Title").ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void OversightCaseDraft_TypeOutsideTheActivitysCatalog_AndALongTitle_AreRejected()
    {
        // R-I1, R-S3: the type code comes from the catalogue of the activity (OversightCatalogues.TypesFor).
        var validator = new OversightCaseDraftValidator(OversightCatalogs.BuiltIn, Clock, HoChiMinh);
        var draft = new OversightCaseDraft("KT-1", new string('đ', OversightCaseDraftValidator.MaxTitleLength + 1), ActivityKind.RegularSupervision, "signs-of-violation", Today, [new("TN.X01", null)]);
        Assert.Equal([ErrorCodes.CatalogCodeUnknown, ErrorCodes.NameTooLong], Codes(validator.Validate(draft)));
        Assert.Equal(OversightCatalogs.BuiltIn.SupervisionTypes, OversightCatalogs.BuiltIn.TypesFor(ActivityKind.RegularSupervision));
        Assert.Equal(OversightCatalogs.BuiltIn.InspectionTypes, OversightCatalogs.BuiltIn.TypesFor(ActivityKind.InspectionOnSignsOfViolation));
        Assert.Null(OversightCatalogs.BuiltIn.TypesFor(ActivityKind.DenunciationResolution));
    }

    private const string PlantedName = "Nguyễn Văn Tố Cáo";

    private static DenunciationDraft Denunciation() => new(
        "TC-2026-09", new DenouncedSubjectDraft(null, "TN.X01.CB01.M02", HoldsPost: true), DenunciationSource.Named, new InformantDraft(PlantedName, "Xóm 3", "0912 000 000"),
        [new AllegationDraft("ND1", "Nhận tiền để bố trí việc làm")], new LocalDate(2026, 9, 1));

    [Fact]
    public void DenunciationDraft_Valid_BuildsWithTheIdentitySealed()
    {
        // R-D6: the identity goes into a ProtectedInformant and is not shown by the draft either.
        Assert.True(new DenunciationDraftValidator(Clock, HoChiMinh).Validate(Denunciation()).IsValid);
        var denunciation = Denunciation().ToDenunciation(OrganizationId.From("TN"), receiverIsCompetent: true);
        Assert.Equal(DisciplineSubject.OfFullMember(MemberId.From("TN.X01.CB01.M02"), holdsPost: true), denunciation.Subject);
        Assert.Equal(new LocalDate(2026, 9, 1), Assert.Single(denunciation.Receipts).On);
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
        Assert.Equal([ErrorCodes.InformantRequired], Codes(validator.Validate(Denunciation() with { Informant = new InformantDraft("", null, null) })));
        Assert.Equal([ErrorCodes.InformantRequired], Codes(validator.Validate(Denunciation() with { Informant = null })));
    }

    [Fact]
    public void DenunciationDraft_NoAllegation_DuplicateIds_FutureReceipt_AndTwoSubjects_AreRejected()
    {
        var validator = new DenunciationDraftValidator(Clock, HoChiMinh);
        Assert.Equal([ErrorCodes.ListEmpty], Codes(validator.Validate(Denunciation() with { Allegations = [] })));
        Assert.Equal(
            [ErrorCodes.DateInFuture, ErrorCodes.ListDuplicate],
            Codes(validator.Validate(Denunciation() with
            {
                Allegations = [new AllegationDraft("ND1", "Nội dung một"), new AllegationDraft("ND1", "Nội dung hai")],
                ReceivedOn = Today.PlusDays(3),
            })));
        var twoSubjects = validator.Validate(Denunciation() with { Subject = new DenouncedSubjectDraft("TN.X01", "TN.X01.CB01.M02") });
        Assert.Equal([ErrorCodes.SubjectInvalid], Codes(twoSubjects));
        var badMember = validator.Validate(Denunciation() with { Subject = new DenouncedSubjectDraft(null, "TN M02 bí mật") });
        Assert.Equal([ErrorCodes.IdInvalid], Codes(badMember));
        Assert.DoesNotContain("bí mật", badMember.Errors[0].ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void TaskRecord_MissingElements_EachHaveTheirError()
    {
        // R-T5: every task states content, lead agency, coordinating agencies, completion time, product, resources, responsible
        // person, handling authority and responsible collective (seed 004 §I.2, §III.1).
        var complete = new AssignedTask { Id = RecordId<AssignedTask>.From("NV-01"), Organization = OrganizationId.From("TN"), AssignedOn = new LocalDate(2026, 1, 10), Content = "Kiểm tra tài chính đảng", LeadAgency = "UBKT Tỉnh ủy", CoordinatingAgencies = ["Văn phòng Tỉnh ủy"], CompletionDate = new LocalDate(2026, 6, 30), Product = "Báo cáo kết quả", Resources = "Ngân sách năm 2026", ResponsiblePerson = "Đồng chí Phó Chủ nhiệm UBKT", HandlingAuthority = "Ban Thường vụ Tỉnh ủy", ResponsibleCollective = "Ủy ban Kiểm tra Tỉnh ủy" };
        var validator = new TaskRecordValidator();
        Assert.True(validator.Validate(complete).IsValid);
        var partial = complete with { Product = null, CoordinatingAgencies = [], CompletionDate = null };
        var result = validator.Validate(partial);
        Assert.Equal(partial.MissingElements().Count, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.TaskElementMissing, e.ErrorCode));
    }
}
