using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.EarlyWarning;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Deadlines;
using NodaTime;
using static KiemTra.Sdk.Tests.Register.CommuneYear;

namespace KiemTra.Sdk.Tests.Register;

/// <summary>
/// The end-to-end example of docs/register.md: a commune of three cells records its year, then gets its indicator report
/// and statistics from that one register. Expected numbers are counted by hand from <see cref="CommuneYear"/>.
/// </summary>
public class CommuneYearExampleTests
{
    private static readonly DateTimeZone Hanoi = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
    private static readonly IndicatorEvaluator Evaluator = IndicatorEvaluator.Create();

    private static IndicatorDataSet Data() => IndicatorDataSet.Create(Tree(), AsOf, CommuneYear.Register());

    private static IndicatorResult Evaluate(string code, ReportingPeriod period) => Evaluator.Evaluate(IndicatorCatalog.BuiltIn[code], Data(), Commune, period);

    [Fact]
    public void PlanCompletion_IsDerivedFromTheCasesThatCarriedTheItemsOut()
    {
        // R-I2, R-T1: three items planned (I1, I2, I3); I1 carried out by GS-01 (concluded 18/4), I2 by KT-02 (22/7), I3 by none.
        var result = Evaluate("KL34-2022-02", ReportingPeriod.Year(2025));
        Assert.Equal((2L, 3L), (result.Numerator, result.Denominator));
        Assert.Equal(IndicatorStatus.NotMet, result.Status);
        var miss = Assert.Single(Assert.Single(result.Misses).Facts, f => !f.Counted);
        Assert.Equal("CT-UBKT-2025.I3", miss.RecordId);
        Assert.Equal((2L, 3L), (Evaluate("KL34-2025-02B", ReportingPeriod.Year(2025)).Numerator, Evaluate("KL34-2025-02B", ReportingPeriod.Year(2025)).Denominator));
    }

    [Fact]
    public void Statistics_PlanIsTheIndicatorsNumeratorAndDenominator()
    {
        // R-I2: plan {planned, done} and KL34-2022-02 are the same function over the same scope.
        var data = Data();
        var stats = WorkStatistics.Compute(data, Commune, ReportingPeriod.Year(2025), Forms);
        var indicator = Evaluator.Evaluate(IndicatorCatalog.BuiltIn["KL34-2022-02"], data, Commune, ReportingPeriod.Year(2025));
        Assert.Equal((3L, 2L), (stats.PlanCompletion.Denominator, stats.PlanCompletion.Numerator));
        Assert.Equal((indicator.Numerator, indicator.Denominator), (stats.PlanCompletion.Numerator, stats.PlanCompletion.Denominator));
    }

    [Fact]
    public void Statistics_DisciplineComesFromTheDecisionTheInspectionProduced()
    {
        // R-D7: one warning of one member, who sits on the committee; no organisation disciplined.
        var stats = WorkStatistics.Compute(Data(), Commune, ReportingPeriod.Year(2025), Forms);
        Assert.Equal(0, stats.Discipline.Organizations);
        Assert.Equal(1, stats.Discipline.Members);
        Assert.Equal(1, stats.Discipline.MembersByForm[DisciplineForm.Warning]);
        Assert.All(stats.Discipline.MembersByForm.Where(c => c.Key != DisciplineForm.Warning), c => Assert.Equal(0, c.Value));
        Assert.Equal(1, stats.Discipline.MembersWhoAreCommitteeMembers);
    }

    [Fact]
    public void Statistics_CountInspectionsAndSupervisionsBySubject()
    {
        // R-D7 (seed 002's sentence): GS-01 supervised cell 1 and its secretary (a committee member) and found signs of
        // violation; KT-01 inspected the secretary and found a violation; KT-02 inspected cell 2.
        var stats = WorkStatistics.Compute(Data(), Commune, ReportingPeriod.Year(2025), Forms);
        Assert.Equal(new OversightStatistics { OrganizationsInspected = 1, MembersInspected = 1, InspectedCommitteeMembers = 1, InspectionsFindingViolation = 1, OrganizationsSupervised = 1, MembersSupervised = 1, SupervisedCommitteeMembers = 1, SupervisionsWithSignsOfViolation = 1 }, stats.Oversight);
    }

