using KiemTra.SampleProvince;
using KiemTra.Sdk;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.WebHost.Hosting;

/// <summary>
/// The activity records the indicator endpoint evaluates (<i>dữ liệu hoạt động để đánh giá chỉ tiêu</i>): the indicator
/// data set file named by <c>KiemTra:IndicatorDataPath</c> (format in docs/reports.md), or otherwise the sample register
/// of the work for 2025–2026 (<see cref="SampleWork"/>) generated over the host's party dataset, as the CLI does for the
/// embedded province. Every answer built on the sample carries <see cref="SampleWork.Note"/>.
/// </summary>
internal sealed class IndicatorActivity
{
    /// <summary>The extraction date of the synthetic activity (the same as the CLI's).</summary>
    public static readonly LocalDate SyntheticAsOf = SampleWork.DefaultAsOf;

    private IndicatorActivity(IndicatorDataSet data, bool synthetic, int firstYear)
    {
        Data = data;
        Synthetic = synthetic;
        FirstYear = firstYear;
    }

    /// <summary>The data set.</summary>
    public IndicatorDataSet Data { get; }

    /// <summary>Whether the activity is synthetic.</summary>
    public bool Synthetic { get; }

    /// <summary>The first year with activity.</summary>
    public int FirstYear { get; }

    /// <summary>The notes every answer carries.</summary>
    public IReadOnlyList<LocalizedText> Notes => Synthetic ? [SampleWork.Note] : [];

    /// <summary>The latest calendar year whose last day is on or before the extraction date (not before the first year).</summary>
    public ReportingPeriod DefaultPeriod => ReportingPeriod.LatestCompletedYear(Data.AsOf, FirstYear);

    /// <summary>Loads the configured file, or generates the sample register over <paramref name="dataset"/>.</summary>
    /// <exception cref="IndicatorDataFormatException">The configured file is malformed; the message names the path and value.</exception>
    public static IndicatorActivity Load(IConfiguration configuration, PartyDataset dataset)
    {
        var path = configuration["KiemTra:IndicatorDataPath"];
        if (!string.IsNullOrWhiteSpace(path))
        {
            using var stream = File.OpenRead(path);
            var data = IndicatorDataSetReader.Read(stream, Path.GetFileName(path));
            return new IndicatorActivity(data, synthetic: false, data.YearsReported.DefaultIfEmpty(data.AsOf.Year).Min());
        }

        var tree = EvaluationTree.From(dataset, dataset.SnapshotDate);
        var work = SampleWork.Generate(dataset, tree, RuleBook.BuiltIn, DeadlineCalculator.Default, OversightCatalogues.BuiltIn, asOf: SyntheticAsOf);
        return new IndicatorActivity(work.ToDataSet(), synthetic: true, SampleWork.FirstYear);
    }
}
