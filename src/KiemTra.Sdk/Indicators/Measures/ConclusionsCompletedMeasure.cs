namespace KiemTra.Sdk.Indicators.Measures;

/// <summary><c>conclusions-completed</c>: conclusions and recommendations due in the period that were carried out by the period's end (KL34 2025–2030 target 5).</summary>
internal sealed class ConclusionsCompletedMeasure : UnitMeasure
{
    public override string Name => "conclusions-completed";

    public override LocalizedText Description => Note("Kết luận, kiến nghị đến hạn trong kỳ đã được thực hiện", "Conclusions and recommendations due in the period carried out");

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
            var done = r.CompletedOn is { } on && on <= context.WindowEnd;
            if (done)
            {
                n++;
            }

            facts?.Add(new FactItem(r.Id, done, done
                ? Note($"hạn {Date(r.DueOn)}, thực hiện {Date(r.CompletedOn!.Value)}", $"due {Date(r.DueOn)}, done {Date(r.CompletedOn!.Value)}")
                : Note($"hạn {Date(r.DueOn)}, chưa thực hiện", $"due {Date(r.DueOn)}, not done")));
        }

        return (n, d);
    }
}
