using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Tests.Indicators;
using NodaTime;

namespace KiemTra.Sdk.Tests.Reporting;

using SampleProvince = KiemTra.Sdk.Tests.Indicators.SampleProvince;

internal static class ReportFixtures
{
    public static readonly LocalDate GeneratedOn = new(2026, 11, 22);

    /// <summary>Discipline counts by form in the shape of seed 002's 2020–2025 figures (R-D7): organisations reprimand 16, warning 8; members reprimand 783, warning 164, removal 8, expulsion 197.</summary>
    public static readonly DisciplineTally[] Discipline =
    [
        new("Reprimand", LocalizedText.Of("Khiển trách", "Reprimand"), 16, 783),
        new("Warning", LocalizedText.Of("Cảnh cáo", "Warning"), 8, 164),
        new("RemovalFromPost", LocalizedText.Of("Cách chức", "Removal from post"), 0, 8),
        new("Expulsion", LocalizedText.Of("Khai trừ", "Expulsion"), 0, 197),
    ];

    public static IndicatorReport Sample(int year, IEnumerable<DisciplineTally>? discipline = null)
        => IndicatorReport.Build(ProvincePacks.EmbeddedProvince, SampleProvince.DataSet, SampleProvince.Root, ReportingPeriod.Year(year), GeneratedOn, discipline: discipline);
}
