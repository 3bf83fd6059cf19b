using FluentValidation.Results;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.FluentValidation.Denunciations;
using KiemTra.Sdk.FluentValidation.FollowUp;
using KiemTra.Sdk.FluentValidation.Inspection;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Serialization.SystemTextJson;
using KiemTra.Sdk.Testing;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.FluentValidation;

/// <summary>The validator of a case step's request model: each step's fields, by the SDK's own checks, with stable codes.</summary>
public class CaseStepValidatorTests
{
    private static readonly DateTimeZone HoChiMinh = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
    private static readonly LocalDate Today = new(2026, 11, 22);
    private static readonly CaseStepDraftValidator Validator = new(OversightCatalogs.BuiltIn, FakeClocks.At(Today, HoChiMinh), HoChiMinh);

    private static (string Property, string Code)[] Failures(ValidationResult result)
        => result.Errors.Select(e => (e.PropertyName, e.ErrorCode)).OrderBy(e => e.PropertyName, StringComparer.Ordinal).ThenBy(e => e.ErrorCode, StringComparer.Ordinal).ToArray();

    private static CasePlanDraft Plan() => new()
    {
        Purpose = "Kiểm tra việc thực hiện nghị quyết",
        ContentAreas = ["thrift-and-anti-corruption"],
        ReferenceFrom = new LocalDate(2025, 1, 1),
        ReferenceTo = new LocalDate(2025, 12, 31),
        Start = new LocalDate(2026, 11, 1),
        End = new LocalDate(2026, 12, 31),
        Method = "Nghe báo cáo, kiểm tra hồ sơ",
    };

    [Theory]
    [InlineData("Announce")]
    [InlineData("announce")]
    [InlineData("DRAFTREPORT")]
    public void StepName_InAnyLetterCase_NamesOneStep(string name)
    {
        // R-I1: the steps of the procedure are named by their names, whatever the letter case.
        Assert.True(Validator.Validate(new CaseStepDraft(name, Today)).IsValid);
        Assert.Equal(name.ToUpperInvariant(), new CaseStepDraft(name, Today).Kind()!.Value.ToString().ToUpperInvariant());
    }

    [Theory]
    [InlineData("Announce, ReceiveSelfReport")]
    [InlineData("4")]
    [InlineData(" Announce")]
    [InlineData("Open")]
    public void StepName_AListANumberAPaddedNameOrOpening_IsUndefined_AndTheMessageListsTheSteps(string name)
    {
        // R-I1: a step is exactly one step after opening; a list of flags or an ordinal is never read as another step.
        var result = ValidationMessagesTests.WithUICulture("en-GB", () => Validator.Validate(new CaseStepDraft(name, Today)));
        Assert.Equal([("Step", ErrorCodes.EnumUndefined)], Failures(result));
        Assert.Contains("give exactly one of: IssueDecision, ApprovePlan", result.Errors[0].ErrorMessage, StringComparison.Ordinal);
        Assert.Null(new CaseStepDraft(name, Today).Kind());
    }

    [Fact]
    public void StepDate_IsRequired_AndNotAfterToday()
    {
        // R-I1: a step records what happened.
        Assert.Equal([("On", ErrorCodes.NameRequired)], Failures(Validator.Validate(new CaseStepDraft("Announce", null))));
        Assert.Equal([("On", ErrorCodes.DateInFuture)], Failures(Validator.Validate(new CaseStepDraft("Announce", Today.PlusDays(1)))));
    }

    [Fact]
    public void FieldTheStepDoesNotUse_IsRefused_NotIgnored()
    {
        // Nothing is silently dropped: Close takes no review; IssueDecision takes a reference and nothing else.
        Assert.Equal([("Review", ErrorCodes.DocumentFieldUnknown)],
            Failures(Validator.Validate(new CaseStepDraft("Close", Today, Review: new CaseReviewDraft("Upheld", "Đúng")))));
        Assert.Equal([("Plan", ErrorCodes.DocumentFieldUnknown), ("Summary", ErrorCodes.DocumentFieldUnknown)],
            Failures(Validator.Validate(new CaseStepDraft("IssueDecision", Today, "01-QĐ/UBKT", Summary: "x", Plan: Plan()))));
    }

