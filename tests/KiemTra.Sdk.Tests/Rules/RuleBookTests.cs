using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
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
            // 2026-12 update (issue 13 item 4): guides, the April 2026 charter regulation, KL 43 and the provincial programme.
            "HD-08-TW-2025", "HD-17-UBKTTW-2025", "HD-08-UBKTTW-2020", "KL-43-2026", "QD-20-2026", "CTHD-KL34-QN-2022",
        ];
        Assert.Equal(expected.Select(RuleSetId.From).Order(), Book.RuleSets.Select(s => s.Id).Order());
    }

    [Fact]
    public void LimitationReprimand_In2024_IsFiveYears_FromQd69Article4_Verified()
    {
        var answer = Book.Resolve("discipline.limitation.reprimand", new LocalDate(2024, 3, 1));
        Assert.Equal(RuleDuration.Of(5, RuleDurationUnit.Years), answer.Value.AsDuration());
        Assert.Equal(RuleSetId.From("QD-69-2022"), answer.Citation.RuleSetId);
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
        Assert.Equal(RuleSetId.From("QD-69-2022"), answer.RuleSet.Id);
        Assert.True(answer.IsVerified);
    }

    [Fact]
    public void LimitationReprimand_ForAFactOfSeptember2026_CitesQd69_AndSaysQd212ContentsAreUnverified()
    {
        var answer = Book.Resolve("discipline.limitation.reprimand", new LocalDate(2026, 9, 15));
        Assert.Equal(RuleDuration.Of(5, RuleDurationUnit.Years), answer.Value.AsDuration());
        Assert.Equal(RuleSetId.From("QD-69-2022"), answer.Citation.RuleSetId);
        Assert.True(answer.IsCarriedOver);
        Assert.Equal(RuleSetId.From("QD-212-2026"), Assert.Single(answer.CarriedOverPast).Id);
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
        Assert.Equal((11, 13), province.Value.AsRange());
        Assert.Equal(RuleSetId.From("QD-296-2025"), province.RuleSet.Id);
        Assert.True(province.IsVerified);
        Assert.Equal((23, 25), Book.Resolve("commission.size.central", new LocalDate(2025, 10, 31)).Value.AsRange());
        Assert.Equal((3, 7), Book.Resolve("commission.size.commune", new LocalDate(2025, 10, 31)).Value.AsRange());
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
        Assert.Equal(RuleSetId.From("QD-22-2021"), before.RuleSet.Id);
        Assert.False(before.IsVerified);
        var after = Book.Resolve("authority.inspection-on-signs-of-violation.bodies", new LocalDate(2025, 5, 30));
        Assert.Equal(RuleSetId.From("QD-296-2025"), after.RuleSet.Id);
        Assert.True(after.IsVerified);
        Assert.DoesNotContain("advisory-agency", after.Value.AsCodes());
    }

    [Fact]
    public void AuthorityTable_AfterQd21_IsCarriedOverFromQd296_WithTheUnverifiedSupersessionNamed()
    {
        var answer = Book.Resolve("authority.complaint-resolution.bodies", new LocalDate(2026, 5, 4));
        Assert.Equal(RuleSetId.From("QD-296-2025"), answer.RuleSet.Id);
        Assert.Equal(RuleSetId.From("QD-21-2026"), Assert.Single(answer.CarriedOverPast).Id);
        Assert.False(answer.SupersessionLinksVerified);
        Assert.Contains("replaces its predecessor is unverified", answer.Explanation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void FullTimeDeputyChair_ComesFromHd08Ubkttw2020PartI18_Unverified_WithTheThresholdAsData()
    {
        // R-H5: the source is Hướng dẫn 08-HD/UBKTTW (14/2/2020), Part I §1.8, not QĐ 22; its current status is
        // unverified. The 300-member threshold is data, and the reading of the ambiguous sentence is stated.
        var threshold = Book.Resolve("commission.full-time-deputy.min-members", new LocalDate(2025, 10, 31));
        Assert.Equal(300, threshold.Value.AsInteger());
        Assert.Equal(RuleSetId.From("HD-08-UBKTTW-2020"), threshold.Citation.RuleSetId);
        Assert.Equal("Hướng dẫn 08-HD/UBKTTW", threshold.Citation.Instrument);
        Assert.Equal("Phần I, mục 1.8", threshold.Citation.Article);
        Assert.False(threshold.IsVerified);
        Assert.Empty(threshold.CarriedOverPast);
        Assert.Contains("Ambiguous", threshold.Entry.Note, StringComparison.Ordinal);
        Assert.Equal(["agency", "enterprise"], Book.Resolve("commission.full-time-deputy.min-members.applies-to", new LocalDate(2026, 9, 1)).Value.AsCodes().ToArray());
        Assert.True(Book.Resolve("commission.full-time-deputy.commune-ward", new LocalDate(2026, 9, 1)).Value.AsBoolean());
        Assert.DoesNotContain(Book.GetRuleSet(RuleSetId.From("QD-22-2021")).Entries, e => e.Key.StartsWith("commission.full-time-deputy", StringComparison.Ordinal));
    }

    [Fact]
    public void Qd21_2026_Suspension90DaysOneExtensionOf30_AndDecisionsEffectiveOnSigningExceptACells_AllUnverified()
    {
        // R-D3 (brief 2026-12 update, medium confidence): QĐ 21-QĐ/TW (11/4/2026).
        var date = new LocalDate(2026, 9, 1);
        Assert.Equal(RuleDuration.Of(90, RuleDurationUnit.CalendarDays), Book.Resolve("suspension.duration", date).Value.AsDuration());
        Assert.Equal(RuleDuration.Of(30, RuleDurationUnit.CalendarDays), Book.Resolve("suspension.extension", date).Value.AsDuration());
        Assert.Equal(1, Book.Resolve("suspension.extension.max-count", date).Value.AsInteger());
        Assert.True(Book.Resolve("discipline.decision.effective-on-signing", date).Value.AsBoolean());
        Assert.Equal(["cell"], Book.Resolve("discipline.decision.effective-on-signing.except-deciding-bodies", date).Value.AsCodes().ToArray());
        var set = Book.GetRuleSet(RuleSetId.From("QD-21-2026"));
        Assert.False(set.Verified);
        Assert.All(set.Entries, e => Assert.False(e.Verified));
        Assert.All(new[] { "suspension.duration", "discipline.decision.effective-on-signing" }, k => Assert.Equal(RuleSetId.From("QD-21-2026"), Book.Resolve(k, date).RuleSet.Id));

        // Before QĐ 21: QĐ 22's 90 days, unverified, carried past QĐ 296.
        var before = Book.Resolve("suspension.duration", new LocalDate(2025, 10, 1));
        Assert.Equal(RuleSetId.From("QD-22-2021"), before.RuleSet.Id);
        Assert.False(before.IsVerified);
    }

    [Fact]
    public void ThematicSupervisionByCells_ComesFromHd08Tw2025_GuidingQd296()
    {
        // R-S1 (brief §4, HD 08-HD/TW 10/6/2025 II.3.2, medium-high): a cell with a cell committee, or with more than 30
        // members who work dispersed or with many party groups.
        var date = new LocalDate(2025, 10, 1);
        var over = Book.Resolve("supervision.thematic.cell.members-over", date);
        Assert.Equal(30, over.Value.AsInteger());
        Assert.Equal(RuleSetId.From("HD-08-TW-2025"), over.RuleSet.Id);
        Assert.Equal("Hướng dẫn 08-HD/TW, Mục II.3.2 (chưa kiểm chứng / unverified)", over.Citation.ToString());
        Assert.Equal(["members-working-dispersed", "many-party-groups"], Book.Resolve("supervision.thematic.cell.members-over.also-requires-one-of", date).Value.AsCodes().ToArray());
        Assert.True(Book.Resolve("supervision.thematic.cell.with-cell-committee", date).Value.AsBoolean());
        Assert.Equal(RuleSetId.From("QD-296-2025"), Book.GetRuleSet(RuleSetId.From("HD-08-TW-2025")).Amends);
        Assert.DoesNotContain(Book.GetRuleSet(RuleSetId.From("QD-296-2025")).Entries, e => e.Key.StartsWith("supervision.thematic.cell.", StringComparison.Ordinal));
    }

    [Fact]
    public void CommuneInspectionCommissions_Hd17Ubkttw2025_3To7FullTime_1To2Deputies_Unmerged3To5_Merged5To7()
    {
        // R-H3 (HD 17-HD/UBKTTW 6/6/2025, official news, high; text not read: unverified).
        var date = new LocalDate(2025, 9, 1);
        Assert.Equal((1, 2), Book.Resolve("commission.deputies.commune", date).Value.AsRange());
        Assert.Equal((3, 5), Book.Resolve("commission.size.commune.unmerged", date).Value.AsRange());
        Assert.Equal((5, 7), Book.Resolve("commission.size.commune.merged", date).Value.AsRange());
        Assert.True(Book.Resolve("commission.commune.full-time", date).Value.AsBoolean());
        Assert.Equal((3, 7), Book.Resolve("commission.size.commune", date).Value.AsRange());
        Assert.All(Book.GetRuleSet(RuleSetId.From("HD-17-UBKTTW-2025")).Entries, e => Assert.False(e.Verified));
        Assert.Equal("Hướng dẫn 17-HD/UBKTTW", Book.GetRuleSet(RuleSetId.From("HD-17-UBKTTW-2025")).InstrumentName);
    }

    [Fact]
    public void CharterRegulations_Qd294_ThenQd20_April2026_ThenQd208_July2026_LinksUnverified()
    {
        // Brief 2026-12 update: QĐ 208 replaces QĐ 20-QĐ/TW (8/4/2026), which replaced QĐ 294 [secondary, medium].
        var qd294 = Book.GetRuleSet(RuleSetId.From("QD-294-2025"));
        Assert.Equal(RuleSetId.From("QD-20-2026"), qd294.SupersededBy);
        Assert.Equal(new LocalDate(2026, 4, 8), qd294.SupersededOn);
        Assert.False(qd294.SupersessionVerified);
        var qd20 = Book.GetRuleSet(RuleSetId.From("QD-20-2026"));
        Assert.Equal(RuleSetId.From("QD-208-2026"), qd20.SupersededBy);
        Assert.Equal(new LocalDate(2026, 7, 26), qd20.SupersededOn);
        Assert.False(qd20.Verified);
        Assert.False(Book.GetRuleSet(RuleSetId.From("QD-208-2026")).Verified);
        Assert.False(Book.GetRuleSet(RuleSetId.From("QD-207-2026")).Verified);
    }

    [Fact]
    public void Kl43_2026_IsAnInstrument_ContinuingKl34()
    {
        // Brief 2026-12 update: KL 43-KL/TW (04/6/2026), Bộ Chính trị, named in seed 000's title.
        var kl43 = Book.GetRuleSet(RuleSetId.From("KL-43-2026"));
        Assert.Equal("Kết luận 43-KL/TW", kl43.InstrumentName);
        Assert.Equal(new LocalDate(2026, 6, 4), kl43.IssuedOn);
        Assert.Equal("Bộ Chính trị", kl43.Issuer);
        Assert.Contains("34-KL/TW", kl43.Title.Vietnamese, StringComparison.Ordinal);
        Assert.Empty(kl43.Entries);
    }

    [Fact]
    public void NoShippedRuleSet_NamesASeedOrARequirementId()
    {
        // House rule: no "seed 00x" and no requirement id in shipped data.
        foreach (var set in Book.RuleSets)
        {
            var texts = new[] { set.Source, set.Instrument, set.Title.Vietnamese, set.Title.English }
                .Concat(set.Entries.SelectMany(e => new[] { e.Note ?? string.Empty, e.Article ?? string.Empty }));
            Assert.All(texts, t =>
            {
                Assert.DoesNotMatch(@"(?i)seeds? ?0\d\d", t);
                Assert.DoesNotMatch(@"\bR-[A-Z]{1,2}\d", t);
            });
        }
    }

    [Fact]
    public void UnverifiedEntries_AreMarked_AndSaySoInTheExplanation()
    {
        var suspension = Book.Resolve("suspension.duration", new LocalDate(2026, 6, 1));
        Assert.Equal(RuleDuration.Of(90, RuleDurationUnit.CalendarDays), suspension.Value.AsDuration());
        Assert.False(suspension.Citation.Verified);
        Assert.False(suspension.IsVerified);
        Assert.Contains("unverified", suspension.Explanation.English, StringComparison.Ordinal);
        Assert.Contains("(chưa kiểm chứng / unverified)", suspension.Citation.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deadline.notify-detention", 3, RuleDurationUnit.CalendarDays, "QD-22-2021", "Quy định 22-QĐ/TW", "Điều 31, khoản 3")]
    [InlineData("deadline.notify-state-discipline", 5, RuleDurationUnit.CalendarDays, "QD-296-2025", "Quy định 296-QĐ/TW", "Điều 8, khoản 5")]
    [InlineData("deadline.consider-party-discipline", 30, RuleDurationUnit.WorkingDays, "CTHD-KL34-QN-2022", "Chương trình hành động của Tỉnh ủy Quảng Ninh thực hiện Kết luận số 34-KL/TW", "Mục III.2.2 (4), ý 3")]
    [InlineData("deadline.consider-state-discipline", 30, RuleDurationUnit.WorkingDays, "CTHD-KL34-QN-2022", "Chương trình hành động của Tỉnh ủy Quảng Ninh thực hiện Kết luận số 34-KL/TW", "Mục III.2.2 (4), ý 4")]
    public void SynchronizedTimeLimits_HaveExplicitUnits_AndCiteTheirRealSources(string key, int amount, RuleDurationUnit unit, string ruleSet, string instrument, string article)
    {
        // R-W1, R-D4 (brief §7 and its 2026-12 update): 3 days — QĐ 22 Art. 31(3); 5 days — QĐ 296 Art. 8 item 5; the two
        // 30-working-day limits only in Quảng Ninh's programme implementing KL 34 (unverified). None cites KL 34.
        var answer = Book.Resolve(key, new LocalDate(2025, 10, 1));
        Assert.Equal(RuleDuration.Of(amount, unit), answer.Value.AsDuration());
        Assert.Equal(RuleSetId.From(ruleSet), answer.Citation.RuleSetId);
        Assert.Equal(instrument, answer.Citation.Instrument);
        Assert.Equal(article, answer.Citation.Article);
        Assert.DoesNotContain("Seed", answer.Citation.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ruleSet == "QD-296-2025", answer.IsVerified); // 3 days is carried over past QĐ 296 (flagged); 30 days unverified
        Assert.Equal(ruleSet != "CTHD-KL34-QN-2022", answer.Citation.Verified);
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
                RuleSetId.From("QD-212-2026"),
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
        Assert.Equal(RuleSetId.From("QD-212-2026"), answer.Citation.RuleSetId);
        Assert.True(answer.IsVerified);
        Assert.Equal(Book.RuleSets.Length, book.RuleSets.Length);

        // Keys QĐ 212 does not restate are still carried over from QĐ 69, now flagged as not restated.
        var lapse = book.Resolve("discipline.lapse", new LocalDate(2026, 9, 15));
        Assert.Equal(RuleSetId.From("QD-69-2022"), lapse.RuleSet.Id);
        Assert.Contains("does not restate", lapse.Explanation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void RepealedEntry_ThrowsWithReasonRepealed()
    {
        var repeal = RuleSet.Create(
            RuleSetId.From("QD-212-2026"),
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
        Assert.True(book.Resolve("discipline.deferral.grounds", new LocalDate(2026, 8, 16)).Value.TryGetCodes(out var grounds));
        Assert.NotEmpty(grounds);
    }

    [Fact]
    public void Create_DanglingSupersessionId_ThrowsNamingPathAndValue()
    {
        var orphan = Book.GetRuleSet(RuleSetId.From("QD-37-2021")).WithSupersession(RuleSetId.From("QD-999-2030"), null, verified: false);
        var ex = Assert.Throws<DataFormatException>(() => RuleBook.Create([orphan]));
        Assert.Equal("/supersededBy", ex.Path);
        Assert.Equal("QD-999-2030", ex.Value);
    }

    [Fact]
    public void Create_SameKeyInUnlinkedSets_ThrowsNamingTheKey()
    {
        var stray = RuleSet.Create(
            RuleSetId.From("PROVINCE-RULES"),
            "01-QĐ/TU",
            LocalizedText.Of("Quy định của Tỉnh ủy", "Provincial rules"),
            "Tỉnh ủy",
            new LocalDate(2025, 1, 1),
            new LocalDate(2025, 1, 1),
            verified: true,
            "Host data.",
            [RuleEntry.Create("cell.min-full-members", RuleValue.OfInteger(5), null, verified: true)]);
        var ex = Assert.Throws<DataFormatException>(() => Book.WithRuleSets([stray]));
        Assert.Equal("cell.min-full-members", ex.Value);
        Assert.Equal("/entries/0/key", ex.Path);
    }

    [Fact]
    public void Create_SupersessionCycle_Throws()
    {
        var a = Book.GetRuleSet(RuleSetId.From("QD-37-2021"));
        var b = Book.GetRuleSet(RuleSetId.From("QD-207-2026")).WithSupersession(RuleSetId.From("QD-37-2021"), null, verified: true);
        Assert.Throws<DataFormatException>(() => RuleBook.Create([a, b]));
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
