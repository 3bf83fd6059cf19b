using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Rules;

public class RuleCitationTests
{
    private static readonly RuleCitation Typed = RuleCitation.Of(RuleSetId.From("CLI"), LocalizedText.Of("thời hạn nhập tại dòng lệnh", "the limit given on the command line"), null, verified: true);

    [Fact]
    public void SourceWithTwoTitles_CitesEachTitleInItsOwnLanguage()
    {
        // R-R4 (issue 14): Vietnamese text is Vietnamese and English text is English.
        Assert.Equal("thời hạn nhập tại dòng lệnh", Typed.Text.Vietnamese);
        Assert.Equal("the limit given on the command line", Typed.Text.English);
        Assert.Equal("thời hạn nhập tại dòng lệnh / the limit given on the command line", Typed.ToString());
    }

    [Fact]
    public void NamedInstrument_IsCitedAsWrittenInBothLanguages()
    {
        // R-R4: an instrument's Vietnamese name is its name in English text too.
        var citation = RuleCitation.Of(RuleSetId.From("QD-22-2021"), "Quy định 22-QĐ/TW", "Điều 39", verified: false);
        Assert.Null(citation.EnglishInstrument);
        Assert.Equal("Quy định 22-QĐ/TW, Điều 39 (chưa kiểm chứng / unverified)", citation.Text.Vietnamese);
        Assert.Equal("Quy định 22-QĐ/TW, Điều 39 (chưa kiểm chứng / unverified)", citation.Text.English);
        Assert.Equal(citation.Text.Vietnamese, citation.ToString());
    }

    [Fact]
    public void DeadlineExplanation_CitesTheTypedLimit_WithoutMixingLanguages()
    {
        // R-W4, R-R4: the explanation names the source in each language (the due date is tested in DeadlineCalculatorTests).
        var rule = DeadlineRule.Create("typed", RuleDurationUnit.WorkingDays, 30, LocalizedText.Of("ngày xảy ra sự kiện", "the event"), Typed);
        var deadline = DeadlineCalculator.Default.Calculate(rule, new LocalDate(2026, 2, 13));
        Assert.StartsWith("Thời hạn 30 ngày làm việc kể từ ngày xảy ra sự kiện (13/02/2026), theo thời hạn nhập tại dòng lệnh; ", deadline.Explanation.Vietnamese, StringComparison.Ordinal);
        Assert.StartsWith("30 working days from the event (2026-02-13) under the limit given on the command line; ", deadline.Explanation.English, StringComparison.Ordinal);
        Assert.DoesNotContain("command line", deadline.Explanation.Vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("dòng lệnh", deadline.Explanation.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_WithTitles_RejectsEmptyRuleSetId()
        => Assert.Throws<ArgumentException>(() => RuleCitation.Of(RuleSetId.From(" "), LocalizedText.Of("a", "b"), null, verified: true));
}
