using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.EarlyWarning;
using KiemTra.Sdk.Tests.Organization;
using KiemTra.Sdk.Tests.Reporting;
using NodaTime;
using KiemTra.Sdk.Inspection;

namespace KiemTra.Sdk.Tests.Text;

/// <summary>
/// Every text the SDK produces is the same bytes whatever the process culture (issue 14 item 1): cultures with other
/// separators (de-DE), right-to-left marks and the Hijri calendar (ar-SA), the Buddhist calendar (th-TH), Persian
/// digits and calendar (fa-IR), Indian grouping (hi-IN), Vietnamese and the invariant culture.
/// </summary>
public class CultureInvarianceTests
{
    private static readonly string[] Cultures = ["vi-VN", "de-DE", "ar-SA", "th-TH", "fa-IR", "hi-IN", ""];

    [Fact]
    public void TheCulturesDiffer_SoTheComparisonsBelowMeanSomething()
    {
        // ICU is loaded: de-DE writes a decimal comma and th-TH counts years in the Buddhist era.
        Assert.Equal(",", new CultureInfo("de-DE").NumberFormat.NumberDecimalSeparator);
        Assert.IsType<ThaiBuddhistCalendar>(new CultureInfo("th-TH").Calendar);
    }

    [Fact]
    public void DeadlineExplanations_AreTheSameInEveryCulture()
    {
        // R-T2: 30 working days from 13/02/2026 (over Tết) explained with dates and skipped days.
        var rule = DeadlineRule.Create("p", RuleDurationUnit.WorkingDays, 30, LocalizedText.Of("ngày nhận đơn", "receipt"), RuleCitation.Of(RuleSetId.From("T"), "Thử", null, true));
        AssertSameEverywhere(() => Dump(DeadlineCalculator.Default.Calculate(rule, new LocalDate(2026, 2, 13))));
    }

    [Fact]
    public void AuthorityDecisions_AreTheSameInEveryCulture()
    {
        // R-H4: allowed and denied decisions, with the organisation's dates in their reasons.
        var dataset = HandBuiltProvince.Build();
        var rules = new AuthorityRules(dataset, RuleBook.BuiltIn);
        AssertSameEverywhere(() => Dump(new object[]
        {
            rules.WhoMay(ActivityKind.InspectionOnSignsOfViolation, OversightSubject.Of(MemberId.From("M0005")), HandBuiltProvince.Snapshot)
                .Select(body => rules.Decide(body, ActivityKind.InspectionOnSignsOfViolation, OversightSubject.Of(MemberId.From("M0005")), HandBuiltProvince.Snapshot)).ToArray(),
            rules.Decide(new ActingBody(OrganizationId.From("HB.P2"), BodyKind.StandingCommittee), ActivityKind.RegularSupervision, OversightSubject.Of(OrganizationId.From("HB.P2.CB1")), new LocalDate(2025, 3, 1)),
            rules.Decide(new ActingBody(OrganizationId.From("HB"), BodyKind.InspectionCommission), ActivityKind.ComplianceInspection, OversightSubject.Of(OrganizationId.From("HB.H1")), HandBuiltProvince.Snapshot),
        }));
    }

    [Fact]
    public void HierarchyFindings_AreTheSameInEveryCulture()
    {
        // R-H1..R-H6: every structural finding of the hand-built province.
        var dataset = HandBuiltProvince.Build();
        AssertSameEverywhere(() => Dump(HierarchyChecks.Run(dataset, RuleBook.BuiltIn, HandBuiltProvince.Snapshot)));
    }

    [Fact]
    public void EarlyWarnings_AreTheSameInEveryCulture()
    {
        // R-W1: the findings of the built-in early-warning rules.
        AssertSameEverywhere(() => Dump(EarlyWarningEngineTests.Engine().Evaluate(EarlyWarningEngineTests.Context())));
    }

    [Fact]
    public void IndicatorReports_AreTheSameInEveryWriterAndCulture()
    {
        // R-R2: console, HTML, JSON and CSV writers.
        var report = ReportFixtures.Sample(2025, ReportFixtures.Discipline);
        AssertSameEverywhere(() =>
        {
            var console = new StringWriter();
            ConsoleReportWriter.Write(report, console);
            return string.Join("\n---\n", console.ToString(), HtmlReportWriter.Write(report), JsonReportWriter.Write(report), Encoding.UTF8.GetString(CsvReportWriter.Write(report)));
        });
    }

    private static void AssertSameEverywhere(Func<string> render)
    {
        var expected = Under(CultureInfo.InvariantCulture, render);
        Assert.DoesNotContain('\u200F', expected);
        Assert.DoesNotContain('\u200E', expected);
        Assert.DoesNotContain('\u061C', expected);
        foreach (var name in Cultures)
        {
            var actual = Under(new CultureInfo(name), render);
            if (actual != expected)
            {
                var at = Enumerable.Range(0, Math.Min(actual.Length, expected.Length)).FirstOrDefault(i => actual[i] != expected[i]);
                Assert.Fail($"Under '{name}' the text differs at {at}: '{Excerpt(actual, at)}' instead of '{Excerpt(expected, at)}'.");
            }
        }
    }

    private static string Excerpt(string s, int at) => s.Substring(Math.Max(0, at - 40), Math.Min(80, s.Length - Math.Max(0, at - 40)));

    private static string Under(CultureInfo culture, Func<string> render)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = ui0;
        }
    }

    /// <summary>Every piece of text an object carries (strings, localized texts, ToString of its SDK values), depth-first.</summary>
    internal static string Dump(object? value)
    {
        var text = new StringBuilder();
        Walk(value, text, 0);
        return text.ToString();
    }

    private static void Walk(object? value, StringBuilder text, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                text.Append(s).Append('\n');
                return;
            case LocalizedText t:
                text.Append(t.Vietnamese).Append(" | ").Append(t.English).Append('\n');
                return;
            case IEnumerable items when depth < 6:
                foreach (var item in items)
                {
                    Walk(item, text, depth + 1);
                }

                return;
        }

        var type = value.GetType();
        if (depth >= 6 || type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("KiemTra", StringComparison.Ordinal) != true)
        {
            return;
        }

        text.Append(value.ToString()).Append('\n');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Walk(property.GetValue(value), text, depth + 1);
        }
    }
}
