using KiemTra.SampleProvince;
using KiemTra.Sdk;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using NodaTime;

namespace KiemTra.Cli.Commands;

/// <summary>
/// The data the <c>report</c>, <c>indicators</c> and <c>cases stats</c> commands evaluate: the embedded synthetic Thái
/// Nguyên province (the hierarchy of 10/2025 with its register of the work for 2025 and 2026 up to 31/10/2026,
/// <see cref="SampleActivity"/>), or an indicator data set file (<c>--dataset FILE</c>, the earlier format, read for one
/// more release; it carries activity records, not a register, so it has no discipline statistics).
/// </summary>
internal sealed class IndicatorData
{
    /// <summary>The extraction date of the embedded province's synthetic activity.</summary>
    public static readonly LocalDate EmbeddedActivityAsOf = SampleWork.DefaultAsOf;

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

    public IReadOnlyList<LocalizedText> Notes => Synthetic ? [SampleWork.Note] : [];

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

    /// <summary>
    /// The statistics of the work of a scope and period, computed from the register (the same plan-completion measure as
    /// the report's indicator, the same discipline decisions); null for a data set file without a register.
    /// </summary>
    public WorkStatistics? Statistics(CliSdk sdk, OrganizationId scope, ReportingPeriod period) => Data.Register is null
        ? null
        : WorkStatistics.Compute(Data, scope, period, DisciplineFormPolicy.FromRules(sdk.Rules, period.Start), sdk.Indicators);

    /// <summary>Discipline by form for the report, from <see cref="Statistics"/>; empty without a register.</summary>
    public IReadOnlyList<DisciplineTally> Discipline(CliSdk sdk, OrganizationId scope, ReportingPeriod period)
        => Statistics(sdk, scope, period) is { } statistics ? DisciplineTally.From(statistics.Discipline) : [];

    private static IndicatorData LoadEmbedded()
        => new(SampleActivity.Work.ToDataSet(), synthetic: true, SampleWork.FirstYear);
}
