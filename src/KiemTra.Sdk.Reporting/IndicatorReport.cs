using System.Collections.Immutable;
using System.Globalization;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Reporting;

/// <summary>
/// A published indicator report (<i>báo cáo kết quả thực hiện chỉ tiêu</i>): what the console, JSON, CSV and
/// HTML writers render. Its fields hold only indicator texts, counts, organisation and body names and ids, record
/// ids and notes the SDK writes from dates and counts: there is no field that could carry an informant's identity,
/// a responsible person or any other personal datum of the source records (by construction).
/// </summary>
public sealed class IndicatorReport
{
    private IndicatorReport(
        string scope,
        string scopeName,
        ReportingPeriod period,
        LocalDate dataAsOf,
        LocalDate generatedOn,
        ImmutableArray<ReportIndicatorRow> indicators,
        ImmutableArray<ReportRatingRow> ratings,
        ImmutableArray<ReportCoverageRow> coverage,
        ImmutableArray<DisciplineTally> discipline,
        ImmutableArray<LocalizedText> notes)
    {
        Notes = notes;
        Scope = scope;
        ScopeName = scopeName;
        Period = period;
        DataAsOf = dataAsOf;
        GeneratedOn = generatedOn;
        Indicators = indicators;
        Ratings = ratings;
        Coverage = coverage;
        Discipline = discipline;
    }

    /// <summary>The id of the organisation reported on.</summary>
    public string Scope { get; }

    /// <summary>Its name.</summary>
    public string ScopeName { get; }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The date the data was extracted.</summary>
    public LocalDate DataAsOf { get; }

    /// <summary>The date the report was produced (from the caller's clock).</summary>
    public LocalDate GeneratedOn { get; }

    /// <summary>One row per indicator evaluated.</summary>
    public ImmutableArray<ReportIndicatorRow> Indicators { get; }

    /// <summary>Gated ratings.</summary>
    public ImmutableArray<ReportRatingRow> Ratings { get; }

    /// <summary>Coverage by organisation directly under the scope (empty when no coverage indicator applies).</summary>
    public ImmutableArray<ReportCoverageRow> Coverage { get; }

    /// <summary>Discipline by form (empty when the caller has no discipline statistics for the period).</summary>
    public ImmutableArray<DisciplineTally> Discipline { get; }

    /// <summary>Notes every reader must see, e.g. that the data is synthetic.</summary>
    public ImmutableArray<LocalizedText> Notes { get; }

    /// <summary>How many indicators have <paramref name="status"/>.</summary>
    public int Count(IndicatorStatus status) => Indicators.Count(r => r.Status == status);

    /// <summary>The report's title, e.g. "Báo cáo kết quả thực hiện chỉ tiêu — Đảng bộ Tỉnh Mẫu — Năm 2025".</summary>
    public LocalizedText Title => LocalizedText.Of(
        $"Báo cáo kết quả thực hiện chỉ tiêu — {ScopeName} — {Period.Label.Vietnamese}",
        $"Indicator report — {ScopeName} — {Period.Label.English}");

    /// <summary>Evaluates the catalogue and builds the report: indicators, gated ratings and coverage by organisation.</summary>
    /// <param name="catalog">The indicators.</param>
    /// <param name="data">The data set.</param>
    /// <param name="scope">The organisation reported on.</param>
    /// <param name="period">The period.</param>
    /// <param name="generatedOn">Today's date from the caller's clock.</param>
    /// <param name="measures">The measures that evaluate the catalogue; <see cref="IndicatorMeasureSet.BuiltIn"/> when null.</param>
    /// <param name="discipline">Discipline statistics by form for the period, when the caller has them.</param>
    /// <param name="notes">Notes every reader must see (e.g. the synthetic-data note of the sample province, <c>KiemTra.SampleProvince.SampleWork.Note</c>).</param>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is not in the data set, or a discipline count is negative.</exception>
    public static IndicatorReport Build(IndicatorCatalog catalog, IndicatorDataSet data, OrganizationId scope, ReportingPeriod period, LocalDate generatedOn, IndicatorMeasureSet? measures = null, IEnumerable<DisciplineTally>? discipline = null, IEnumerable<LocalizedText>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        measures ??= IndicatorMeasureSet.BuiltIn;
        var evaluation = measures.EvaluateAll(catalog, data, scope, period);
        var coverageIndicator = evaluation.Results.Select(r => r.Indicator).FirstOrDefault(i => i.Measure == "subordinates-covered" && i.AppliesDuring(period.Start.Year, period.End.Year));
        var coverage = coverageIndicator is null
            ? []
            : measures.Breakdown(coverageIndicator, data, scope, period);
        return From(evaluation, generatedOn, coverage, discipline, notes);
    }

