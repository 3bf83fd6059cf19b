using KiemTra.Cli.Commands;
using KiemTra.Sdk;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace KiemTra.Cli.Tests;

/// <summary>
/// <c>kiemtra warnings --year Y</c> is computed as the register stood at the end of Y (issue 15 item 9): a fact recorded in
/// 2026 does not change the warnings of 2025.
/// </summary>
public class WarningsAsOfTests
{
    private const string Recommendation = "KN-HS-TN.CA.G15-15151";

    [Fact]
    public void Warnings2025_DoNotCountACompletionRecordedIn2026()
    {
        // R-S5, R-F1 (hand-counted): the recommendation, due 01/08/2025 and not carried out in 2025, is 152 days overdue on
        // 31/12/2025 (30 days of August after the 1st + 30 + 31 + 30 + 31). Its completion on 02/03/2026 changes nothing for 2025.
        using var services = new ServiceCollection().AddSingleton<IClock>(new FixedClock(CliRunner.Now)).AddKiemTraSdk(_ => { }).BuildServiceProvider();
        CliSdk? sdk = null;
        var context = new CliContext(TextWriter.Null, TextWriter.Null, () => sdk!);
        sdk = new CliSdk(services, new HostDataFiles([], [], []), provincePacksLoaded: false);

        var work = SampleActivity.Work;
        Assert.Null(Assert.Single(work.Register.Recommendations, r => r.Id == RecommendationId.From(Recommendation)).CompletedOn);
        var (_, before) = WarningsCommand.Evaluate(context, 2025, work);
        var late = Assert.Single(before, f => f.Message.English.Contains(Recommendation, StringComparison.Ordinal));
        Assert.Contains("152 days overdue (due 2025-08-01)", late.Message.English, StringComparison.Ordinal);

        var planted = work with { Register = work.Register.ToBuilder().CompleteRecommendation(RecommendationId.From(Recommendation), new LocalDate(2026, 3, 2)).Build() };
        var (_, after) = WarningsCommand.Evaluate(context, 2025, planted);
        Assert.Equal(before.Select(f => f.ToString()), after.Select(f => f.ToString()));

        // The planted fact is real: seen in 2026 (on the sample's extraction date) the recommendation is no longer overdue.
        var (_, in2026) = WarningsCommand.Evaluate(context, 2026, planted);
        Assert.DoesNotContain(in2026, f => f.Message.English.Contains(Recommendation, StringComparison.Ordinal));
        Assert.Contains(WarningsCommand.Evaluate(context, 2026, work).Findings, f => f.Message.English.Contains(Recommendation, StringComparison.Ordinal));
    }
}