    [Fact]
    public void Decision_NeedsAReference_ByTheReferenceRule()
    {
        // R-I1: a decision has a number; '/' belongs to a document reference.
        Assert.True(Validator.Validate(new CaseStepDraft("IssueDecision", Today, "01-QĐ/UBKT")).IsValid);
        Assert.Equal([("Reference", ErrorCodes.NameRequired)], Failures(Validator.Validate(new CaseStepDraft("IssueNotice", Today))));
        Assert.Equal([("Reference", ErrorCodes.IdInvalid)], Failures(Validator.Validate(new CaseStepDraft("IssueDecision", Today, "01 QĐ\u202E"))));
    }

    [Fact]
    public void Plan_Valid_PassesAndBuilds_EndsBeforeStartsAndUnknownAreasAreRefused()
    {
        // R-I2: a plan states its purpose, method, content areas from the catalogue and periods in order.
        Assert.True(Validator.Validate(new CaseStepDraft("ApprovePlan", Today, Plan: Plan())).IsValid);
        Assert.Equal(new LocalDate(2026, 12, 31), Plan().ToPlan(OversightCatalogs.BuiltIn).End);

        // Built without validating first, a reversed period is still refused, naming the field and both dates.
        var reversed = Assert.Throws<ArgumentException>(() => (Plan() with { End = new LocalDate(2026, 10, 1) }).ToPlan(OversightCatalogs.BuiltIn));
        Assert.Equal("plan.end", reversed.ParamName);
        Assert.Contains("plan.end (2026-10-01) is before plan.start", reversed.Message, StringComparison.Ordinal);
        var broken = Plan() with { ReferenceTo = new LocalDate(2024, 12, 31), End = new LocalDate(2026, 10, 1), ContentAreas = ["thrift-and-anti-corruption", "no-such-area"], Method = " " };
        Assert.Equal(
            [("Plan.ContentAreas[1]", ErrorCodes.CatalogCodeUnknown), ("Plan.End", ErrorCodes.DateOrder), ("Plan.Method", ErrorCodes.NameRequired), ("Plan.ReferenceTo", ErrorCodes.DateOrder)],
            Failures(Validator.Validate(new CaseStepDraft("ApprovePlan", Today, Plan: broken))));
        Assert.Equal([("Plan", ErrorCodes.NameRequired)], Failures(Validator.Validate(new CaseStepDraft("ApprovePlan", Today))));
        Assert.Equal([("Plan.ContentAreas", ErrorCodes.ListEmpty)], Failures(Validator.Validate(new CaseStepDraft("ApprovePlan", Today, Plan: Plan() with { ContentAreas = [] }))));
    }

    [Fact]
    public void Team_ByTheTeamsOwnRule_NobodyTwice()
    {
        // R-I1: a team has a leader and members, each once (CaseTeam.Create).
        Assert.True(Validator.Validate(new CaseStepDraft("FormTeam", Today, Team: new CaseTeamDraft("TN.M1", ["TN.M2"]))).IsValid);
        Assert.Equal([("Team.Members", ErrorCodes.ListDuplicate)], Failures(Validator.Validate(new CaseStepDraft("FormTeam", Today, Team: new CaseTeamDraft("TN.M1", ["TN.M2", "TN.M2"])))));
        Assert.Equal([("Team.Leader", ErrorCodes.NameRequired), ("Team.Members[0]", ErrorCodes.IdInvalid)],
            Failures(Validator.Validate(new CaseStepDraft("FormTeam", Today, Team: new CaseTeamDraft(null, ["TN M2"])))));
    }

    [Fact]
    public void Conclusion_StatesItsSummaryAndBothFindings()
    {
        // R-I1: the concluding meeting records whether a violation, or signs of one, were found.
        Assert.True(Validator.Validate(new CaseStepDraft("HoldConclusionMeeting", Today, Conclusion: new CaseConclusionDraft("Có vi phạm", true, false))).IsValid);
        Assert.Equal([("Conclusion.SignsOfViolation", ErrorCodes.NameRequired), ("Conclusion.Summary", ErrorCodes.NameRequired), ("Conclusion.ViolationFound", ErrorCodes.NameRequired)],
            Failures(Validator.Validate(new CaseStepDraft("HoldConclusionMeeting", Today, Conclusion: new CaseConclusionDraft("", null, null)))));
    }

