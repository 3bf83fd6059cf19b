using System.Collections.Immutable;
using System.Text;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Tests.Indicators;

namespace KiemTra.Sdk.Tests.Reporting;

using SampleProvince = KiemTra.Sdk.Tests.Indicators.SampleProvince;

public class ProtectedDataTests
{
    private const string PlantedName = "Nguyễn Thị Mật Báo Zyx";

    [Fact]
    public void PublishedReports_FromDenunciationAndDisciplineData_NeverContainTheInformant()
    {
        // R-R3, R-D6, R-D7: a named denunciation (informant name, address and contact planted) leads to discipline decisions;
        // the report takes the discipline statistics of the period, and no output contains any of the informant's data.
        var letter = Denunciations.DenunciationFixtures.Named("TC-777", "M-777");
        var decisions = new[]
        {
            Discipline.DisciplineFixtures.MemberDecision("D-777", KiemTra.Sdk.Discipline.DisciplineForm.Warning, new NodaTime.LocalDate(2026, 5, 4), violation: letter.Id.Value),
            Discipline.DisciplineFixtures.MemberDecision("D-778", KiemTra.Sdk.Discipline.DisciplineForm.Reprimand, new NodaTime.LocalDate(2026, 6, 1)),
            Discipline.DisciplineFixtures.OrganizationDecision("779", KiemTra.Sdk.Discipline.DisciplineForm.Reprimand, new NodaTime.LocalDate(2026, 7, 1)),
        };
        var statistics = KiemTra.Sdk.Discipline.DisciplineStatistics.Compute(decisions, new NodaTime.LocalDate(2026, 1, 1), new NodaTime.LocalDate(2026, 12, 31), Discipline.DisciplineFixtures.RulesInForce);
        var tallies = DisciplineTally.From(statistics);
        Assert.Equal(2, tallies.Single(t => t.FormCode == "Reprimand").Organizations + tallies.Single(t => t.FormCode == "Reprimand").Members);
        var report = IndicatorReport.Build(ProvincePacks.EmbeddedProvince, SampleProvince.DataSet, SampleProvince.Root, ReportingPeriod.Year(2026), ReportFixtures.GeneratedOn, discipline: tallies);
        var console = new StringWriter();
        ConsoleReportWriter.Write(report, console);
        foreach (var output in new[] { console.ToString(), JsonReportWriter.Write(report), Encoding.UTF8.GetString(CsvReportWriter.Write(report)), HtmlReportWriter.Write(report) })
        {
            Assert.DoesNotContain("Zxqvy", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Qwzx", output, StringComparison.Ordinal);
            Assert.DoesNotContain("ZXQ", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Bí Mật", output, StringComparison.Ordinal);
            Assert.DoesNotContain("M-777", output, StringComparison.Ordinal);
        }

        Assert.Contains("Cảnh cáo", HtmlReportWriter.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void ReportModel_HasNoFieldThatCouldHoldPersonalData()
    {
        // R-R3 by construction: walk every property reachable from IndicatorReport; each is a number, a flag, a date,
        // an enum, a period, a citation, a bilingual text built by the SDK, or one of the report's own row types — and no
        // property is named like a person, informant, address or contact.
        var allowedLeaves = new HashSet<Type> { typeof(string), typeof(int), typeof(long), typeof(bool), typeof(decimal), typeof(NodaTime.LocalDate), typeof(LocalizedText), typeof(ReportingPeriod), typeof(KiemTra.Sdk.Rules.RuleCitation), typeof(IndicatorTarget) };
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([typeof(IndicatorReport)]);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
            {
                foreach (var word in new[] { "Informant", "Person", "Address", "Contact", "Phone", "Email", "Content", "Responsible" })
                {
                    Assert.DoesNotContain(word, property.Name, StringComparison.OrdinalIgnoreCase);
                }

                var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
                {
                    t = t.GetGenericArguments()[0];
                }

                if (allowedLeaves.Contains(t) || t.IsEnum)
                {
                    continue;
                }

                Assert.True(t.Namespace == typeof(IndicatorReport).Namespace, $"{type.Name}.{property.Name} has the type {t.FullName}, outside the report model.");
                queue.Enqueue(t);
            }
        }

        Assert.Contains(typeof(ReportFact), seen);
    }

    [Fact]
    public void PublishedReports_NeverContainPersonalDataOfSourceRecords()
    {
        // R-R3: the report model has no field for personal data; a distinctive name planted in every personal or
        // free-text field of the source records (responsible person, task content, product, agencies) and in a task
        // that is listed in the drill-down must appear in no output.
        var source = SampleProvince.DataSet;
        var tasks = source.Records.Tasks.Select(t => t with
        {
            ResponsiblePerson = PlantedName,
            Content = $"Xác minh đơn của {PlantedName}",
            LeadAgency = t.LeadAgency is null ? null : $"{t.LeadAgency} ({PlantedName})",
            CoordinatingAgencies = [.. t.CoordinatingAgencies, PlantedName],
        }).ToImmutableArray();
        var records = new ActivityRecords
        {
            PlanItems = source.Records.PlanItems,
            GovernanceDocuments = source.Records.GovernanceDocuments,
            Directives = source.Records.Directives,
            InspectionStaff = source.Records.InspectionStaff,
            ConclusionFollowUps = source.Records.ConclusionFollowUps,
            LocalityAssignments = source.Records.LocalityAssignments,
            MeetingAttendance = source.Records.MeetingAttendance,
            DigitalTransformation = source.Records.DigitalTransformation,
            Meetings = source.Records.Meetings,
            Tasks = tasks,
            Reported = source.Records.Reported,
        };
        var data = IndicatorDataSet.Create(source.Tree, source.AsOf, records);
        foreach (var year in new[] { 2025, 2026 })
        {
            var report = IndicatorReport.Build(ProvincePacks.EmbeddedProvince, data, SampleProvince.Root, ReportingPeriod.Year(year), ReportFixtures.GeneratedOn, discipline: ReportFixtures.Discipline);
            var console = new StringWriter();
            ConsoleReportWriter.Write(report, console);
            var outputs = new[]
            {
                console.ToString(),
                JsonReportWriter.Write(report),
                Encoding.UTF8.GetString(CsvReportWriter.Write(report)),
                HtmlReportWriter.Write(report),
            };
            if (year == 2026)
            {
                // The planted task is listed by its id in the drill-down: its record flowed through, its personal fields did not.
                Assert.Contains("NV-X1-01", outputs[3], StringComparison.Ordinal);
            }

            foreach (var output in outputs)
            {
                Assert.DoesNotContain("Mật Báo", output, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Zyx", output, StringComparison.Ordinal);
            }
        }
    }
}
