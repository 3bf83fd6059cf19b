using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Organization;
using NodaTime;
using KiemTra.Sdk.Inspection;

namespace KiemTra.Sdk.Tests.Authority;

/// <summary>Every row of the authority table (brief §4) and the discipline powers (brief §5), allowed and denied.</summary>
public class AuthorityRulesTests
{
    private static readonly PartyDataset Province = HandBuiltProvince.Build();
    private static readonly AuthorityRules Rules = new(Province, RuleBook.BuiltIn);
    private static readonly LocalDate Date = new(2025, 10, 31); // QĐ 296 in force in its own right

    public static TheoryData<string, BodyKind, ActivityKind, string, string?, bool> Table() => new()
    {
        // actor org, body, activity, subject ("org:ID" or "member:ID"), form, allowed
        // Row 1: regular supervision — every body; a cell over its own members.
        { "HB.X1", BodyKind.Committee, ActivityKind.RegularSupervision, "org:HB.X1.CB1", null, true },
        { "HB.X1", BodyKind.StandingCommittee, ActivityKind.RegularSupervision, "member:M0005", null, true },
        { "HB.X1", BodyKind.InspectionCommission, ActivityKind.RegularSupervision, "org:HB.X1.CB2", null, true },
        { "HB.X1.CB2", BodyKind.Cell, ActivityKind.RegularSupervision, "member:M0005", null, true },
        { "HB.X1", BodyKind.AdvisoryAgency, ActivityKind.RegularSupervision, "org:HB.X1.CB1", null, true },
        { "HB.P1", BodyKind.Committee, ActivityKind.RegularSupervision, "member:M0005", null, false }, // outside its remit
        { "HB.X1.CB2", BodyKind.Cell, ActivityKind.RegularSupervision, "member:M0001", null, false }, // not its member
        // Row 2: thematic supervision — a cell only with a cell committee or more than 30 members [unverified].
        { "HB.X1", BodyKind.Committee, ActivityKind.ThematicSupervision, "org:HB.X1.CB1", null, true },
        { "HB.X1", BodyKind.InspectionCommission, ActivityKind.ThematicSupervision, "org:HB.X1.CB1", null, true },
        { "HB.X1", BodyKind.AdvisoryAgency, ActivityKind.ThematicSupervision, "org:HB.X1.CB1", null, true },
        { "HB.X1.CB2", BodyKind.Cell, ActivityKind.ThematicSupervision, "member:M0005", null, true }, // has a cell committee
        { "HB.X1.CB1", BodyKind.Cell, ActivityKind.ThematicSupervision, "member:M0001", null, false }, // 3 members, no cell committee
        // Row 3: compliance inspection — every body.
        { "HB.X1", BodyKind.Committee, ActivityKind.ComplianceInspection, "org:HB.X1.CB1", null, true },
        { "HB.X1", BodyKind.InspectionCommission, ActivityKind.ComplianceInspection, "member:M0001", null, true },
        { "HB.X1.CB2", BodyKind.Cell, ActivityKind.ComplianceInspection, "member:M0006", null, true },
        { "HB.X1", BodyKind.AdvisoryAgency, ActivityKind.ComplianceInspection, "org:HB.X1.CB2", null, true },
        { "HB.X1.CB2", BodyKind.Cell, ActivityKind.ComplianceInspection, "org:HB.X1.CB2.T1", null, false }, // a cell acts on members only
        // Row 4: inspection on signs of violation — not advisory agencies [law].
        { "HB.X1", BodyKind.Committee, ActivityKind.InspectionOnSignsOfViolation, "member:M0001", null, true },
        { "HB.X1", BodyKind.StandingCommittee, ActivityKind.InspectionOnSignsOfViolation, "org:HB.X1.CB1", null, true },
        { "HB.X1", BodyKind.InspectionCommission, ActivityKind.InspectionOnSignsOfViolation, "org:HB.X1.CB1", null, true },
        { "HB.X1.CB2", BodyKind.Cell, ActivityKind.InspectionOnSignsOfViolation, "member:M0005", null, true },
        { "HB.X1", BodyKind.AdvisoryAgency, ActivityKind.InspectionOnSignsOfViolation, "org:HB.X1.CB1", null, false },
        // Row 5: inspection of lower bodies' inspection and discipline work — the commission only, of organisations.
        { "HB", BodyKind.InspectionCommission, ActivityKind.InspectionOfInspectionDuties, "org:HB.X1", null, true },
        { "HB", BodyKind.Committee, ActivityKind.InspectionOfInspectionDuties, "org:HB.X1", null, false },
        { "HB", BodyKind.StandingCommittee, ActivityKind.InspectionOfInspectionDuties, "org:HB.X1", null, false },
        { "HB", BodyKind.InspectionCommission, ActivityKind.InspectionOfInspectionDuties, "member:M0001", null, false },
        // Row 6: party finance — the commission, of lower committees.
        { "HB", BodyKind.InspectionCommission, ActivityKind.PartyFinanceInspection, "org:HB.P1", null, true },
        { "HB", BodyKind.Committee, ActivityKind.PartyFinanceInspection, "org:HB.P1", null, false },
        { "HB", BodyKind.AdvisoryAgency, ActivityKind.PartyFinanceInspection, "org:HB.P1", null, false },
        { "HB", BodyKind.InspectionCommission, ActivityKind.PartyFinanceInspection, "org:HB", null, false }, // not below itself
        // Row 7: asset and income declarations — the commission, of members.
        { "HB", BodyKind.InspectionCommission, ActivityKind.AssetDeclarationInspection, "member:HB.X1.CN", null, true },
        { "HB", BodyKind.Committee, ActivityKind.AssetDeclarationInspection, "member:HB.X1.CN", null, false },
        { "HB", BodyKind.InspectionCommission, ActivityKind.AssetDeclarationInspection, "org:HB.X1", null, false },
        // Row 8: denunciations — committees, commissions, cells (their members); not advisory agencies.
        { "HB.X1", BodyKind.Committee, ActivityKind.DenunciationResolution, "member:M0001", null, true },
        { "HB.X1", BodyKind.InspectionCommission, ActivityKind.DenunciationResolution, "org:HB.X1.CB1", null, true },
        { "HB.X1.CB2", BodyKind.Cell, ActivityKind.DenunciationResolution, "member:M0005", null, true },
        { "HB.X1", BodyKind.AdvisoryAgency, ActivityKind.DenunciationResolution, "member:M0001", null, false },
        // Row 9: complaints against discipline — from the grassroots committee up; never cells.
        { "HB.X1", BodyKind.Committee, ActivityKind.ComplaintResolution, "member:M0001", null, true },
        { "HB.X1", BodyKind.StandingCommittee, ActivityKind.ComplaintResolution, "member:M0001", null, true },
        { "HB.P1.BV", BodyKind.InspectionCommission, ActivityKind.ComplaintResolution, "member:M0050", null, true },
        { "HB.X1.CB2", BodyKind.Cell, ActivityKind.ComplaintResolution, "member:M0005", null, false },
        { "HB.P1.BV.K1", BodyKind.Committee, ActivityKind.ComplaintResolution, "member:M0050", null, false }, // sub-committee: below grassroots
        { "HB.X1", BodyKind.AdvisoryAgency, ActivityKind.ComplaintResolution, "member:M0001", null, false },
        // Discipline (brief §5): a cell decides reprimand or warning of its members; heavier forms go upward.
        { "HB.X1.CB2", BodyKind.Cell, ActivityKind.Discipline, "member:M0005", "reprimand", true },
        { "HB.X1.CB2", BodyKind.Cell, ActivityKind.Discipline, "member:M0005", "warning", true },
        { "HB.X1.CB2", BodyKind.Cell, ActivityKind.Discipline, "member:M0005", "expulsion", false },
        { "HB.X1", BodyKind.Committee, ActivityKind.Discipline, "member:M0005", "expulsion", true },
        { "HB.X1", BodyKind.InspectionCommission, ActivityKind.Discipline, "org:HB.X1.CB1", "dissolution", true },
        { "HB.X1", BodyKind.Committee, ActivityKind.Discipline, "member:M0003", "expulsion", false }, // probationary: reprimand or warning only
        { "HB.X1", BodyKind.Committee, ActivityKind.Discipline, "member:M0005", "removal-from-post", false }, // holds no post
        { "HB.X1", BodyKind.Committee, ActivityKind.Discipline, "member:HB.X1.CN", "removal-from-post", true },
        { "HB.X1", BodyKind.AdvisoryAgency, ActivityKind.Discipline, "member:M0005", "reprimand", false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Decide_FollowsTheAuthorityTable(string actorOrg, BodyKind body, ActivityKind activity, string subject, string? form, bool allowed)
    {
        // R-S1, R-I1, R-D1, R-H4: authority table rows and discipline powers.
        var decision = Rules.Decide(new ActingBody(OrganizationId.From(actorOrg), body), activity, Subject(subject), Date, form is null ? null : DisciplineRules.ParseFormCode(form));
        Assert.True(allowed == decision.Holds, decision.Reason.English);
        Assert.NotEmpty(decision.Rules);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason.Vietnamese));
    }