    [Fact]
    public void Discipline_FormByCodeOrVietnameseName_UnknownFormAndMissingFieldsAreNamed()
    {
        // R-D1: the forms of discipline are the Charter's; the Vietnamese name is read as the code.
        var valid = new CaseDisciplineDraft(true, "khiển trách", "05-QĐ/UBKT");
        Assert.True(Validator.Validate(new CaseStepDraft("RecordDiscipline", Today, Discipline: valid)).IsValid);
        Assert.Equal(DisciplineForm.Reprimand, valid.ToForm());
        var result = ValidationMessagesTests.WithUICulture("en-GB", () => Validator.Validate(new CaseStepDraft("RecordDiscipline", Today, Discipline: new CaseDisciplineDraft(null, "nhắc nhở", null, new OversightSubjectDraft("TN.X01", "TN.M1")))));
        Assert.Equal(
            [("Discipline.Decided", ErrorCodes.NameRequired), ("Discipline.Form", ErrorCodes.EnumUndefined), ("Discipline.Reference", ErrorCodes.NameRequired), ("Discipline.Subject", ErrorCodes.SubjectInvalid)],
            Failures(result));
        Assert.Equal("nhắc nhở", result.Errors.Single(e => e.PropertyName == "Discipline.Form").AttemptedValue);
        Assert.Contains("reprimand, warning", result.Errors.Single(e => e.PropertyName == "Discipline.Form").ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void HandOver_NamesTheNewCaseTheCommissionAndDistinctSubjects()
    {
        // R-S4: a supervision's signs of violation are handed over to an inspection commission, for named subjects.
        var handOver = new CaseHandOverDraft("KT-2026-09", "Kiểm tra khi có dấu hiệu vi phạm", "TN", [new("TN.X01", null)], "Dấu hiệu vi phạm");
        Assert.True(Validator.Validate(new CaseStepDraft("HandOverForInspection", Today, HandOver: handOver)).IsValid);
        Assert.Equal(
            [("HandOver.CaseId", ErrorCodes.IdInvalid), ("HandOver.CommissionOf", ErrorCodes.NameRequired), ("HandOver.Subjects", ErrorCodes.ListDuplicate), ("HandOver.Subjects[2]", ErrorCodes.SubjectInvalid)],
            Failures(Validator.Validate(new CaseStepDraft("HandOverForInspection", Today, HandOver: handOver with
            {
                CaseId = "KT/09", CommissionOf = null, Subjects = [new("TN.X01", null), new("TN.X01", null), new(null, null)],
            }))));
    }

    [Fact]
    public void TakeUpAndReview_ReadOneNamedReasonOrOutcome()
    {
        // R-I4: a higher commission takes a case up for a stated reason, or reviews its conclusion with one outcome.
        Assert.True(Validator.Validate(new CaseStepDraft("TakeUp", Today, TakeUp: new CaseTakeUpDraft
        {
            CaseId = "KT-T-1", Title = "Cấp trên thụ lý", Reason = TakeUpReason.LowerLevelDidNotAct.ToString().ToLowerInvariant(), Explanation = "Cấp dưới không xử lý",
        })).IsValid);
        Assert.Equal([("TakeUp.Reason", ErrorCodes.EnumUndefined), ("TakeUp.Title", ErrorCodes.NameRequired)],
            Failures(Validator.Validate(new CaseStepDraft("TakeUp", Today, TakeUp: new CaseTakeUpDraft { CaseId = "KT-T-1", Title = null, Reason = "Whatever", Explanation = "x" }))));
        Assert.Equal([("Review.Outcome", ErrorCodes.EnumUndefined)],
            Failures(Validator.Validate(new CaseStepDraft("RecordHigherReview", Today, Review: new CaseReviewDraft("Upheld, ReconsiderationRequested", "Đúng")))));
        Assert.Equal(HigherReviewOutcome.Overturned, new CaseReviewDraft("overturned", "Sai").ToReview(OrganizationId.From("TN"), Today).Outcome);
    }
}

/// <summary>The validators of a recommendation and of its completion: the SDK's id rules, one named unit, a count the SDK's time limits hold.</summary>
public class RecommendationValidatorTests
{
    private static readonly DateTimeZone HoChiMinh = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
    private static readonly LocalDate Today = new(2026, 11, 22);
    private static readonly RecommendationDraftValidator Validator = new(FakeClocks.At(Today, HoChiMinh), HoChiMinh);

    private static RecommendationDraft Draft() => new()
    {
        Id = "KN-2026-01",
        Addressee = "TN.X01",
        Content = "Khắc phục hạn chế trong quản lý đảng viên",
        SourceReference = "20-TB/UBKT",
        IssuedOn = new LocalDate(2026, 11, 2),
        TimeLimit = new TimeLimitDraft("WorkingDays", 30),
    };

    private static (string Property, string Code)[] Failures(ValidationResult result)
        => result.Errors.Select(e => (e.PropertyName, e.ErrorCode)).OrderBy(e => e.PropertyName, StringComparer.Ordinal).ToArray();

    [Fact]
    public void Valid_Passes_AndTheUnitIsReadInAnyLetterCase()
    {
        // R-F1: a recommendation of a conclusion is addressed to an organisation with a time limit.
        Assert.True(Validator.Validate(Draft()).IsValid);
        Assert.Equal(RuleDurationUnit.Months, new TimeLimitDraft("months", 1).UnitKind());
    }

    [Fact]
    public void EachBrokenField_IsNamedWithItsCode()
    {
        // R-F1: id and addressee by the SDK's id rules; the content stated; the issue date not after today.
        var result = Validator.Validate(new RecommendationDraft
        {
            Id = "KN/01", Addressee = "TN X01", Content = " ", SourceReference = null, IssuedOn = Today.PlusDays(1), TimeLimit = new TimeLimitDraft("weeks", null),
        });
        Assert.Equal(
            [("Addressee", ErrorCodes.IdInvalid), ("Content", ErrorCodes.NameRequired), ("Id", ErrorCodes.IdInvalid), ("IssuedOn", ErrorCodes.DateInFuture),
             ("SourceReference", ErrorCodes.NameRequired), ("TimeLimit.Count", ErrorCodes.NameRequired), ("TimeLimit.Unit", ErrorCodes.EnumUndefined)],
            Failures(result));
        Assert.Equal([("TimeLimit", ErrorCodes.NameRequired)], Failures(Validator.Validate(Draft() with { TimeLimit = null })));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(DeadlineRule.MaxCount + 1)]
    public void TimeLimitCount_OutsideWhatTheSdkCounts_IsRefused(int count)
    {
        // R-F1: a time limit counts 1 to DeadlineRule.MaxCount units.
        var result = ValidationMessagesTests.WithUICulture("en-GB", () => Validator.Validate(Draft() with { TimeLimit = new TimeLimitDraft("CalendarDays", count) }));
        Assert.Equal([("TimeLimit.Count", ErrorCodes.DocumentRuleViolated)], Failures(result));
        Assert.Contains($"counts 1 to {DeadlineRule.MaxCount} units", result.Errors[0].ErrorMessage, StringComparison.Ordinal);
        Assert.True(Validator.Validate(Draft() with { TimeLimit = new TimeLimitDraft("CalendarDays", DeadlineRule.MaxCount) }).IsValid);
    }

    [Fact]
    public void Deadline_UnitByName_CountAsTheSdkCounts_AndBuildsTheRule()
    {
        // R-F1: a time limit is one unit and a count of 1 to DeadlineRule.MaxCount, counted from an event.
        var validator = new DeadlineDraftValidator();
        var draft = new DeadlineDraft(new LocalDate(2026, 2, 13), "workingdays", 30, "ngày nhận đơn");
        Assert.True(validator.Validate(draft).IsValid);
        var rule = draft.ToRule("api", KiemTra.Sdk.Rules.RuleCitation.Of(RuleSetId.From("API"), "Thời hạn nhập qua API", null, verified: true));
        Assert.Equal((RuleDurationUnit.WorkingDays, 30, "ngày nhận đơn"), (rule.Unit, rule.Count, rule.AnchorEvent.Vietnamese));
        Assert.Equal([("Count", ErrorCodes.DocumentRuleViolated), ("Event", ErrorCodes.NameRequired), ("Unit", ErrorCodes.EnumUndefined)],
            Failures(validator.Validate(new DeadlineDraft(null, "weeks", 0))));
        Assert.Equal([("Anchor", ErrorCodes.TextControlCharacter)], Failures(validator.Validate(draft with { Anchor = "ngày\u0001" })));
    }

    [Fact]
    public void Completion_IsDated_NotAfterToday()
    {
        // R-F1: a completion records what was done.
        var validator = new CompletionDraftValidator(FakeClocks.At(Today, HoChiMinh), HoChiMinh);
        Assert.True(validator.Validate(new CompletionDraft(Today)).IsValid);
        Assert.Equal([("On", ErrorCodes.NameRequired)], Failures(validator.Validate(new CompletionDraft(null))));
        Assert.Equal([("On", ErrorCodes.DateInFuture)], Failures(validator.Validate(new CompletionDraft(Today.PlusDays(1)))));
    }
}

/// <summary>The validators of a denunciation's later steps: the intake assessment, an allegation's conclusion, an access to the informant's identity.</summary>
public class DenunciationStepValidatorTests
{
    private static readonly DateTimeZone HoChiMinh = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
    private static readonly LocalDate Today = new(2026, 11, 22);
    private static readonly NodaTime.Testing.FakeClock Clock = FakeClocks.At(Today, HoChiMinh);

    private static (string Property, string Code)[] Failures(ValidationResult result)
        => result.Errors.Select(e => (e.PropertyName, e.ErrorCode)).OrderBy(e => e.PropertyName, StringComparer.Ordinal).ToArray();

    [Fact]
    public void Intake_EmptyGroundsAccepts_MissingGroundsIsRefused_EachGroundIsOneName()
    {
        // R-D6: an intake with no non-acceptance ground accepts; a forgotten list must not take a denunciation in.
        var validator = new DenunciationIntakeDraftValidator(Clock, HoChiMinh);
        var ground = Enum.GetNames<NonAcceptanceGround>()[0];
        Assert.True(validator.Validate(new DenunciationIntakeDraft(Today, [])).IsValid);
        Assert.True(validator.Validate(new DenunciationIntakeDraft(Today, [ground.ToLowerInvariant(), ground])).IsValid);
        Assert.Equal([Enum.GetValues<NonAcceptanceGround>()[0]], new DenunciationIntakeDraft(Today, [ground.ToLowerInvariant(), ground]).GroundKinds());
        Assert.Equal([("Grounds", ErrorCodes.NameRequired), ("On", ErrorCodes.DateInFuture)], Failures(validator.Validate(new DenunciationIntakeDraft(Today.PlusDays(1), null))));
        Assert.Equal([("Grounds[1]", ErrorCodes.EnumUndefined)], Failures(validator.Validate(new DenunciationIntakeDraft(Today, [ground, "Anonymous, Rumour"]))));
    }

    [Fact]
    public void AllegationConclusion_NamesTheAllegationByIdRule_AndOneConclusion()
    {
        // R-D6: each allegation is concluded after verification, with one conclusion.
        var validator = new AllegationConclusionDraftValidator(Clock, HoChiMinh);
        var conclusion = Enum.GetNames<AllegationConclusion>()[0];
        Assert.True(validator.Validate(new AllegationConclusionDraft("ND1", conclusion, Today)).IsValid);
        Assert.Equal(Enum.GetValues<AllegationConclusion>()[0], new AllegationConclusionDraft("ND1", conclusion.ToUpperInvariant(), Today).ConclusionKind());
        Assert.Equal([("Allegation", ErrorCodes.IdInvalid), ("Conclusion", ErrorCodes.EnumUndefined), ("On", ErrorCodes.NameRequired)],
            Failures(validator.Validate(new AllegationConclusionDraft("ND 1", "1", null))));
    }

    [Fact]
    public void InformantAccess_NeedsAStatedPurpose()
    {
        // R-D6: the informant's identity is read only for a stated purpose, which is audited.
        var validator = new InformantAccessDraftValidator();
        Assert.True(validator.Validate(new InformantAccessDraft("Xác minh nội dung tố cáo")).IsValid);
        Assert.Equal([("Purpose", ErrorCodes.NameRequired)], Failures(validator.Validate(new InformantAccessDraft(" "))));
        Assert.Equal([("Purpose", ErrorCodes.NameTooLong)], Failures(validator.Validate(new InformantAccessDraft(new string('x', InformantAccessDraftValidator.MaxPurposeLength + 1)))));
    }
}

public class ProgramDraftValidatorTests
{
    private static readonly DateTimeZone HoChiMinh = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
    private static readonly LocalDate Today = new(2026, 11, 22);
    private static readonly ProgramDraftValidator Validator = new(OversightCatalogs.BuiltIn, FakeClocks.At(Today, HoChiMinh), HoChiMinh);

    private static ProgramDraft Draft(KiemTra.Sdk.Reporting.ReportingPeriodKind? scope) => new("KH-2026", "Kế hoạch kiểm tra, giám sát năm 2026", scope,
        new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), new LocalDate(2026, 1, 10),
        [new ProgramItemDraft("I1", ActivityKind.ComplianceInspection, "compliance", "TN.X01", new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 30), ["organisational-principles"])]);

