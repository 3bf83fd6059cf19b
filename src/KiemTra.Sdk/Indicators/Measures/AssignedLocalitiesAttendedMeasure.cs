namespace KiemTra.Sdk.Indicators.Measures;

/// <summary>
/// <c>assigned-localities-attended</c>: locality assignments active in the period under which at least one meeting
/// of the locality was attended ("tham dự … đối với 100% địa bàn được phân công").
/// </summary>
internal sealed class AssignedLocalitiesAttendedMeasure : UnitMeasure
{
    public override string Name => "assigned-localities-attended";

    public override LocalizedText Description => Note("Địa bàn được phân công có tham dự hội nghị, cuộc họp trong kỳ", "Assigned localities whose meetings were attended in the period");

    public override RecordKind DataKind => RecordKind.LocalityAssignments;

    protected override (long Numerator, long Denominator) Count(MeasureContext context, int organizationIndex, int bodyIndex, List<FactItem>? facts)
    {
        var data = context.Data;
        var assignments = data.Records.LocalityAssignments;
        var attendance = data.Records.MeetingAttendance;
        long n = 0, d = 0;
        foreach (var i in data.AssignmentsByOrganization.Of(organizationIndex))
        {
            var a = assignments[i];
            if (!BelongsTo(data.AssignmentBody[i], bodyIndex) || !context.OnOrBeforeWindowEnd(a.From) || (a.To is { } to && context.BeforeWindowStart(to)))
            {
                continue;
            }

            d++;
            NodaTime.LocalDate? attendedOn = null;
            foreach (var m in data.AttendanceByAssignment.Of(i))
            {
                var date = attendance[m].Date;
                if (context.InWindow(date) && date >= a.From && (a.To is not { } end || date <= end))
                {
                    attendedOn = date;
                    break;
                }
            }

            if (attendedOn is not null)
            {
                n++;
            }

            facts?.Add(new FactItem(a.Id, attendedOn is not null, attendedOn is { } on
                ? Note($"địa bàn {a.Locality}: dự họp {Date(on)}", $"locality {a.Locality}: attended {Date(on)}")
                : Note($"địa bàn {a.Locality}: không dự cuộc họp nào trong kỳ", $"locality {a.Locality}: no meeting attended in the period")));
        }

        return (n, d);
    }
}
