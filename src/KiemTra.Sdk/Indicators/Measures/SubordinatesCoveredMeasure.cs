using KiemTra.Sdk.Authority;

namespace KiemTra.Sdk.Indicators.Measures;

/// <summary>
/// <c>subordinates-covered</c>: each organisation was the subject of at least one completed inspection or
/// supervision in the period (KL34 target 4, "mỗi tổ chức, đơn vị trực thuộc được kiểm tra, giám sát ít nhất 1 lần").
/// The data owner is the parent, whose plan covers it.
/// </summary>
internal sealed class SubordinatesCoveredMeasure : UnitMeasure
{
    public override string Name => "subordinates-covered";

    public override LocalizedText Description => Note("Tổ chức được kiểm tra hoặc giám sát ít nhất 1 lần trong kỳ", "Organisations inspected or supervised at least once in the period");

    public override RecordKind DataKind => RecordKind.PlanItems;

    protected override int DataOwner(MeasureContext context, int organizationIndex)
    {
        var parent = context.Data.Tree.ParentOf(organizationIndex);
        return parent < 0 ? organizationIndex : parent;
    }

    protected override (long Numerator, long Denominator) Count(MeasureContext context, int organizationIndex, int bodyIndex, List<FactItem>? facts)
    {
        var records = context.Data.Records.PlanItems;
        var covered = false;
        foreach (var i in context.Data.PlanByTarget.Of(organizationIndex))
        {
            var r = records[i];
            if (!Register.CaseOutcomes.IsCoveringActivity(r.Activity) || r.CompletedOn is not { } on || !context.InWindow(on))
            {
                continue;
            }

            covered = true;
            if (facts is null)
            {
                break;
            }

            facts.Add(new FactItem(r.Id, true, Note($"{IndicatorTerms.Of(r.Activity).Vietnamese} bởi {r.Organization}, hoàn thành {Date(on)}", $"{IndicatorTerms.Of(r.Activity).English} by {r.Organization}, completed {Date(on)}")));
        }

        if (!covered)
        {
            facts?.Add(new FactItem(context.Data.Tree[organizationIndex].Id.Value, false, Note("chưa được kiểm tra, giám sát trong kỳ", "not inspected or supervised in the period")));
        }

        return (covered ? 1 : 0, 1);
    }
}