    [Fact]
    public void Scope_IsATermOrAYear_AnotherKindOfPeriodIsUndefined_AndTheMessageListsBoth()
    {
        // R-I2: a programme covers the whole term or one year.
        Assert.True(Validator.Validate(Draft(KiemTra.Sdk.Reporting.ReportingPeriodKind.Year)).IsValid);
        Assert.True(Validator.Validate(Draft(KiemTra.Sdk.Reporting.ReportingPeriodKind.Term)).IsValid);
        var result = ValidationMessagesTests.WithUICulture("en-GB", () => Validator.Validate(Draft(KiemTra.Sdk.Reporting.ReportingPeriodKind.Quarter)));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("Scope", ErrorCodes.EnumUndefined), (error.PropertyName, error.ErrorCode));
        Assert.Contains("Quarter", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("Term, Year", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("Scope", Assert.Single(Validator.Validate(Draft(null)).Errors).PropertyName);
    }

    [Fact]
    public void AnItemOutsideTheProgrammesPeriod_IsRefusedWithItsDates_BeforeTheProgrammeIsBuilt()
    {
        // R-I2: a programme's items fall within its period; the client is told which dates, in Vietnamese and English.
        var draft = Draft(KiemTra.Sdk.Reporting.ReportingPeriodKind.Year);
        var late = draft with { Items = [draft.Items![0] with { End = new LocalDate(2027, 1, 15) }] };
        var error = Assert.Single(ValidationMessagesTests.WithUICulture("vi-VN", () => Validator.Validate(late)).Errors);
        Assert.Equal(("Items[0]", ErrorCodes.DateOrder), (error.PropertyName, error.ErrorCode));
        Assert.Contains("2027-01-15", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("2026-12-31", error.ErrorMessage, StringComparison.Ordinal);

        var early = draft with { Items = [draft.Items![0] with { Start = new LocalDate(2025, 12, 1) }] };
        var before = Assert.Single(Validator.Validate(early).Errors);
        Assert.Equal(("Items[0]", ErrorCodes.DateOrder), (before.PropertyName, before.ErrorCode));
        Assert.Contains("2025-12-01", before.ErrorMessage, StringComparison.Ordinal);
    }
}

/// <summary>The request drafts with init properties bind from a host's JSON by their property names, an unknown one refused.</summary>
public class RequestDraftJsonBindingTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Web = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    }.ConfigureForKiemTra();

