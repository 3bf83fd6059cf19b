namespace KiemTra.Sdk.Indicators.Measures;

/// <summary><c>conclusions-completed-on-time</c>: conclusions and recommendations due in the period that were carried out by their deadline (KL34 2022–2025 target 5).</summary>
internal sealed class ConclusionsCompletedOnTimeMeasure : UnitMeasure
{
    public override string Name => "conclusions-completed-on-time";

    public override LocalizedText Description => Note("Kết luận, kiến nghị đến hạn trong kỳ được thực hiện đúng hạn", "Conclusions and recommendations due in the period carried out on time");

    public override RecordKind DataKind => RecordKind.ConclusionFollowUps;

    protected override (long Numerator, long Denominator) Count(MeasureContext context, int organizationIndex, int bodyIndex, List<FactItem>? facts)
    {
        var records = context.Data.Records.ConclusionFollowUps;
        long n = 0, d = 0;
        foreach (var i in context.Data.ConclusionsByOrganization.Of(organizationIndex))
        {
            var r = records[i];
            if (!context.InWindow(r.DueOn))
            {
                continue;
            }

            d++;
            var onTime = r.CompletedOn is { } on && on <= r.DueOn;
            if (onTime)
            {
                n++;
            }

            facts?.Add(new FactItem(r.Id, onTime, r.CompletedOn is { } c
                ? Note($"hạn {Date(r.DueOn)}, thực hiện {Date(c)}{(onTime ? string.Empty : " (quá hạn)")}", $"due {Date(r.DueOn)}, done {Date(c)}{(onTime ? string.Empty : " (late)")}")
                : Note($"hạn {Date(r.DueOn)}, chưa thực hiện", $"due {Date(r.DueOn)}, not done")));
        }

        return (n, d);
    }
}
