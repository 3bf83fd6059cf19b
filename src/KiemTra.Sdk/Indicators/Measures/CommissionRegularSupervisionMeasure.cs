using KiemTra.Sdk.Authority;

namespace KiemTra.Sdk.Indicators.Measures;

/// <summary>
/// <c>commission-regular-supervision</c>: an inspection commission "performs regular supervision" when it completed at
/// least one regular supervision in the period (KL34 target 6). Reading the target as "at least one completed
/// regular supervision" is this SDK's, so the indicators using it are marked unverified.
/// </summary>
internal sealed class CommissionRegularSupervisionMeasure : UnitMeasure
{
    public override string Name => "commission-regular-supervision";

    public override LocalizedText Description => Note("Ủy ban kiểm tra đã hoàn thành ít nhất 1 cuộc giám sát thường xuyên trong kỳ", "Inspection commissions that completed at least one regular supervision in the period");

    public override RecordKind DataKind => RecordKind.PlanItems;

    protected override (long Numerator, long Denominator) Count(MeasureContext context, int organizationIndex, int bodyIndex, List<FactItem>? facts)
    {
        var records = context.Data.Records.PlanItems;
        var bodies = context.Data.PlanBody;
        var done = false;
        foreach (var i in context.Data.PlanByOrganization.Of(organizationIndex))
        {
            var r = records[i];
            if (!BelongsTo(bodies[i], bodyIndex) || r.Activity != ActivityKind.RegularSupervision || r.CompletedOn is not { } on || !context.InWindow(on))
            {
                continue;
            }

            done = true;
            if (facts is null)
            {
                break;
            }

            facts.Add(new FactItem(r.Id, true, Note($"giám sát thường xuyên hoàn thành {Date(on)}", $"regular supervision completed {Date(on)}")));
        }

        if (!done)
        {
            facts?.Add(new FactItem(context.Data.Tree[organizationIndex].Id.Value, false, Note("không có cuộc giám sát thường xuyên hoàn thành trong kỳ", "no regular supervision completed in the period")));
        }

        return (done ? 1 : 0, 1);
    }
}
