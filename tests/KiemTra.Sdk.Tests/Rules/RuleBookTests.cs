using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Rules;

public class RuleBookTests
{
    private static readonly RuleBook Book = RuleBook.BuiltIn;

    [Fact]
    public void BuiltIn_HoldsEveryInstrumentOfTheBriefTable()
    {
        string[] expected =
        [
            "QD-22-2021", "QD-296-2025", "QD-21-2026", "QD-69-2022", "QD-264-2025", "QD-212-2026", "QD-37-2021", "QD-207-2026",
            "QD-24-2021", "QD-294-2025", "QD-208-2026", "KL-34-2022", "NQ-05-2026", "DIEU-LE-2011", "BLLD-2019", "BLDS-2015",
            "LTC-2018", "QD-188-1999-TTg",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), Book.RuleSets.Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LimitationReprimand_In2024_IsFiveYears_FromQd69Article4_Verified()
    {
        var answer = Book.Resolve("discipline.limitation.reprimand", new LocalDate(2024, 3, 1));
        Assert.Equal(RuleDuration.Of(5, RuleDurationUnit.Years), answer.Value.AsDuration());
        Assert.Equal("QD-69-2022", answer.Citation.RuleSetId);
        Assert.Equal("Quy định 69-QĐ/TW", answer.Citation.Instrument);
        Assert.Equal("Điều 4", answer.Citation.Article);
        Assert.True(answer.IsVerified);
        Assert.False(answer.IsCarriedOver);
    }

    [Fact]
    public void LimitationReprimand_In2025_AfterQd264Amendment_StillQd69_WithoutCaveat()
    {
        // QĐ 264 amends QĐ 69 but restates no entry in the data: QĐ 69 continues, no carry-over caveat.
        var answer = Book.Resolve("discipline.limitation.reprimand", new LocalDate(2025, 6, 1));
        Assert.Equal("QD-69-2022", answer.RuleSet.Id);
        Assert.True(answer.IsVerified);
    }

    [Fact]
    public void LimitationReprimand_ForAFactOfSeptember2026_CitesQd69_AndSaysQd212ContentsAreUnverified()
    {
        var answer = Book.Resolve("discipline.limitation.reprimand", new LocalDate(2026, 9, 15));
        Assert.Equal(RuleDuration.Of(5, RuleDurationUnit.Years), answer.Value.AsDuration());
        Assert.Equal("QD-69-2022", answer.Citation.RuleSetId);
        Assert.True(answer.IsCarriedOver);
        Assert.Equal("QD-212-2026", Assert.Single(answer.CarriedOverPast).Id);
        Assert.False(answer.IsVerified);
        Assert.False(answer.SupersessionLinksVerified);
        Assert.Contains("212-QĐ/TW", answer.Explanation.English, StringComparison.Ordinal);
        Assert.Contains("contents are unverified", answer.Explanation.English, StringComparison.Ordinal);
        Assert.Contains("chưa được kiểm chứng", answer.Explanation.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void LimitationReprimand_OnTheDayBeforeQd212_IsNotCarriedOver()
    {
        var answer = Book.Resolve("discipline.limitation.reprimand", new LocalDate(2026, 8, 16));
        Assert.False(answer.IsCarriedOver);
    }

    [Fact]
    public void CommissionSize_SelectsQd296FromItsEffectiveDate()
    {
        var province = Book.Resolve("commission.size.province", new LocalDate(2025, 10, 31));
        Assert.Equal(IntegerRange.Of(11, 13), province.Value.AsRange());
        Assert.Equal("QD-296-2025", province.RuleSet.Id);
        Assert.True(province.IsVerified);
        Assert.Equal(IntegerRange.Of(23, 25), Book.Resolve("commission.size.central", new LocalDate(2025, 10, 31)).Value.AsRange());
        Assert.Equal(IntegerRange.Of(3, 7), Book.Resolve("commission.size.commune", new LocalDate(2025, 10, 31)).Value.AsRange());
    }

    [Fact]
    public void CommissionSize_BeforeQd296_IsNotInForce_AndTheErrorNamesKeyAndDate()
    {
        var ex = Assert.Throws<RuleNotFoundException>(() => Book.Resolve("commission.size.province", new LocalDate(2025, 5, 29)));
        Assert.Equal(RuleNotFoundReason.NotYetInForce, ex.Reason);
        Assert.Equal("commission.size.province", ex.Key);
        Assert.Equal(new LocalDate(2025, 5, 29), ex.AsOf);
        Assert.Contains("2025-05-29", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKey_ThrowsNamingKeyAndDate()
    {
        var ex = Assert.Throws<RuleNotFoundException>(() => Book.Resolve("no.such.rule", new LocalDate(2025, 1, 1)));
        Assert.Equal(RuleNotFoundReason.UnknownKey, ex.Reason);
        Assert.Contains("no.such.rule", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2025-01-01", ex.Message, StringComparison.Ordinal);
        Assert.False(Book.TryResolve("no.such.rule", new LocalDate(2025, 1, 1), out _, out var failure));
        Assert.Equal("no.such.rule", failure.Key);
    }

    [Fact]
    public void AuthorityTable_In2024_ComesFromQd22_Unverified_ThenQd296_Verified()
    {
        var before = Book.Resolve("authority.inspection-on-signs-of-violation.bodies", new LocalDate(2024, 1, 10));
        Assert.Equal("QD-22-2021", before.RuleSet.Id);
        Assert.False(before.IsVerified);
        var after = Book.Resolve("authority.inspection-on-signs-of-violation.bodies", new LocalDate(2025, 5, 30));
        Assert.Equal("QD-296-2025", after.RuleSet.Id);
        Assert.True(after.IsVerified);
        Assert.DoesNotContain("advisory-agency", after.Value.AsCodes());
    }

    [Fact]
    public void AuthorityTable_AfterQd21_IsCarriedOverFromQd296_WithTheUnverifiedSupersessionNamed()
    {
        var answer = Book.Resolve("authority.complaint-resolution.bodies", new LocalDate(2026, 5, 4));
        Assert.Equal("QD-296-2025", answer.RuleSet.Id);
        Assert.Equal("QD-21-2026", Assert.Single(answer.CarriedOverPast).Id);
        Assert.False(answer.SupersessionLinksVerified);
        Assert.Contains("replaces its predecessor is unverified", answer.Explanation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void FullTimeDeputyChair_Seed001CitingQd22_IsCarriedOverPastQd296_AndFlagged()
    {
        // R-H5: the rule is stated in seed 001 citing QĐ 22; it is not restated by QĐ 296.
        var answer = Book.Resolve("commission.full-time-deputy.min-members", new LocalDate(2025, 10, 31));
        Assert.Equal(300, answer.Value.AsInteger());
        Assert.Equal("QD-22-2021", answer.Citation.RuleSetId);
        Assert.True(answer.Citation.Verified);
        Assert.Equal("QD-296-2025", Assert.Single(answer.CarriedOverPast).Id);
        Assert.False(answer.IsVerified);
    }

    [Fact]
    public void UnverifiedEntries_AreMarked_AndSaySoInTheExplanation()
    {
        var suspension = Book.Resolve("suspension.duration", new LocalDate(2026, 6, 1));
        Assert.Equal(RuleDuration.Of(90, RuleDurationUnit.Days), suspension.Value.AsDuration());
        Assert.False(suspension.Citation.Verified);
        Assert.False(suspension.IsVerified);
        Assert.Contains("unverified", suspension.Explanation.English, StringComparison.Ordinal);
        Assert.Contains("(chưa kiểm chứng / unverified)", suspension.Citation.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deadline.notify-detention", 3, RuleDurationUnit.Days)]
    [InlineData("deadline.notify-state-discipline", 5, RuleDurationUnit.Days)]
    [InlineData("deadline.consider-party-discipline", 30, RuleDurationUnit.WorkingDays)]
    [InlineData("deadline.consider-state-discipline", 30, RuleDurationUnit.WorkingDays)]
    public void SeedTimeLimits_HaveExplicitUnits(string key, int amount, RuleDurationUnit unit)
    {
        // R-W1, R-D4: seed 001 §2.2(4) i1, i3, i4.
        var answer = Book.Resolve(key, new LocalDate(2025, 10, 1));
        Assert.Equal(RuleDuration.Of(amount, unit), answer.Value.AsDuration());
        Assert.True(answer.IsVerified);
        Assert.StartsWith("Seed 001 §2.2(4)", answer.Citation.Article, StringComparison.Ordinal);
    }

    [Fact]
    public void DisciplineForms_AreOrderedLightestToHeaviest()
    {
        // R-D1
        var date = new LocalDate(2025, 10, 1);
        Assert.Equal(["reprimand", "warning", "dissolution"], Book.Resolve("discipline.forms.organization", date).Value.AsCodes().ToArray());
        Assert.Equal(["reprimand", "warning", "removal-from-post", "expulsion"], Book.Resolve("discipline.forms.full-member", date).Value.AsCodes().ToArray());
        Assert.Equal(["reprimand", "warning"], Book.Resolve("discipline.forms.probationary-member", date).Value.AsCodes().ToArray());
    }

    [Fact]
    public void WithRuleSets_HostSuppliesQd212Entries_ThenAnswersCiteQd212()
    {
        var successor = RuleSet.Create(
                "QD-212-2026",
                "212-QĐ/TW",
                LocalizedText.Of("Quy định về kỷ luật (2026)", "Discipline regulation (2026)"),
                "Bộ Chính trị",
                new LocalDate(2026, 8, 17),
                new LocalDate(2026, 8, 17),
                verified: true,
                "Host-confirmed text.",
                [RuleEntry.Create("discipline.limitation.reprimand", RuleValue.OfDuration(RuleDuration.Of(5, RuleDurationUnit.Years)), "Điều 5", verified: true)]);
        var book = Book.WithRuleSets([successor]);
        var answer = book.Resolve("discipline.limitation.reprimand", new LocalDate(2026, 9, 15));
        Assert.Equal("QD-212-2026", answer.Citation.RuleSetId);
        Assert.True(answer.IsVerified);
        Assert.Equal(Book.RuleSets.Length, book.RuleSets.Length);

        // Keys QĐ 212 does not restate are still carried over from QĐ 69, now flagged as not restated.
        var lapse = book.Resolve("discipline.lapse", new LocalDate(2026, 9, 15));
        Assert.Equal("QD-69-2022", lapse.RuleSet.Id);
        Assert.Contains("does not restate", lapse.Explanation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void RepealedEntry_ThrowsWithReasonRepealed()
    {
        var repeal = RuleSet.Create(
            "QD-212-2026",
            "212-QĐ/TW",
            LocalizedText.Of("Quy định về kỷ luật (2026)", "Discipline regulation (2026)"),
            "Bộ Chính trị",
            new LocalDate(2026, 8, 17),
            new LocalDate(2026, 8, 17),
            verified: true,
            "Host-confirmed text.",
            [RuleEntry.Create("discipline.deferral.grounds", RuleValue.Repealed, null, verified: true)]);
        var book = Book.WithRuleSets([repeal]);
        var ex = Assert.Throws<RuleNotFoundException>(() => book.Resolve("discipline.deferral.grounds", new LocalDate(2026, 10, 1)));
        Assert.Equal(RuleNotFoundReason.Repealed, ex.Reason);
        Assert.Equal(new LocalDate(2026, 10, 1), ex.AsOf);
        Assert.Equal(RuleValueKind.Codes, book.Resolve("discipline.deferral.grounds", new LocalDate(2026, 8, 16)).Value.Kind);
    }

    [Fact]
    public void Create_DanglingSupersessionId_ThrowsNamingPathAndValue()
    {
        var orphan = Book.GetRuleSet("QD-37-2021").WithSupersession("QD-999-2030", null, verified: false);
        var ex = Assert.Throws<RuleSetFormatException>(() => RuleBook.Create([orphan]));
        Assert.Equal("/supersededBy", ex.Path);
        Assert.Equal("QD-999-2030", ex.Value);
    }

    [Fact]
    public void Create_SameKeyInUnlinkedSets_ThrowsNamingTheKey()
    {
        var stray = RuleSet.Create(
            "PROVINCE-RULES",
            "01-QĐ/TU",
            LocalizedText.Of("Quy định của Tỉnh ủy", "Provincial rules"),
            "Tỉnh ủy",
            new LocalDate(2025, 1, 1),
            new LocalDate(2025, 1, 1),
            verified: true,
            "Host data.",
            [RuleEntry.Create("cell.min-full-members", RuleValue.OfInteger(5), null, verified: true)]);
        var ex = Assert.Throws<RuleSetFormatException>(() => Book.WithRuleSets([stray]));
        Assert.Equal("cell.min-full-members", ex.Value);
        Assert.Equal("/entries/0/key", ex.Path);
    }

    [Fact]
    public void Create_SupersessionCycle_Throws()
    {
        var a = Book.GetRuleSet("QD-37-2021");
        var b = Book.GetRuleSet("QD-207-2026").WithSupersession("QD-37-2021", null, verified: true);
        Assert.Throws<RuleSetFormatException>(() => RuleBook.Create([a, b]));
    }

    [Fact]
    public void EveryUnverifiedBriefRule_ShipsAsUnverified()
    {
        // Brief: anything marked [unverified] ships with "verified": false.
        string[] unverified =
        [
            "supervision.thematic.cell.members-over", "discipline.complaint.filing-window.working-days",
            "discipline.complaint.resolution.province-and-below", "discipline.complaint.resolution.central",
            "denunciation.resolution", "denunciation.resolution.extension", "suspension.duration", "suspension.extension",
            "discipline.deferral.grounds",
        ];
        foreach (var key in unverified)
        {
            Assert.False(Book.Resolve(key, new LocalDate(2026, 5, 1)).Citation.Verified, key);
        }
    }
}
