using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Testing;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.Testing;

/// <summary>The case and decision builders set up a scenario in a line and go through the SDK's own rules.</summary>
public class CaseBuilderTests
{
    [Fact]
    public void DisciplineDecisionBuilder_DefaultsAreValid_AndFormsAreCheckedAsInProduction()
    {
        // R-D1: the form must apply to the subject; removal from post needs a post.
        var decision = DisciplineDecisionBuilder.ForMember(MemberId.From("TN.X01.CB01.M01")).WithForm(DisciplineForm.Warning).DecidedOn(new LocalDate(2026, 10, 5)).Build();
        Assert.Equal(DisciplineForm.Warning, decision.Form);
        Assert.Equal(new LocalDate(2026, 10, 5), decision.AnnouncedOn);
        Assert.Throws<ArgumentException>(() => DisciplineDecisionBuilder.ForMember(MemberId.From("TN.X01.CB01.M01"), holdsPost: false).WithForm(DisciplineForm.RemovalFromPost).Build());
    }

    [Fact]
    public void DisciplineDecisionBuilder_Organisation_RecordsTheResponsibleMembers()
    {
        // R-D3: an organisation's discipline records its members' responsibility.
        var decision = DisciplineDecisionBuilder.ForOrganization(OrganizationId.From("TN.X01.CB01"), MemberId.From("TN.X01.CB01.M01"), MemberId.From("TN.X01.CB01.M02")).WithForm(DisciplineForm.Warning).Build();
        Assert.Equal(2, decision.ResponsibleMembers.Count);
        Assert.Throws<ArgumentException>(() => DisciplineDecisionBuilder.ForOrganization(OrganizationId.From("TN.X01.CB01")).Build());
    }

    [Fact]
    public void DecisionFromBuilder_FeedsTheComplaintRules()
    {
        // R-D5: a scenario for the complaint rules in three lines.
        var decision = DisciplineDecisionBuilder.ForMember(MemberId.From("TN.X01.CB01.M01")).DecidedOn(new LocalDate(2026, 3, 2)).Build();
        var complaint = DisciplineComplaint.Create(ComplaintId.From("KN-01"), decision, new LocalDate(2026, 3, 3), new LocalDate(2026, 3, 20), filedBySubject: true, signed: true);
        var admissibility = DisciplineRules.FromRules(RuleBook.BuiltIn, new LocalDate(2026, 3, 20)).AssessComplaint(complaint, DeadlineCalculator.Default);
        Assert.True(admissibility.Holds);
    }

    [Fact]
    public void DenunciationBuilder_AcceptedAndConcluded_GoesThroughTheIntakePolicy()
    {
        // R-D6: a named, competent, concrete denunciation is accepted and then concluded.
        var denunciation = DenunciationBuilder.AgainstMember(MemberId.From("TN.X01.CB01.M02")).ReceivedBy(OrganizationId.From("TN"), new LocalDate(2026, 9, 1))
            .Concluded(AllegationId.From("ND1"), AllegationConclusion.TrueWithViolation, new LocalDate(2026, 10, 15)).Build();
        Assert.Equal(IntakeDecision.Accepted, denunciation.Intake!.Decision);
        Assert.True(denunciation.FoundViolation);
    }

    [Fact]
    public void DenunciationBuilder_Anonymous_IsRecordedAsInformation()
    {
        // R-D6: anonymous denunciations are not resolved but may feed supervision.
        var denunciation = DenunciationBuilder.AgainstOrganization(OrganizationId.From("TN.X01")).Anonymous().Alleging(AllegationId.From("ND1"), "Chi bộ không sinh hoạt định kỳ").Accepted().Build();
        Assert.Equal(IntakeDecision.RecordedAsInformation, denunciation.Intake!.Decision);
        Assert.Null(denunciation.Informant);
    }

    [Theory]
    [InlineData(CaseState.Opened, 1)]
    [InlineData(CaseState.Announced, 5)]
    [InlineData(CaseState.Concluded, 9)]
    [InlineData(CaseState.Closed, 12)]
    public void OversightCaseBuilder_Inspection_ReachesTheStateThroughEveryStep(CaseState state, int historyLength)
    {
        // R-I1: an inspection verifies before it drafts its report; every step is in the history.
        var builder = OversightCaseBuilder.Inspection(CaseId.From("KT-01")).Of(OrganizationId.From("TN.X01")).ConductedBy(OrganizationId.From("TN")).OpenedOn(new LocalDate(2026, 3, 2)).ViolationFound();
        var c = builder.Build(state);
        Assert.Equal(state, c.State);
        Assert.Equal(historyLength, c.History.Count);
        Assert.Equal(state is CaseState.Concluded or CaseState.Closed, c.Conclusion is not null);
        Assert.True(c.Conclusion?.ViolationFound ?? true);
    }

    [Fact]
    public void OversightCaseBuilder_Supervision_SkipsVerification_AndRefusesAStateOffItsPath()
    {
        // R-S1: supervision goes from the self-report straight to the draft report.
        var c = OversightCaseBuilder.Supervision(CaseId.From("GS-01")).Build(CaseState.ReportDrafted);
        Assert.DoesNotContain(c.History, e => e.Step == CaseStep.Verify);
        Assert.Throws<ArgumentOutOfRangeException>(() => OversightCaseBuilder.Supervision(CaseId.From("GS-02")).Build(CaseState.Verified));
    }

    [Fact]
    public void Builders_RefuseADefaultId_AtTheCallThatTakesIt()
    {
        // A default id fails where the test passed it, naming the parameter, not later in Build().
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => OversightCaseBuilder.Inspection(default)).ParamName);
        Assert.Equal("organizationId", Assert.Throws<ArgumentException>(() => OversightCaseBuilder.Supervision(CaseId.From("GS-01")).ConductedBy(default)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => DisciplineDecisionBuilder.ForMember(MemberId.From("TN.X01.CB01.M01")).WithId(default)).ParamName);
        Assert.Equal("responsibleMembers", Assert.Throws<ArgumentException>(() => DisciplineDecisionBuilder.ForOrganization(OrganizationId.From("TN.X01.CB01"), default(MemberId))).ParamName);
        Assert.Equal("allegationId", Assert.Throws<ArgumentException>(() => DenunciationBuilder.AgainstMember(MemberId.From("TN.X01.CB01.M02")).Concluded(default, AllegationConclusion.TrueWithViolation, new LocalDate(2026, 10, 15))).ParamName);
        Assert.Equal("provinceId", Assert.Throws<ArgumentException>(() => ProvinceBuilder.Create(default, "Đảng bộ tỉnh Thái Nguyên", new LocalDate(2026, 1, 1))).ParamName);
    }
}