    [Fact]
    public void AdvisoryAgency_MayNotInspectOnSignsOfViolation_CitesQd296()
    {
        var decision = Rules.Decide(new ActingBody(OrganizationId.From("HB.X1"), BodyKind.AdvisoryAgency), ActivityKind.InspectionOnSignsOfViolation, Subject("org:HB.X1.CB1"), Date);
        Assert.False(decision.Holds);
        Assert.Equal(RuleSetId.From("QD-296-2025"), decision.Rules[0].RuleSetId);
        Assert.True(decision.IsVerified);
        Assert.Contains("Advisory agency may not perform inspection on signs of violation", decision.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Cell_ProposesExpulsionUpward_NamingTheLevelAbove()
    {
        var decision = Rules.Decide(new ActingBody(OrganizationId.From("HB.X1.CB2"), BodyKind.Cell), ActivityKind.Discipline, Subject("member:M0005"), Date, DisciplineForm.Expulsion);
        Assert.Contains("must be proposed to Đảng bộ xã An Bình", decision.Reason.English, StringComparison.Ordinal);
        Assert.Contains("phải đề nghị lên Đảng bộ xã An Bình", decision.Reason.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void ThematicSupervisionByACell_IsUnverified()
    {
        var decision = Rules.Decide(new ActingBody(OrganizationId.From("HB.X1.CB2"), BodyKind.Cell), ActivityKind.ThematicSupervision, Subject("member:M0005"), Date);
        Assert.True(decision.Holds);
        Assert.False(decision.IsVerified);
        Assert.Contains("unverified", decision.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipLevelInspection_IsAllowed_AndSaidSo()
    {
        // R-I1: the province commission inspects a cell two levels down.
        var decision = Rules.Decide(new ActingBody(OrganizationId.From("HB"), BodyKind.InspectionCommission), ActivityKind.InspectionOnSignsOfViolation, Subject("org:HB.P1.BV.K1.CB1"), Date);
        Assert.True(decision.Holds);
        Assert.Contains("3 level(s) skipped", decision.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void CadreManagedByTheProvince_IsWithinItsRemit()
    {
        // R-H4: cadres "thuộc diện Tỉnh ủy quản lý".
        var decision = Rules.Decide(new ActingBody(OrganizationId.From("HB"), BodyKind.StandingCommittee), ActivityKind.RegularSupervision, Subject("member:HB.X1.CN"), Date);
        Assert.True(decision.Holds);
        Assert.Contains("cadre managed by the committee of Đảng bộ tỉnh Mẫu", decision.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void DissolvedOrganisation_StillFallsUnderTheRules()
    {
        var decision = Rules.Decide(new ActingBody(OrganizationId.From("HB.X1"), BodyKind.InspectionCommission), ActivityKind.InspectionOnSignsOfViolation, Subject("org:HB.X1.CB3"), Date);
        Assert.True(decision.Holds);
        Assert.Contains("ended on 2025-09-01", decision.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ActorThatNoLongerExists_IsDenied()
    {
        var decision = Rules.Decide(new ActingBody(OrganizationId.From("HB.H1"), BodyKind.Committee), ActivityKind.RegularSupervision, Subject("org:HB.H1.X1"), Date);
        Assert.False(decision.Holds);
        Assert.Contains("did not exist on 2025-10-31", decision.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ActorWithoutTheBody_IsDenied()
    {
        var decision = Rules.Decide(new ActingBody(OrganizationId.From("HB.P2"), BodyKind.InspectionCommission), ActivityKind.RegularSupervision, Subject("org:HB.P2.CB1"), Date);
        Assert.False(decision.Holds);
        Assert.Contains("has no inspection commission", decision.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_AfterQd21_IsCarriedOverAndUnverified()
    {
        var decision = Rules.Decide(new ActingBody(OrganizationId.From("HB.X1"), BodyKind.Committee), ActivityKind.ComplianceInspection, Subject("org:HB.X1.CB1"), new LocalDate(2026, 5, 1));
        Assert.True(decision.Holds);
        Assert.False(decision.IsVerified);
        Assert.Contains("21-QĐ/TW", decision.Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Discipline_WithoutForm_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Rules.Decide(new ActingBody(OrganizationId.From("HB.X1"), BodyKind.Committee), ActivityKind.Discipline, Subject("member:M0005"), Date));
        Assert.Equal("disciplineForm", ex.ParamName);
    }

    [Theory]
    [InlineData("warning")]
    [InlineData("Warning")]
    [InlineData("WARNING")]
    [InlineData("cảnh cáo")]
    [InlineData("Cảnh cáo")]
    [InlineData("canh cao")]
    public void CellWarningOfItsMember_IsAllowed_HoweverTheFormIsWritten(string written)
    {
        // R-D1, R-H4: a cell decides warning of its own member (brief §5); the form is typed, so "Warning" or
        // "cảnh cáo" typed by a user is the same form as "warning" and is never answered "not allowed" for its spelling.
        var form = DisciplineRules.ParseFormCode(written);
        var decision = Rules.Decide(new ActingBody(OrganizationId.From("HB.X1.CB2"), BodyKind.Cell), ActivityKind.Discipline, Subject("member:M0005"), Date, form);
        Assert.Equal(DisciplineForm.Warning, form);
        Assert.True(decision.Holds, decision.Reason.English);
    }

    [Fact]
    public void Discipline_WithAnUndefinedForm_ThrowsNamingTheValue_NeverDenies()
    {
        // R-D1, R-H4: a wrong argument is an error naming the value, not an answer "not allowed".
        var ex = Assert.Throws<ArgumentException>(() => Rules.Decide(new ActingBody(OrganizationId.From("HB.X1.CB2"), BodyKind.Cell), ActivityKind.Discipline, Subject("member:M0005"), Date, (DisciplineForm)99));
        Assert.Equal("disciplineForm", ex.ParamName);
        Assert.Contains("99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormText_IsRefusedAtParsing_NamingTheText()
    {
        // R-D1: text that is no form ("nhắc nhở" is not a disciplinary form) never reaches Decide as a denial; parsing
        // refuses it and names it.
        var ex = Assert.Throws<FormatException>(() => DisciplineRules.ParseFormCode("nhắc nhở"));
        Assert.Contains("nhắc nhở", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormForAnotherActivity_Throws()
    {
        // R-D1: a form is meaningful only for discipline.
        var ex = Assert.Throws<ArgumentException>(() => Rules.Decide(new ActingBody(OrganizationId.From("HB.X1"), BodyKind.Committee), ActivityKind.RegularSupervision, Subject("member:M0005"), Date, DisciplineForm.Warning));
        Assert.Equal("disciplineForm", ex.ParamName);
    }

    [Fact]
    public void CellExpulsionDenial_NamesTheFormsInWords_NotCodes()
    {
        // R-D1: user-facing reasons name forms in Vietnamese and English, not data codes.
        var decision = Rules.Decide(new ActingBody(OrganizationId.From("HB.X1.CB2"), BodyKind.Cell), ActivityKind.Discipline, Subject("member:M0005"), Date, DisciplineForm.Expulsion);
        Assert.False(decision.Holds);
        Assert.Contains("Chi bộ chỉ quyết định khiển trách, cảnh cáo", decision.Reason.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("A cell decides only reprimand, warning", decision.Reason.English, StringComparison.Ordinal);
        Assert.Contains("hình thức khai trừ", decision.Reason.Vietnamese, StringComparison.Ordinal);
    }

    private static OversightSubject Subject(string text) => text.StartsWith("org:", StringComparison.Ordinal)
        ? OversightSubject.Of(OrganizationId.From(text[4..]))
        : OversightSubject.Of(MemberId.From(text[7..]));
}