    [Fact]
    public void RecommendationDraft_BindsEveryField_AndALeftOutFieldIsNull()
    {
        var draft = System.Text.Json.JsonSerializer.Deserialize<RecommendationDraft>(
            """{"id":"KN-1","addressee":"TN.X01","content":"Khắc phục","sourceReference":"20-TB/UBKT","issuedOn":"2026-11-02","timeLimit":{"unit":"WorkingDays","count":30}}""", Web)!;
        Assert.Equal(new RecommendationDraft
        {
            Id = "KN-1", Addressee = "TN.X01", Content = "Khắc phục", SourceReference = "20-TB/UBKT", IssuedOn = new LocalDate(2026, 11, 2), TimeLimit = new TimeLimitDraft("WorkingDays", 30),
        }, draft);
        Assert.Null(System.Text.Json.JsonSerializer.Deserialize<RecommendationDraft>("""{"id":"KN-1"}""", Web)!.Content);
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<RecommendationDraft>("""{"id":"KN-1","contents":"x"}""", Web));
    }

    [Fact]
    public void CaseStepDraft_BindsItsPlanAndTakeUp()
    {
        var plan = System.Text.Json.JsonSerializer.Deserialize<CaseStepDraft>(
            """{"step":"ApprovePlan","on":"2026-11-01","plan":{"purpose":"P","contentAreas":["a"],"referenceFrom":"2025-01-01","referenceTo":"2025-12-31","start":"2026-11-01","end":"2026-12-31","method":"M"}}""", Web)!.Plan!;
        Assert.Equal((new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31), new LocalDate(2026, 11, 1), new LocalDate(2026, 12, 31), "P", "M"),
            (plan.ReferenceFrom, plan.ReferenceTo, plan.Start, plan.End, plan.Purpose, plan.Method));
        var takeUp = System.Text.Json.JsonSerializer.Deserialize<CaseStepDraft>(
            """{"step":"TakeUp","on":"2026-11-01","takeUp":{"caseId":"KT-T-1","title":"T","reason":"LowerLevelDidNotAct","explanation":"E"}}""", Web)!.TakeUp;
        Assert.Equal(new CaseTakeUpDraft { CaseId = "KT-T-1", Title = "T", Reason = "LowerLevelDidNotAct", Explanation = "E" }, takeUp);
    }
}