    [Fact]
    public void Statistics_FollowUpRecoveryFindingsAndAssigneeReports()
    {
        // R-F2: 40 million đồng ordered and recovered; R-F3: one positive finding; R-S8: three reports, BC-02 late.
        var stats = WorkStatistics.Compute(Data(), Commune, ReportingPeriod.Year(2025), Forms);
        Assert.Equal((40_000_000L, 40_000_000L), (stats.AmountToRecoverVnd, stats.AmountRecoveredVnd));
        Assert.Equal((0, 1), (stats.PolicyRecommendations, stats.PositiveFindings));
        Assert.Equal((3, 2), (stats.AssigneeReports, stats.AssigneeReportsOnTime));
        Assert.Equal(0, stats.Complaints.Members + stats.Complaints.Organizations);
    }

    [Fact]
    public void Statistics_FollowUp_IsTheFollowUpReportOfTheRecommendationsIssuedInThePeriod()
    {
        // R-F1: KN-01 (issued 18/6/2025, due 18/7) carried out on 10/7; KN-02 (issued 25/7, due 25/8) never carried out.
        // On 31/12/2025: issued 2 = on time 1 + late 0 + overdue 1 + not yet due 0.
        var year = WorkStatistics.Compute(Data(), Commune, ReportingPeriod.Year(2025), Forms).FollowUp;
        Assert.Equal(AsOf, year.AsOf);
        Assert.Equal([RecommendationId.From("KN-01"), RecommendationId.From("KN-02")], year.Recommendations.Select(r => r.Id));
        Assert.Equal((1, 0, 1, 0, 0), (year.Count(DeadlineStatus.MetOnTime), year.Count(DeadlineStatus.MetLate), year.Count(DeadlineStatus.Overdue),
            year.Count(DeadlineStatus.NotDue), year.Count(DeadlineStatus.DueToday)));
        Assert.Equal(0, year.Count(DeadlineStatus.DueSoon)); // the statistics have no due-soon window

        // Read on 5/7, KN-01's completion on 10/7 is not yet known: it is not yet due (due 18/7), not carried out.
        var early = WorkStatistics.Compute(Data(), Commune, ReportingPeriod.Custom(new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 5)), Forms).FollowUp;
        Assert.Equal(new LocalDate(2025, 7, 5), early.AsOf);
        Assert.Equal(DeadlineStatus.NotDue, early.StatusOf(Assert.Single(early.Recommendations)));

