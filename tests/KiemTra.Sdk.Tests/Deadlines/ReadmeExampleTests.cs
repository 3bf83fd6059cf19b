using KiemTra.Sdk;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Deadlines;

/// <summary>The README's "first deadline" snippet, kept compiling and correct.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeFirstDeadline_SkipsTet2026_DueOnThirdOfApril()
    {
        // R-W1, R-W4 (the snippet in README.md; keep both in step)
        var rule = DeadlineRule.Create("consider-party-discipline", RuleDurationUnit.WorkingDays, 30,
            LocalizedText.Of("nhận được thông báo", "notice received"), RuleCitation.Of(RecordId<RuleSet>.From("KL-34-2022"), "Kết luận 34-KL/TW", null, verified: true));
        var deadline = DeadlineCalculator.Default.Calculate(rule, new LocalDate(2026, 2, 13));
        Assert.Equal(new LocalDate(2026, 4, 3), deadline.Due);
    }
}
