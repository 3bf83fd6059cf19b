namespace KiemTra.Sdk.Indicators.Measures;

/// <summary>
/// The shared walk of the built-in measures: for every organisation that holds units, either the
/// organisation is the unit, or each of its bodies of the indicator's body kind is; a unit whose data owner
/// did not report the measure's data kind is MISSING; otherwise <see cref="Count"/> gives its numerator and
/// denominator. <see cref="Count"/> fills <c>facts</c> only when explaining, so computing allocates nothing per record.
/// </summary>
internal abstract class UnitMeasure : IIndicatorMeasure
{
    public abstract string Name { get; }

    public abstract LocalizedText Description { get; }

    public abstract RecordKind DataKind { get; }

    public void Compute(MeasureContext context)
    {
        var kinds = context.Indicator.AppliesTo.OrganizationKinds;
        if (kinds.IsEmpty)
        {
            for (var org = context.ScopeStart; org < context.ScopeEnd; org++)
            {
                CountUnits(context, org);
            }

            return;
        }

        // Only the organisations of the kinds counted: the counts are per organisation, so the order does not matter.
        foreach (var kind in kinds)
        {
            foreach (var org in context.Data.Tree.OfKind(kind, context.ScopeStart, context.ScopeEnd))
            {
                CountUnits(context, org);
            }
        }
    }

    private void CountUnits(MeasureContext context, int org)
    {
        var tree = context.Data.Tree;
        if (!context.IsUnitOrganization(org))
        {
            return;
        }

        var hasData = !IsMissing(context, org);
        if (context.UnitBody is not null)
        {
            var (start, end) = tree.BodiesOf(org);
            for (var b = start; b < end; b++)
            {
                if (!context.IsUnitBody(b))
                {
                    continue;
                }

                if (!hasData)
                {
                    context.AddMissing(org);
                    continue;
                }

                var (n, d) = Count(context, org, b, null);
                context.AddUnit(org, n, d);
            }
        }
        else if (!hasData)
        {
            context.AddMissing(org);
        }
        else
        {
            var (n, d) = Count(context, org, -1, null);
            context.AddUnit(org, n, d);
        }
    }

    public IEnumerable<UnitFacts> Explain(MeasureContext context, int organizationIndex) => ExplainUnits(context, organizationIndex, null);

    /// <summary>
    /// The units of the organisation that an evaluation can list: those with missing data and those that miss
    /// <paramref name="target"/>. A met unit is skipped before its facts are written (an organisation with several advisory
    /// agencies is explained because one misses; writing the others' facts only to drop them was most of the cost).
    /// </summary>
    internal IEnumerable<UnitFacts> ExplainListable(MeasureContext context, int organizationIndex, IndicatorTarget target) => ExplainUnits(context, organizationIndex, target);

    private IEnumerable<UnitFacts> ExplainUnits(MeasureContext context, int organizationIndex, IndicatorTarget? onlyMissing)
    {
        var tree = context.Data.Tree;
        if (!context.IsUnitOrganization(organizationIndex))
        {
            yield break;
        }

        var hasData = !IsMissing(context, organizationIndex);
        if (context.UnitBody is not null)
        {
            var (start, end) = tree.BodiesOf(organizationIndex);
            for (var b = start; b < end; b++)
            {
                if (!context.IsUnitBody(b))
                {
                    continue;
                }

                if (!hasData)
                {
                    yield return context.BodyUnit(b, 0, 0, true, [MissingFact(context, organizationIndex)]);
                    continue;
                }

                if (onlyMissing is { } target && Meets(target, Count(context, organizationIndex, b, null)))
                {
                    continue;
                }

                var facts = new List<FactItem>();
                var (n, d) = Count(context, organizationIndex, b, facts);
                yield return context.BodyUnit(b, n, d, false, facts);
            }
        }
        else if (!hasData)
        {
            yield return context.OrganizationUnit(organizationIndex, 0, 0, true, [MissingFact(context, organizationIndex)]);
        }
        else if (onlyMissing is not { } target || !Meets(target, Count(context, organizationIndex, -1, null)))
        {
            var facts = new List<FactItem>();
            var (n, d) = Count(context, organizationIndex, -1, facts);
            yield return context.OrganizationUnit(organizationIndex, n, d, false, facts);
        }
    }

    /// <summary>Whether a unit's counts keep it off the list of misses: nothing to count, or the target met.</summary>
    private static bool Meets(IndicatorTarget target, (long Numerator, long Denominator) counts)
        => counts.Denominator <= 0 || target.IsMetBy(counts.Numerator, counts.Denominator);

    /// <summary>Whether the units of the organisation lack data: by default, its data owner did not report <see cref="DataKind"/> for every year of the window.</summary>
    protected virtual bool IsMissing(MeasureContext context, int organizationIndex) => !context.HasData(DataOwner(context, organizationIndex), DataKind);

    /// <summary>The fact that explains why the units of the organisation lack data.</summary>
    protected virtual FactItem MissingFact(MeasureContext context, int organizationIndex) => context.MissingFact(DataOwner(context, organizationIndex), DataKind);

    /// <summary>The organisation whose reported data the unit's counts depend on (itself by default).</summary>
    protected virtual int DataOwner(MeasureContext context, int organizationIndex) => organizationIndex;

    /// <summary>Counts one unit: the organisation (<paramref name="bodyIndex"/> = -1) or one body.</summary>
    protected abstract (long Numerator, long Denominator) Count(MeasureContext context, int organizationIndex, int bodyIndex, List<FactItem>? facts);

    /// <summary>Whether a record made by body <paramref name="recordBody"/> belongs to the unit <paramref name="bodyIndex"/> (-1: the whole organisation).</summary>
    protected static bool BelongsTo(int recordBody, int bodyIndex) => bodyIndex < 0 || recordBody == bodyIndex;

    /// <summary>The date as <c>uuuu-MM-dd</c>, written straight into the interpolated note.</summary>
    protected static IsoDate Date(NodaTime.LocalDate date) => new(date);

    protected static LocalizedText Note(string vietnamese, string english) => LocalizedText.Of(vietnamese, english);
}