    /// <summary>Builds the report from an evaluation already made.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="generatedOn">Today's date from the caller's clock.</param>
    /// <param name="coverage">Coverage counts by organisation (from <see cref="IndicatorMeasureSet.Breakdown"/>), or null.</param>
    /// <param name="discipline">Discipline statistics by form, or null.</param>
    /// <param name="notes">Notes every reader must see, or null.</param>
    /// <exception cref="ArgumentException">A discipline count is negative or a form code is repeated.</exception>
    public static IndicatorReport From(CatalogEvaluation evaluation, LocalDate generatedOn, IEnumerable<IndicatorResult>? coverage = null, IEnumerable<DisciplineTally>? discipline = null, IEnumerable<LocalizedText>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var tallies = (discipline ?? []).ToImmutableArray();
        foreach (var t in tallies)
        {
            if (t is null || t.Organizations < 0 || t.Members < 0 || string.IsNullOrWhiteSpace(t.FormCode))
            {
                throw new ArgumentException($"A discipline tally is null, has no form code or a negative count ({t?.FormCode}: {t?.Organizations}, {t?.Members}).", nameof(discipline));
            }
        }

        var repeated = tallies.GroupBy(t => t.FormCode, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"The discipline form '{repeated.Key}' is repeated.", nameof(discipline));
        }

        var rows = evaluation.Results.Select(Row).ToImmutableArray();
        var ratings = evaluation.Ratings.Select(r => new ReportRatingRow(r.Gate.RatingCode, r.Gate.Rating, r.MayBeGiven, r.Blocking, r.Undetermined)).ToImmutableArray();
        var cover = (coverage ?? []).Select(c => new ReportCoverageRow(c.Scope.Value, c.ScopeName, c.Numerator, c.Denominator, c.UnitsMissingData)).ToImmutableArray();
        // An indicator whose measure leaves part of its wording uncounted says so in every report that shows it.
        var unmeasured = evaluation.Results
            .Where(r => r.Indicator.NotMeasured is not null && r.Status != IndicatorStatus.NotApplicable)
            .Select(r => LocalizedText.Of($"{r.Indicator.Code} — chưa đo: {r.Indicator.NotMeasured!.Vietnamese}", $"{r.Indicator.Code} — not measured: {r.Indicator.NotMeasured!.English}"));
        return new IndicatorReport(evaluation.Scope.Value, evaluation.ScopeName, evaluation.Period, evaluation.DataAsOf, generatedOn, rows, ratings, cover, tallies, (notes ?? []).Concat(unmeasured).ToImmutableArray());
    }

    private static ReportIndicatorRow Row(IndicatorResult r) => new(
        r.Indicator.Code,
        r.Indicator.Text,
        r.Status,
        r.Numerator,
        r.Denominator,
        r.Value,
        r.Target,
        r.Met,
        r.UnitsCounted,
        r.UnitsMissed,
        r.UnitsMissingData,
        r.Indicator.Source,
        r.Indicator.Verified,
        r.Reason,
        r.Misses.Select(u => Unit(u, r.Target)).ToImmutableArray(),
        r.MissingData.Select(u => Unit(u, r.Target)).ToImmutableArray());

    private static ReportUnit Unit(UnitFacts u, IndicatorTarget target)
    {
        LocalizedText reason;
        if (u.DataMissing)
        {
            reason = LocalizedText.Of("thiếu dữ liệu", "data missing");
        }
        else
        {
            var value = IndicatorTarget.FormatText(target.ValueOf(u.Numerator, u.Denominator), target.Unit);
            reason = LocalizedText.Of(
                $"{TextFormat.Ratio(u.Numerator, u.Denominator)} = {value.Vietnamese}, chưa đạt {target.Text.Vietnamese}",
                $"{TextFormat.EnglishRatio(u.Numerator, u.Denominator)} = {value.English}, below {target.Text.English}");
        }

        return new ReportUnit(u.UnitId, u.UnitName, u.Numerator, u.Denominator, reason, u.Facts.Select(f => new ReportFact(f.RecordId, f.Counted, f.Note)).ToImmutableArray());
    }
}
