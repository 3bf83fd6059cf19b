using System.Globalization;

namespace KiemTra.Sdk.Indicators.Measures;

/// <summary><c>meetings-within-length-limit</c>: meetings held in the period that kept within the limit for their kind.</summary>
internal sealed class MeetingsWithinLengthLimitMeasure(MeetingLengthLimits limits) : UnitMeasure
{
    public override string Name => "meetings-within-length-limit";

    public override LocalizedText Description => Note("Hội nghị tổ chức trong kỳ không vượt thời gian quy định", "Meetings held in the period within their length limit");

    public override RecordKind DataKind => RecordKind.Meetings;

    protected override (long Numerator, long Denominator) Count(MeasureContext context, int organizationIndex, int bodyIndex, List<FactItem>? facts)
    {
        var records = context.Data.Records.Meetings;
        var bodies = context.Data.MeetingBody;
        long n = 0, d = 0;
        foreach (var i in context.Data.MeetingsByOrganization.Of(organizationIndex))
        {
            var r = records[i];
            if (!BelongsTo(bodies[i], bodyIndex) || !context.InWindow(r.Date))
            {
                continue;
            }

            d++;
            var max = limits.MaxDays(r.Kind);
            var ok = r.LengthInDays <= max;
            if (ok)
            {
                n++;
            }

            if (facts is not null)
            {
                facts.Add(new FactItem(r.Id.Value, ok, Note(
                    $"{IndicatorTerms.Of(r.Kind).Vietnamese} {Date(r.Date)}: {Formatting.TextFormat.Number(r.LengthInDays)} ngày (giới hạn {Formatting.TextFormat.Number(max)})",
                    $"{IndicatorTerms.Of(r.Kind).English} {Date(r.Date)}: {Formatting.TextFormat.EnglishNumber(r.LengthInDays)} days (limit {Formatting.TextFormat.EnglishNumber(max)})")));
            }
        }

        return (n, d);
    }
}
