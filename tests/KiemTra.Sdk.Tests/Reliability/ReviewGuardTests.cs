using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.EarlyWarning;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.FollowUp;
using KiemTra.Sdk.Tests.Deadlines;
using NodaTime;

namespace KiemTra.Sdk.Tests.Reliability;

/// <summary>Guards of the façades and factories reshaped in session 6: each bad argument is refused, named, with its value.</summary>
public class ReviewGuardTests
{
    private static readonly RuleCitation Notice = RuleCitation.Of(RuleSetId.From("TB-X"), "Thông báo minh họa", null, verified: false);
    private static readonly LocalizedText Reason = LocalizedText.Of("Làm bù", "Make-up day");

    [Fact]
    public void FollowUpReport_ARecommendationGivenTwice_IsRefusedNamingItsId()
    {
        // R-F1: a recommendation is counted once; a repeated one would count twice in the on-time share.
        var once = FollowUpReportTests.Recommendations();
        var ex = Assert.Throws<ArgumentException>(() => FollowUpReport.Of([.. once, once[0]], FollowUpReportTests.Monitor(FollowUpReportTests.Today)));
        Assert.Equal("recommendations", ex.ParamName);
        Assert.Contains("'R1'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeadlineMonitor_AnUnsetWindow_IsRefused_WhileNullMeansNoWarning()
    {
        // R-W5: default(RuleDuration) has no unit; it would silently never warn.
        var clock = new FixedClock(Instant.FromUtc(2026, 11, 2, 2, 0));
        var zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
        var ex = Assert.Throws<ArgumentException>(() => DeadlineMonitor.Create(clock, zone, WorkingCalendar.Default, default(RuleDuration)));
        Assert.Equal("window", ex.ParamName);
        Assert.Null(DeadlineMonitor.Create(clock, zone, WorkingCalendar.Default, null).Window);
    }

    [Fact]
    public void DayExplanation_AMakeUpSaturdayReplacingAWeekendDayOrItself_IsRefused()
    {
        // R-W3: a make-up Saturday replaces a weekday given off in exchange (10/1/2026 replaces Friday 2/1/2026).
        var saturday = new LocalDate(2026, 1, 10);
        Assert.Equal(new LocalDate(2026, 1, 2), DayExplanation.Create(saturday, DayKind.MakeUpWorkday, Reason, Notice, isProvisional: false, replaces: new LocalDate(2026, 1, 2)).Replaces);
        Assert.Equal("replaces", Assert.Throws<ArgumentException>(() => DayExplanation.Create(saturday, DayKind.MakeUpWorkday, Reason, Notice, false, replaces: new LocalDate(2026, 1, 4))).ParamName);
        Assert.Equal("replaces", Assert.Throws<ArgumentException>(() => DayExplanation.Create(saturday, DayKind.MakeUpWorkday, Reason, Notice, false, replaces: saturday)).ParamName);
    }

    [Fact]
    public void EarlyWarningBuiltInRules_OutOfRangeFigures_NameThisMethodsParameters()
    {
        var discipline = DisciplineRules.FromRules(RuleBook.BuiltIn, new LocalDate(2026, 1, 1));
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => EarlyWarningEngine.BuiltInRules(discipline, OversightCatalogs.BuiltIn, -1, 3, Period.FromMonths(12), Period.FromYears(2), null));
        var lone = Assert.Throws<ArgumentOutOfRangeException>(() => EarlyWarningEngine.BuiltInRules(discipline, OversightCatalogs.BuiltIn, 60, 1, Period.FromMonths(12), Period.FromYears(2), null));
        Assert.Equal("overdueEscalationDays", negative.ParamName);
        Assert.Equal("denunciationThreshold", lone.ParamName);
    }

    [Fact]
    public void ComplaintDeadlines_WithoutACalculator_AreRefused_NotCountedOnTheBuiltInCalendar()
    {
        // R-D5: the host's calendar counts the window; a missing one is an error, never a silent default.
        var rules = DisciplineRules.FromRules(RuleBook.BuiltIn, new LocalDate(2026, 3, 2));
        Assert.Equal("calculator", Assert.Throws<ArgumentNullException>(() => rules.ComplaintFilingDeadline(new LocalDate(2026, 3, 2), null!)).ParamName);
        Assert.Equal("calculator", Assert.Throws<ArgumentNullException>(() => rules.ComplaintResolutionDeadline(new LocalDate(2026, 3, 2), byCentralBody: false, null!)).ParamName);
    }
}
