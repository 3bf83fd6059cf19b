namespace KiemTra.Sdk.Indicators.Measures;

/// <summary>
/// <c>data-based-supervision</c>: the unit (normally the inspection commission) reported applying data-based
/// supervision (<i>giám sát trên dữ liệu</i>) in every year of the period ("100% thực hiện đẩy mạnh chuyển đổi số").
/// A report that leaves the answer open makes the unit MISSING, not failing.
/// </summary>
internal sealed class DataBasedSupervisionMeasure : UnitMeasure
{
    public override string Name => "data-based-supervision";

    public override LocalizedText Description => Note("Ủy ban kiểm tra thực hiện giám sát trên dữ liệu", "Inspection commissions applying data-based supervision");

    public override RecordKind DataKind => RecordKind.DigitalTransformation;

    protected override bool IsMissing(MeasureContext context, int organizationIndex)
        => base.IsMissing(context, organizationIndex) || HasOpenAnswer(context, organizationIndex);

    protected override FactItem MissingFact(MeasureContext context, int organizationIndex)
        => HasOpenAnswer(context, organizationIndex)
            ? new FactItem(context.Data.Tree[organizationIndex].Id.Value, false, Note("báo cáo chưa trả lời về giám sát trên dữ liệu", "report leaves data-based supervision unanswered"))
            : base.MissingFact(context, organizationIndex);

    protected override (long Numerator, long Denominator) Count(MeasureContext context, int organizationIndex, int bodyIndex, List<FactItem>? facts)
    {
        var records = context.Data.Records.DigitalTransformation;
        var all = true;
        foreach (var i in context.Data.DigitalByOrganization.Of(organizationIndex))
        {
            var r = records[i];
            if (!context.InWindow(r.Year))
            {
                continue;
            }

            var yes = r.DataBasedSupervision == true;
            all &= yes;
            facts?.Add(new FactItem($"{r.Organization}@{r.Year}", yes, yes ? Note($"năm {r.Year}: có", $"{r.Year}: yes") : Note($"năm {r.Year}: không", $"{r.Year}: no")));
        }

        return (all ? 1 : 0, 1);
    }

    private static bool HasOpenAnswer(MeasureContext context, int organizationIndex)
    {
        var records = context.Data.Records.DigitalTransformation;
        foreach (var i in context.Data.DigitalByOrganization.Of(organizationIndex))
        {
            if (context.InWindow(records[i].Year) && records[i].DataBasedSupervision is null)
            {
                return true;
            }
        }

        return false;
    }
}
