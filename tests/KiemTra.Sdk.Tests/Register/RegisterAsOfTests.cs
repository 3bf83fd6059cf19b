using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.EarlyWarning;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Deadlines;
using NodaTime;
using static KiemTra.Sdk.Tests.Register.CommuneYear;

namespace KiemTra.Sdk.Tests.Register;

/// <summary>
/// Warnings over the register are computed as the register stood at the end of the monitor's day (issue 15 item 9):
/// the commune's 2025 register plus facts of 2026 gives the same warnings on 31/12/2025 as the 2025 register alone.
/// </summary>
public class RegisterAsOfTests
{
    private static readonly DateTimeZone Hanoi = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private static DeadlineMonitor SeenOn(LocalDate day)
        => DeadlineMonitor.Create(new FixedClock(day.At(new LocalTime(9, 0)).InZoneLeniently(Hanoi).ToInstant()), Hanoi, WorkingCalendar.Default, RuleDuration.Of(5, RuleDurationUnit.WorkingDays));

    /// <summary>The 2025 register and, in 2026: KN-02 carried out, a new recommendation KN-03 and the inspection KT-03 of cell 3.</summary>
    private static WorkRegister WithFactsOf2026() => CommuneYear.Register().ToBuilder()
        .CompleteRecommendation(RecommendationId.From("KN-02"), new LocalDate(2026, 2, 10))
        .AddRecommendation(KiemTra.Sdk.FollowUp.Recommendation.Create(RecommendationId.From("KN-03"), KiemTra.Sdk.FollowUp.RecommendationSource.PartyInspection, "02-TB/UBKT", Commune, "Khắc phục theo kết luận 02-TB/UBKT",
            new LocalDate(2026, 1, 15), DeadlineRule.Create("conclusion.time-limit", RuleDurationUnit.CalendarDays, 30, LocalizedText.Of("ngày ban hành kết luận", "issue of the conclusion"),
                KiemTra.Sdk.Rules.RuleCitation.Of(RuleSetId.From("TB-UBKT-2026"), "Thông báo kết luận của Ủy ban Kiểm tra", null, true)), DeadlineCalculator.Default))
        .Build();

    [Fact]
    public void OverdueConclusions_On31December2025_DoNotSeeA2026Completion()
    {
        // R-S5, R-F1 (hand-counted): KN-02 was due 25/8/2025 and not carried out in 2025: on 31/12/2025 it is the one overdue
        // conclusion, 128 days late (25/8 → 31/12), whether or not the register also holds its completion on 10/2/2026.
        var day = new LocalDate(2025, 12, 31);
        foreach (var register in new[] { CommuneYear.Register(), WithFactsOf2026() })
        {
            var context = EarlyWarningContext.FromRegister(register, SeenOn(day), new LocalDate(2025, 1, 1), []);
            var overdue = Assert.Single(OverdueConclusionsRule.Create(30).Evaluate(context));
            Assert.Contains("KN-02", overdue.Message.English, StringComparison.Ordinal);
            Assert.Contains("128 days overdue", overdue.Message.English, StringComparison.Ordinal);
            Assert.DoesNotContain(context.Recommendations, r => r.Id == RecommendationId.From("KN-03"));
        }
    }

    [Fact]
    public void ARecommendationCarriedOutAfterTheDay_KeepsItsRecovery_WhenSeenAsOpen()
    {
        // R-F2, R-S5: KN-02 orders 60,000,000 đồng recovered (15,000,000 so far) and is carried out on 10/2/2026; on
        // 31/12/2025 it is open and still orders that recovery.
        var register = WithFactsOf2026().ToBuilder().RecordRecovery(RecommendationId.From("KN-02"), 60_000_000, 15_000_000).Build();
        var context = EarlyWarningContext.FromRegister(register, SeenOn(new LocalDate(2025, 12, 31)), new LocalDate(2025, 1, 1), []);
        var seen = Assert.Single(context.Recommendations, r => r.Id == RecommendationId.From("KN-02"));
        Assert.Null(seen.CompletedOn);
        Assert.Equal(60_000_000L, seen.AmountToRecoverVnd);
        Assert.Equal(15_000_000L, seen.RecoveredVnd);
    }

    [Fact]
    public void OverdueConclusions_On30June2026_SeeTheCompletion()
    {
        // R-S5: seen after 10/2/2026, KN-02 is carried out (late, not overdue); KN-03 (issued 15/1/2026, 30 calendar days: due 14/2/2026) is overdue.
        var context = EarlyWarningContext.FromRegister(WithFactsOf2026(), SeenOn(new LocalDate(2026, 6, 30)), new LocalDate(2025, 1, 1), []);
        var overdue = Assert.Single(OverdueConclusionsRule.Create(30).Evaluate(context));
        Assert.Contains("KN-03", overdue.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Cases_Decisions_AndDenunciations_AfterTheDay_AreLeftOut()
    {
        // R-S5: on 31/5/2025 the commune had not opened KT-02 (2/6/2025), taken decision QD-01 (20/6/2025) or received
        // denunciation TC-01 (10/8/2025); the register holds all three.
        var register = CommuneYear.Register();
        Assert.Contains(register.Cases, c => c.Id == CaseId.From("KT-02"));
        Assert.Contains(register.Decisions, d => d.Id == DecisionId.From("QD-01"));
        Assert.Contains(register.Denunciations, d => d.Id == DenunciationId.From("TC-01"));

        var context = EarlyWarningContext.FromRegister(register, SeenOn(new LocalDate(2025, 5, 31)), new LocalDate(2025, 1, 1), []);
        Assert.DoesNotContain(context.Cases, c => c.Id == CaseId.From("KT-02"));
        Assert.Equal(register.Cases.Count - 1, context.Cases.Count);
        Assert.Empty(context.Decisions);
        Assert.Empty(context.Denunciations);
    }
}
