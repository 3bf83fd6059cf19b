using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.Docs;

/// <summary>The snippets of docs/getting-started.md, compiled and run: the page cannot drift from the library.</summary>
public class GettingStartedTests
{
    [Fact]
    public void FirstDeadline_Snippet_Compiles_AndGivesTheDocumentedDate()
    {
        // R-W4 — the five lines of docs/getting-started.md, verbatim:
        var rule = DeadlineRule.Create("discipline-after-state-notice", RuleDurationUnit.WorkingDays, 30,
            LocalizedText.Of("ngày nhận thông báo của cơ quan nhà nước", "receipt of the state body's notice"),
            RuleCitation.Of(RecordId<RuleSet>.From("QD-22-2021"), "Quy định 22-QĐ/TW", "Điều 39", verified: true));
        Deadline deadline = DeadlineCalculator.Default.Calculate(rule, new LocalDate(2026, 2, 13));
        var line = $"{deadline.Due:uuuu-MM-dd}: {deadline.Explanation.Vietnamese}";

        Assert.StartsWith("2026-04-03: Thời hạn 30 ngày làm việc", line, StringComparison.Ordinal);
        Assert.False(deadline.IsProvisional);
        Assert.Equal(5, deadline.Skipped.Count(d => d.Kind == Calendar.DayKind.PublicHoliday));
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "getting-started.md"));
        Assert.Contains("Deadline deadline = DeadlineCalculator.Default.Calculate(rule, new LocalDate(2026, 2, 13));", page, StringComparison.Ordinal);
        Assert.Contains("// 2026-04-03:", page, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KiemTra.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"KiemTra.Sdk.sln not found above {AppContext.BaseDirectory}.");
    }
}
