namespace KiemTra.Sdk.Indicators.Measures;

/// <summary>
/// A unit (organisation or body) counts when it issued every one of <see cref="Kinds"/> in the period: the shared
/// logic of the Thái Nguyên "100% ban hành …" targets.
/// </summary>
internal abstract class DocumentIssuedMeasure : UnitMeasure
{
    public override RecordKind DataKind => RecordKind.GovernanceDocuments;

    protected abstract GovernanceDocumentKind[] Kinds { get; }

    protected override (long Numerator, long Denominator) Count(MeasureContext context, int organizationIndex, int bodyIndex, List<FactItem>? facts)
    {
        var records = context.Data.Records.GovernanceDocuments;
        var bodies = context.Data.DocumentBody;
        var all = true;
        foreach (var kind in Kinds)
        {
            var found = false;
            foreach (var i in context.Data.DocumentsByOrganization.Of(organizationIndex))
            {
                var r = records[i];
                if (r.Kind != kind || !BelongsTo(bodies[i], bodyIndex) || !context.InWindow(r.IssuedOn))
                {
                    continue;
                }

                found = true;
                facts?.Add(new FactItem(r.Id.Value, true, Note($"{IndicatorTerms.Of(kind).Vietnamese} ban hành {Date(r.IssuedOn)}", $"{IndicatorTerms.Of(kind).English} issued {Date(r.IssuedOn)}")));
                break;
            }

            if (!found)
            {
                all = false;
                facts?.Add(new FactItem(bodyIndex >= 0 ? context.Data.Tree.Body(bodyIndex).Id : context.Data.Tree[organizationIndex].Id.Value, false, Note($"chưa ban hành {IndicatorTerms.Of(kind).Vietnamese} trong kỳ", $"no {IndicatorTerms.Of(kind).English} issued in the period")));
            }
        }

        return (all ? 1 : 0, 1);
    }
}

/// <summary><c>programme-issued</c>: the unit issued an inspection and supervision programme or plan in the period.</summary>
internal sealed class ProgramIssuedMeasure : DocumentIssuedMeasure
{
    private static readonly GovernanceDocumentKind[] Required = [GovernanceDocumentKind.InspectionSupervisionProgram];

    public override string Name => "programme-issued";

    public override LocalizedText Description => Note("Đơn vị ban hành chương trình, kế hoạch kiểm tra, giám sát trong kỳ", "Units that issued an inspection and supervision programme or plan in the period");

    protected override GovernanceDocumentKind[] Kinds => Required;
}

/// <summary><c>locality-assignment-issued</c>: the unit issued a decision assigning its members to follow localities in the period.</summary>
internal sealed class LocalityAssignmentIssuedMeasure : DocumentIssuedMeasure
{
    private static readonly GovernanceDocumentKind[] Required = [GovernanceDocumentKind.LocalityAssignment];

    public override string Name => "locality-assignment-issued";

    public override LocalizedText Description => Note("Đơn vị ban hành quyết định phân công theo dõi địa bàn trong kỳ", "Units that issued a locality-assignment decision in the period");

    protected override GovernanceDocumentKind[] Kinds => Required;
}

/// <summary><c>locality-assignment-and-regulation-issued</c>: the unit issued both an assignment notice and a regulation on locality work in the period.</summary>
internal sealed class LocalityAssignmentAndRegulationIssuedMeasure : DocumentIssuedMeasure
{
    private static readonly GovernanceDocumentKind[] Required = [GovernanceDocumentKind.LocalityAssignment, GovernanceDocumentKind.LocalityWorkRegulation];

    public override string Name => "locality-assignment-and-regulation-issued";

    public override LocalizedText Description => Note("Đơn vị ban hành thông báo phân công theo dõi địa bàn và quy chế công tác địa bàn", "Units that issued an assignment notice and a regulation on locality work");

    protected override GovernanceDocumentKind[] Kinds => Required;
}
