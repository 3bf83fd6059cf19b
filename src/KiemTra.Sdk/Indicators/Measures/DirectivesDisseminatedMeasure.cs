namespace KiemTra.Sdk.Indicators.Measures;

/// <summary><c>directives-disseminated</c>: party texts on inspection and supervision received in the period that were disseminated and put into effect by its end (KL34 target 1).</summary>
internal sealed class DirectivesDisseminatedMeasure : UnitMeasure
{
    public override string Name => "directives-disseminated";

    public override LocalizedText Description => Note("Văn bản của Đảng về kiểm tra, giám sát nhận trong kỳ đã được quán triệt, triển khai", "Party texts on inspection and supervision received in the period that were disseminated");

    public override RecordKind DataKind => RecordKind.Directives;

    protected override (long Numerator, long Denominator) Count(MeasureContext context, int organizationIndex, int bodyIndex, List<FactItem>? facts)
    {
        var records = context.Data.Records.Directives;
        long n = 0, d = 0;
        foreach (var i in context.Data.DirectivesByOrganization.Of(organizationIndex))
        {
            var r = records[i];
            if (!context.InWindow(r.ReceivedOn))
            {
                continue;
            }

            d++;
            var done = r.DisseminatedOn is { } on && context.OnOrBeforeWindowEnd(on);
            if (done)
            {
                n++;
            }

            facts?.Add(new FactItem(r.Id.Value, done, done
                ? Note($"nhận {Date(r.ReceivedOn)}, quán triệt {Date(r.DisseminatedOn!.Value)}", $"received {Date(r.ReceivedOn)}, disseminated {Date(r.DisseminatedOn!.Value)}")
                : Note($"nhận {Date(r.ReceivedOn)}, chưa quán triệt", $"received {Date(r.ReceivedOn)}, not disseminated")));
        }

        return (n, d);
    }
}