        // Read on KN-02's due day, it is due today: not yet overdue.
        var dueDay = WorkStatistics.Compute(Data(), Commune, ReportingPeriod.Custom(new LocalDate(2025, 7, 20), new LocalDate(2025, 8, 25)), Forms).FollowUp;
        Assert.Equal(DeadlineStatus.DueToday, dueDay.StatusOf(Assert.Single(dueDay.Recommendations)));
    }

    [Fact]
    public void Statistics_DenunciationsImplementationPlansVettingAndInformation()
    {
        // R-D6, R-D8: one named denunciation, lodged over level; R-T7: cell 1's plan on time, cell 3's late;
        // R-S7: one vetting opinion; R-S6: one piece of information, from the residence committee.
        var stats = WorkStatistics.Compute(Data(), Commune, ReportingPeriod.Year(2025), Forms);
        Assert.Equal((1, 1), (stats.Denunciations.Received, stats.Denunciations.Named));
        Assert.Equal((1, 0), (stats.DenunciationsOverLevel, stats.DenunciationsProlonged));
        Assert.Equal((2, 1), (stats.ImplementationPlansDue, stats.ImplementationPlansOnTime));
        Assert.Equal(1, stats.VettingOpinions);
        Assert.Equal(1, Assert.Single(stats.InformationByChannel, p => p.Key == InformationChannel.ResidenceCommittee).Value);
    }

    [Fact]
    public void Coverage_IndicatorAndWarningName_TheSameUncoveredCell()
    {
        // R-I3, R-S5: cells 1 and 2 were covered by concluded cases; cell 3 was not. The indicator and the warning call one rule.
        var coverage = Evaluate("KL34-2025-04", ReportingPeriod.Term(2025, 2030));
        Assert.Equal((2L, 3L), (coverage.Numerator, coverage.Denominator));
        Assert.Equal("X.CB3", Assert.Single(coverage.Misses).UnitId);

        var monitor = DeadlineMonitor.Create(new FixedClock(AsOf.At(new LocalTime(9, 0)).InZoneLeniently(Hanoi).ToInstant()), Hanoi, WorkingCalendar.Default, RuleDuration.Of(5, RuleDurationUnit.WorkingDays));
        var context = EarlyWarningContext.FromRegister(CommuneYear.Register(), monitor, new LocalDate(2025, 1, 1), [Cell1, Cell2, Cell3]);
        var warning = Assert.Single(NotCoveredThisTermRule.Create(null).Evaluate(context));
        Assert.Equal("X.CB3", warning.SubjectId);
    }

    [Fact]
    public void Conclusions_OnTimeIndicatorAndOverdueWarning_ReadTheSameRecommendations()
    {
        // R-F1: KN-01 (due 18/7/2025) done on 10/7; KN-02 (due 25/8/2025, the 24th being a Sunday) not done: 1 of 2 on time,
        // and KN-02 is the one overdue conclusion on 31/12/2025.
        var onTime = Evaluate("KL34-2022-05", ReportingPeriod.Year(2025));
        Assert.Equal((1L, 2L), (onTime.Numerator, onTime.Denominator));

        var monitor = DeadlineMonitor.Create(new FixedClock(AsOf.At(new LocalTime(9, 0)).InZoneLeniently(Hanoi).ToInstant()), Hanoi, WorkingCalendar.Default, RuleDuration.Of(5, RuleDurationUnit.WorkingDays));
        var context = EarlyWarningContext.FromRegister(CommuneYear.Register(), monitor, new LocalDate(2025, 1, 1), []);
        var overdue = Assert.Single(OverdueConclusionsRule.Create(30).Evaluate(context));
        Assert.Contains("KN-02", overdue.Message.English, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2025, 8, 25), Assert.Single(KiemTra.Sdk.FollowUp.FollowUpReport.Of(CommuneYear.Register().Recommendations, monitor).ChaseList).Deadline.Due);
    }

    [Fact]
    public void OtherIndicators_CountTheRegistersFacts()
    {
        // KL34 target 1: the one directive was disseminated; KL34 target 3: the one staff member trained;
        // R-S2 (TN-CU-03, Thái Nguyên's pack): not applicable in 2025.
        var year = ReportingPeriod.Year(2025);
        Assert.Equal((1L, 1L), Counts(Evaluate("KL34-2022-01", year)));
        Assert.Equal((1L, 1L), Counts(Evaluate("KL34-2022-03", year)));
        // Thái Nguyên's targets are a province pack since issue 13 and apply from 2026: for 2025 they are not applicable (R-T6).
        Assert.Equal(IndicatorStatus.NotApplicable, Evaluator.Evaluate(KiemTra.Sdk.Tests.Indicators.ProvincePacks.ThaiNguyen["TN-CU-03"], Data(), Commune, year).Status);

        static (long, long) Counts(IndicatorResult r) => (r.Numerator, r.Denominator);
    }

    [Fact]
    public void Links_AreTyped_NotProse()
    {
        // R-S4, R-D1, R-F1: hand-over links both cases; the inspection links its decision; the conclusion links its recommendation.
        var register = CommuneYear.Register();
        var supervision = register.FindCase(CaseId.From("GS-01"))!;
        var inspection = register.FindCase(CaseId.From("KT-01"))!;
        Assert.Equal([CaseId.From("KT-01")], supervision.HandedOverTo);
        Assert.Equal(new CaseLink(CaseStep.HandOverForInspection, CaseId.From("GS-01"), "Dấu hiệu vi phạm trong quản lý quỹ thôn"), inspection.Origin);
        var outcome = Assert.Single(inspection.DisciplineOutcomes);
        Assert.True(outcome.Decided);
        Assert.Equal((DisciplineForm.Warning, "M-11", (DecisionId?)DecisionId.From("QD-01"), "08-QĐ/UBKT"), (outcome.Form, outcome.Subject.Id, outcome.DecisionId, outcome.Reference));
        Assert.Equal(CaseId.From("KT-01"), register.CaseOfDecision(DecisionId.From("QD-01")));
        Assert.Equal(DecisionId.From("QD-01"), Assert.Single(register.DecisionsOf(CaseId.From("KT-01"))).Id);
        Assert.Equal(RecommendationId.From("KN-01"), Assert.Single(register.RecommendationsOf(CaseId.From("KT-01"))).Id);
        Assert.Equal(CaseId.From("GS-01"), register.CarrierOf(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I1")));
        Assert.Null(register.CarrierOf(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I3")));
    }
}
