using KiemTra.Sdk;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Indicators.Synthetic;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Organization.Synthetic;
using KiemTra.Sdk.Reporting;
using NodaTime;

namespace KiemTra.Cli.Commands;

/// <summary>
/// The data the <c>report</c> and <c>indicators</c> commands evaluate: the embedded synthetic Thái Nguyên province (the
/// hierarchy of 10/2025 with synthetic activity for 2025 and 2026 up to 31/10/2026), or an indicator data set file
/// (<c>--dataset FILE</c>, format in docs/reports.md).
/// </summary>
internal sealed class IndicatorData
{
    /// <summary>The extraction date of the embedded province's synthetic activity.</summary>
    public static readonly LocalDate EmbeddedActivityAsOf = new(2026, 10, 31);

    private static readonly Lazy<IndicatorData> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private IndicatorData(IndicatorDataSet data, bool synthetic, int firstActivityYear)
    {
        Data = data;
        Synthetic = synthetic;
        FirstActivityYear = firstActivityYear;
    }

    public IndicatorDataSet Data { get; }

    /// <summary>Whether the activity is synthetic (every output then says so).</summary>
    public bool Synthetic { get; }

    public int FirstActivityYear { get; }

    public IReadOnlyList<LocalizedText> Notes => Synthetic ? [SyntheticIndicatorActivity.Note] : [];

    public OrganizationId DefaultScope => Data.Tree[0].Id;

    /// <summary>The latest calendar year whose last day is on or before the data's extraction date.</summary>
    public ReportingPeriod DefaultPeriod => ReportingPeriod.LatestCompletedYear(Data.AsOf, FirstActivityYear);

    public static IndicatorData Load(string? datasetFile)
    {
        if (datasetFile is null)
        {
            return Embedded.Value;
        }

        if (!File.Exists(datasetFile))
        {
            throw new CliUsageException($"--dataset: không có tệp / no such file: '{datasetFile}'");
        }

        try
        {
            using var stream = File.OpenRead(datasetFile);
            var data = IndicatorDataSetReader.Read(stream, Path.GetFileName(datasetFile));
            var years = data.YearsReported.DefaultIfEmpty(data.AsOf.Year);
            return new IndicatorData(data, synthetic: false, years.Min());
        }
        catch (IndicatorDataFormatException ex)
        {
            throw new CliUsageException($"--dataset: {ex.Message}", ex);
        }
    }

    public OrganizationId Scope(string? text)
    {
        if (text is null)
        {
            return DefaultScope;
        }

        try
        {
            var id = OrganizationId.From(text);
            if (Data.Tree.IndexOf(id) >= 0)
            {
                return id;
            }
        }
        catch (ArgumentException)
        {
            // Falls through to the usage error below, which names the value.
        }

        throw new CliUsageException($"--scope: không có tổ chức '{text}' trong dữ liệu / no organisation '{text}' in the data");
    }

    public ReportingPeriod Period(string? text)
    {
        if (text is null)
        {
            return DefaultPeriod;
        }

        try
        {
            return ReportingPeriod.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new CliUsageException($"--period: {ex.Message}", ex);
        }
    }

    public IReadOnlyList<DisciplineTally> Discipline(ReportingPeriod period)
        => Synthetic ? SyntheticIndicatorActivity.DisciplineTallies(Data.Tree, period, SyntheticProvinceOptions.ThaiNguyen2025.Seed) : [];

    private static IndicatorData LoadEmbedded()
    {
        var province = SyntheticProvince.Generate();
        var tree = EvaluationTree.From(province, province.SnapshotDate);
        var data = SyntheticIndicatorActivity.CreateDataSet(tree, 2025, 2026, EmbeddedActivityAsOf, SyntheticProvinceOptions.ThaiNguyen2025.Seed);
        return new IndicatorData(data, synthetic: true, 2025);
    }
}
