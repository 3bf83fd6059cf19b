namespace KiemTra.Sdk.Indicators.Measures;

/// <summary>
/// <c>inspection-staff-meeting-standards</c>: inspection staff (per year of the period) who meet the sector's
/// criteria, standards and competency framework. Staff not assessed are left out and listed, never counted as failing.
/// </summary>
internal sealed class InspectionStaffMeetingStandardsMeasure : UnitMeasure
{
    public override string Name => "inspection-staff-meeting-standards";

    public override LocalizedText Description => Note("Cán bộ làm công tác kiểm tra đảm bảo tiêu chí, tiêu chuẩn, khung năng lực", "Inspection staff meeting the criteria, standards and competency framework");

    public override RecordKind DataKind => RecordKind.InspectionStaff;

    protected override (long Numerator, long Denominator) Count(MeasureContext context, int organizationIndex, int bodyIndex, List<FactItem>? facts)
    {
        var records = context.Data.Records.InspectionStaff;
        long n = 0, d = 0;
        foreach (var i in context.Data.StaffByOrganization.Of(organizationIndex))
        {
            var r = records[i];
            if (!context.InWindow(r.Year))
            {
                continue;
            }

            if (r.MeetsStandards is not { } meets)
            {
                facts?.Add(new FactItem($"{r.Id}@{r.Year}", false, Note($"chưa đánh giá năm {r.Year} (không tính)", $"not assessed in {r.Year} (not counted)")));
                continue;
            }

            d++;
            if (meets)
            {
                n++;
            }

            facts?.Add(new FactItem($"{r.Id}@{r.Year}", meets, meets ? Note($"đạt chuẩn năm {r.Year}", $"meets standards in {r.Year}") : Note($"chưa đạt chuẩn năm {r.Year}", $"below standards in {r.Year}")));
        }

        return (n, d);
    }
}
