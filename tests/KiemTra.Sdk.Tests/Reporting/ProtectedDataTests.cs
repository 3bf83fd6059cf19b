using System.Collections.Immutable;
using System.Text;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Tests.Indicators;

namespace KiemTra.Sdk.Tests.Reporting;

public class ProtectedDataTests
{
    private const string PlantedName = "Nguyễn Thị Mật Báo Zyx";

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
            var report = IndicatorReport.Build(IndicatorCatalog.BuiltIn, data, SampleProvince.Root, ReportingPeriod.Year(year), ReportFixtures.GeneratedOn, discipline: ReportFixtures.Discipline);
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
