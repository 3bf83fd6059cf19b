namespace KiemTra.Sdk.Indicators.Measures;

/// <summary><c>plan-items-completed</c>: planned inspections and supervisions due in the period that were completed by its end (KL34 target 2).</summary>
internal sealed class PlanItemsCompletedMeasure : UnitMeasure
{
    public override string Name => "plan-items-completed";

    public override LocalizedText Description => Note("Cuộc kiểm tra, giám sát theo kế hoạch đến hạn trong kỳ đã hoàn thành", "Planned inspections and supervisions due in the period that were completed");

    public override RecordKind DataKind => RecordKind.PlanItems;

    protected override (long Numerator, long Denominator) Count(MeasureContext context, int organizationIndex, int bodyIndex, List<FactItem>? facts)
    {
        var records = context.Data.Records.PlanItems;
        var bodies = context.Data.PlanBody;
        long n = 0, d = 0;
        foreach (var i in context.Data.PlanByOrganization.Of(organizationIndex))
        {
            var r = records[i];
            if (!r.Planned || !BelongsTo(bodies[i], bodyIndex) || !context.InWindow(r.DueOn))
            {
                continue;
            }

            d++;
            var done = r.CompletedOn is { } on && context.OnOrBeforeWindowEnd(on);
            if (done)
            {
                n++;
            }

            facts?.Add(new FactItem(r.Id, done, done
                ? Note($"{IndicatorTerms.Of(r.Activity).Vietnamese}: hạn {Date(r.DueOn)}, hoàn thành {Date(r.CompletedOn!.Value)}", $"{IndicatorTerms.Of(r.Activity).English}: due {Date(r.DueOn)}, completed {Date(r.CompletedOn!.Value)}")
                : Note($"{IndicatorTerms.Of(r.Activity).Vietnamese}: hạn {Date(r.DueOn)}, chưa hoàn thành", $"{IndicatorTerms.Of(r.Activity).English}: due {Date(r.DueOn)}, not completed")));
        }

        return (n, d);
    }
}
