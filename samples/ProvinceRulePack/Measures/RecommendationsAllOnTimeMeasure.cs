using System.Globalization;
using KiemTra.Sdk;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;

namespace KiemTra.Samples.ProvinceRulePack.Measures;

/// <summary>
/// <c>units-all-recommendations-on-time</c> (<i>tỷ lệ đơn vị thực hiện đúng hạn mọi kiến nghị</i>): a measure a province
/// adds that the built-in catalogue lacks. Its unit is the organisation (a commune, say): the numerator counts the
/// organisations every one of whose recommendations due in the period was completed on or before its deadline; the
/// denominator counts the organisations with at least one recommendation due in the period (one with none is in no count).
/// The built-in <c>conclusions-completed</c> counts recommendations; this counts organisations, so one late
/// recommendation fails its whole addressee.
/// </summary>
/// <remarks>
/// Written over public types only, as any host measure: it walks the evaluated subtree
/// (<see cref="MeasureContext.ScopeStart"/>, <see cref="MeasureContext.ScopeEnd"/>) through
/// <see cref="IndicatorDataSet.OfKind"/>, and reads each organisation's recommendations through the data set's own index
/// (<see cref="IndicatorDataSet.RecommendationsTo"/>), so <see cref="Compute"/> is linear in the data and allocates
/// nothing per record. It needs a data set built from a register (<see cref="IndicatorDataSet.Register"/>).
/// </remarks>
public sealed class RecommendationsAllOnTimeMeasure : IIndicatorMeasure
{
    /// <summary>The measure's name, which an indicator in a catalogue names.</summary>
    public const string MeasureName = "units-all-recommendations-on-time";

    /// <inheritdoc />
    public string Name => MeasureName;

    /// <inheritdoc />
    public LocalizedText Description { get; } = LocalizedText.Of(
        "Đơn vị có mọi kiến nghị đến hạn trong kỳ được thực hiện xong đúng hạn",
        "Organisations all of whose recommendations due in the period were completed on time");

    /// <inheritdoc />
    public RecordKind DataKind => RecordKind.ConclusionFollowUps;

    /// <inheritdoc />
    public void Compute(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var kinds = context.Indicator.AppliesTo.OrganizationKinds;
        if (kinds.IsEmpty)
        {
            for (var org = context.ScopeStart; org < context.ScopeEnd; org++)
            {
                CountUnit(context, org);
            }

            return;
        }

        foreach (var kind in kinds)
        {
            foreach (var org in context.Data.OfKind(kind, context.ScopeStart, context.ScopeEnd))
            {
                CountUnit(context, org);
            }
        }
    }

    /// <inheritdoc />
    public IEnumerable<UnitFacts> Explain(MeasureContext context, int organizationIndex)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsUnitOrganization(organizationIndex))
        {
            return [];
        }

        if (!context.HasData(organizationIndex, DataKind))
        {
            return [context.OrganizationUnit(organizationIndex, 0, 0, true, [context.MissingFact(organizationIndex, DataKind)])];
        }

        var facts = new List<FactItem>();
        var (n, d) = Count(context, organizationIndex, facts);
        return [context.OrganizationUnit(organizationIndex, n, d, false, facts)];
    }

    private void CountUnit(MeasureContext context, int org)
    {
        if (!context.IsUnitOrganization(org))
        {
            return;
        }

        if (!context.HasData(org, DataKind))
        {
            context.AddMissing(org);
            return;
        }

        var (n, d) = Count(context, org, null);
        context.AddUnit(org, n, d);
    }

    /// <summary>(1, 1) when every recommendation due in the window was completed by its deadline, (0, 1) when one was not, (0, 0) when none fell due.</summary>
    private static (long Numerator, long Denominator) Count(MeasureContext context, int org, List<FactItem>? facts)
    {
        var register = context.Data.Register
            ?? throw new InvalidOperationException($"The measure '{MeasureName}' reads a register; this data set was not built from one.");
        var recommendations = register.Recommendations;
        var due = false;
        var allOnTime = true;
        foreach (var position in context.Data.RecommendationsTo(org))
        {
            var r = recommendations[position];
            if (!context.InWindow(r.Deadline.Due))
            {
                continue;
            }

            due = true;
            var onTime = IsOnTime(r);
            allOnTime &= onTime;
            facts?.Add(new FactItem(r.Id.Value, onTime, Note(r, onTime)));
        }

        return due ? (allOnTime ? 1 : 0, 1) : (0, 0);
    }

    /// <summary>Completed on or before the day it was due.</summary>
    private static bool IsOnTime(Recommendation r) => r.CompletedOn is { } done && done <= r.Deadline.Due;

    private static LocalizedText Note(Recommendation r, bool onTime)
    {
        var due = r.Deadline.Due.ToString("dd/MM/uuuu", CultureInfo.InvariantCulture);
        if (onTime)
        {
            return LocalizedText.Of($"hạn {due}: đã thực hiện đúng hạn", $"due {due}: completed on time");
        }

        return r.CompletedOn is { } done
            ? LocalizedText.Of($"hạn {due}: thực hiện muộn, ngày {done.ToString("dd/MM/uuuu", CultureInfo.InvariantCulture)}", $"due {due}: completed late, on {done.ToString("dd/MM/uuuu", CultureInfo.InvariantCulture)}")
            : LocalizedText.Of($"hạn {due}: chưa thực hiện", $"due {due}: not completed");
    }
}
