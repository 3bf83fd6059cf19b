namespace KiemTra.Sdk.Indicators.Measures;

/// <summary>
/// Conclusions and recommendations due in the period that were carried out, counted against one of two cut-offs:
/// <c>conclusions-completed</c> — by the period's end (KL34 2025–2030 target 5); <c>conclusions-completed-on-time</c> —
/// by each one's own deadline (KL34 2022–2025 target 5). One class, because the two targets differ only in the cut-off.
/// </summary>
internal sealed class ConclusionsCompletedMeasure : UnitMeasure
{
    private readonly bool _byOwnDeadline;

    private ConclusionsCompletedMeasure(bool byOwnDeadline) => _byOwnDeadline = byOwnDeadline;

    /// <summary>Carried out by the end of the period.</summary>
    public static ConclusionsCompletedMeasure ByPeriodEnd() => new(byOwnDeadline: false);

    /// <summary>Carried out by each conclusion's own deadline.</summary>
    public static ConclusionsCompletedMeasure OnTime() => new(byOwnDeadline: true);

    public override string Name => _byOwnDeadline ? "conclusions-completed-on-time" : "conclusions-completed";

    public override LocalizedText Description => _byOwnDeadline
        ? Note("Kết luận, kiến nghị đến hạn trong kỳ được thực hiện đúng hạn", "Conclusions and recommendations due in the period carried out on time")
        : Note("Kết luận, kiến nghị đến hạn trong kỳ đã được thực hiện", "Conclusions and recommendations due in the period carried out");

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
            var cutOff = _byOwnDeadline ? r.DueOn : context.WindowEnd;
            var done = FollowUp.FollowUpRules.CarriedOutBy(r.CompletedOn, cutOff);
            if (done)
            {
                n++;
            }

            // Past the period's end a completion is not known yet ("not done"); past its own deadline it is "late".
            facts?.Add(new FactItem(r.Id, done, r.CompletedOn is { } c && (done || _byOwnDeadline)
                ? Note($"hạn {Date(r.DueOn)}, thực hiện {Date(c)}{(done ? string.Empty : " (quá hạn)")}", $"due {Date(r.DueOn)}, done {Date(c)}{(done ? string.Empty : " (late)")}")
                : Note($"hạn {Date(r.DueOn)}, chưa thực hiện", $"due {Date(r.DueOn)}, not done")));
        }

        return (n, d);
    }
}
