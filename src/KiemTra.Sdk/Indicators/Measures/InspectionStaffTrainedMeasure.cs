namespace KiemTra.Sdk.Indicators.Measures;

/// <summary><c>inspection-staff-trained</c>: inspection staff (counted once per year of the period) who attended professional training in that year.</summary>
internal sealed class InspectionStaffTrainedMeasure : UnitMeasure
{
    public override string Name => "inspection-staff-trained";

    public override LocalizedText Description => Note("Cán bộ làm công tác kiểm tra được đào tạo, bồi dưỡng trong năm", "Inspection staff trained in the year");

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

            d++;
            if (r.Trained)
            {
                n++;
            }

            facts?.Add(new FactItem($"{r.Id}@{r.Year}", r.Trained, r.Trained ? Note($"được bồi dưỡng năm {r.Year}", $"trained in {r.Year}") : Note($"chưa được bồi dưỡng năm {r.Year}", $"not trained in {r.Year}")));
        }

        return (n, d);
    }
}
