using KiemTra.Sdk;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Indicators.Synthetic;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Organization.Synthetic;
using KiemTra.Sdk.Reporting;
using NodaTime;

namespace KiemTra.WebHost.Hosting;

/// <summary>
/// The activity records the indicator endpoint evaluates (<i>dữ liệu hoạt động để đánh giá chỉ tiêu</i>): the indicator
/// data set file named by <c>KiemTra:IndicatorDataPath</c> (format in docs/reports.md), or otherwise synthetic activity
/// for 2025–2026 generated over the host's party dataset, as the CLI does for the embedded province. Every answer built
/// on synthetic activity carries <see cref="SyntheticIndicatorActivity.Note"/>.
/// </summary>
internal sealed class IndicatorActivity
{
    /// <summary>The extraction date of the synthetic activity (the same as the CLI's).</summary>
    public static readonly LocalDate SyntheticAsOf = new(2026, 10, 31);

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
    public IReadOnlyList<LocalizedText> Notes => Synthetic ? [SyntheticIndicatorActivity.Note] : [];

    /// <summary>The latest calendar year whose last day is on or before the extraction date (not before the first year).</summary>
    public ReportingPeriod DefaultPeriod => ReportingPeriod.LatestCompletedYear(Data.AsOf, FirstYear);

    /// <summary>Loads the configured file, or generates synthetic activity over <paramref name="dataset"/>.</summary>
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
        var generated = SyntheticIndicatorActivity.CreateDataSet(tree, 2025, 2026, SyntheticAsOf, SyntheticProvinceOptions.ThaiNguyen2025.Seed);
        return new IndicatorActivity(generated, synthetic: true, 2025);
    }
}
