using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using NodaTime;
using static KiemTra.Sdk.Tests.Discipline.DisciplineFixtures;

namespace KiemTra.Sdk.Tests.Discipline;

public class DisciplineDecisionTests
{
    private static readonly LocalDate Day = new(2026, 3, 2);

    [Fact]
    public void OrganisationDecision_RequiresTheMembersHeldResponsible()
    {
        // R-D3
        var error = Assert.Throws<ArgumentException>(() => DisciplineDecision.Create(DecisionId.From("D-1"), "V-1", DisciplineSubject.OfOrganization(OrganizationId.From("TN.X01.CB03")),
            DisciplineForm.Warning, OrganizationId.From("TN.X01"), BodyKind.StandingCommittee, Day, Day, Circumstances(), [], RulesInForce));
        Assert.Contains("members held responsible must be recorded", error.Message, StringComparison.Ordinal);
        Assert.Contains("TN.X01.CB03", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("R-D3", error.Message, StringComparison.Ordinal);
        Assert.Equal("responsibleMembers", error.ParamName);
    }

    [Fact]
    public void OrganisationDecision_RecordsEachResponsibleMember()
    {
        // R-D3
        var decision = OrganizationDecision("D-2", DisciplineForm.Reprimand, Day);
        var responsible = Assert.Single(decision.ResponsibleMembers);
        Assert.Equal(ParticipationRole.Initiator, responsible.Role);
    }

    [Fact]
    public void Decision_RejectsAFormThatDoesNotApply()
    {
        // R-D1
        Assert.Throws<ArgumentException>(() => MemberDecision("D-3", DisciplineForm.Dissolution, Day));
        Assert.Throws<ArgumentException>(() => MemberDecision("D-4", DisciplineForm.RemovalFromPost, Day, probationary: true));
    }

    [Fact]
    public void Decision_RejectsAnnouncementBeforeTheDecision()
    {
        var error = Assert.Throws<ArgumentException>(() => MemberDecision("D-5", DisciplineForm.Warning, Day, announcedOn: Day.PlusDays(-1)));
        Assert.Contains("2026-03-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Circumstances_RecordAggravatingMitigatingAttitudeAndRole()
    {
        // R-D2
        var c = Circumstances(AggravatingCircumstance.RevengeOnInformant, AggravatingCircumstance.RepeatAfterWarning, AggravatingCircumstance.RepeatAfterWarning);
        Assert.Equal([AggravatingCircumstance.RepeatAfterWarning, AggravatingCircumstance.RevengeOnInformant], c.Aggravating);
        Assert.Equal([MitigatingCircumstance.VoluntaryRemediation], c.Mitigating);
        Assert.Equal(ParticipationRole.Initiator, c.Role);
        Assert.Equal(Attitude.Sincere, c.Attitude);
    }

    [Fact]
    public void Circumstances_RequireEveryDimensionStated()
    {
        // R-D2
        var error = Assert.Throws<ArgumentException>(() => new DisciplineCircumstances
        {
            Content = "Nội dung",
            Nature = "Tính chất",
            Extent = "Mức độ",
            Harm = " ",
            Consequence = "Hậu quả",
            Cause = "Nguyên nhân",
            Aggravating = [],
            Mitigating = [],
            Attitude = Attitude.Sincere,
            Remediation = "Khắc phục",
            Role = ParticipationRole.Sole,
        });
        Assert.Equal(nameof(DisciplineCircumstances.Harm), error.ParamName);
    }

    [Fact]
    public void Ledger_OneViolation_OneDecision()
    {
        // R-D1: one violation, one decision with one form.
        var first = MemberDecision("D-6", DisciplineForm.Warning, Day, violation: "V-77");
        var ledger = DisciplineLedger.Empty.Add(first);
        var second = DisciplineDecision.Create(DecisionId.From("D-7"), "V-77", first.Subject, DisciplineForm.Reprimand, first.DecidedBy, first.DecidingBody, Day, Day, first.Circumstances, [], RulesInForce);
        var error = Assert.Throws<InvalidOperationException>(() => ledger.Add(second));
        Assert.Contains("D-6", error.Message, StringComparison.Ordinal);
        Assert.Contains("one violation has one decision", error.Message, StringComparison.Ordinal);
        Assert.Same(first, ledger.ForViolation("V-77", first.Subject));
        Assert.Empty(DisciplineLedger.Empty.Decisions);
    }
}
