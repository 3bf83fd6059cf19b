using KiemTra.SampleProvince;
using KiemTra.Sdk;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Serialization.SystemTextJson;
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

    public OrganizationId DefaultScope => Data.Tree.IdOf(0);

    /// <summary>The latest calendar year whose last day is on or before the data's extraction date.</summary>
    public ReportingPeriod DefaultPeriod => ReportingPeriod.LatestCompletedYear(Data.AsOf, FirstActivityYear);

    public static IndicatorData Load(string? datasetFile) => Load(datasetFile, null, default);

    /// <summary>
    /// Loads <c>--dataset FILE</c> (the earlier indicator data set format), or <c>--register FILE</c> (the register of the
    /// work in its JSON form, <see cref="WorkRegisterJson"/>, evaluated over the embedded province's hierarchy as of
    /// <paramref name="today"/>), or the embedded sample.
    /// </summary>
    public static IndicatorData Load(string? datasetFile, string? registerFile, LocalDate today)
    {
        if (datasetFile is not null && registerFile is not null)
        {
            throw new CliUsageException("--register: không dùng cùng --dataset / cannot be used with --dataset");
        }

        if (registerFile is not null)
        {
            return LoadRegister(registerFile, today);
        }

        if (datasetFile is null)
        {
            return Embedded.Value;
        }

        var bytes = CliFiles.ReadAll("--dataset", datasetFile);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var data = IndicatorDataSetReader.Read(stream, Path.GetFileName(datasetFile));
            var years = data.YearsReported.DefaultIfEmpty(data.AsOf.Year);
            return new IndicatorData(data, synthetic: false, years.Min());
        }
        catch (KiemTra.Sdk.Diagnostics.DataFormatException ex)
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
        : WorkStatistics.Compute(Data, scope, period, DisciplineRules.FromRules(sdk.Rules, period.Start), sdk.Indicators);

    /// <summary>Discipline by form for the report, from <see cref="Statistics"/>; empty without a register.</summary>
    public IReadOnlyList<DisciplineTally> Discipline(CliSdk sdk, OrganizationId scope, ReportingPeriod period)
        => Statistics(sdk, scope, period) is { } statistics ? DisciplineTally.From(statistics.Discipline) : [];

    private static IndicatorData LoadRegister(string file, LocalDate today)
    {
        var bytes = CliFiles.ReadAll("--register", file);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var register = WorkRegisterJson.Read(stream, Path.GetFileName(file));
            var tree = SampleActivity.Work.Tree;
            var data = IndicatorDataSet.Create(tree, today, register);
            var years = register.AnnualReturns.Select(r => r.Year).Concat(register.Programmes.Select(p => p.Programme.From.Year)).DefaultIfEmpty(today.Year);
            return new IndicatorData(data, synthetic: false, years.Min());
        }
        catch (KiemTra.Sdk.Diagnostics.DataFormatException ex)
        {
            throw new CliUsageException($"--register: {ex.Message}", ex);
        }
        catch (ArgumentException ex)
        {
            // A fact naming an organisation that is not in the embedded province's hierarchy.
            throw new CliUsageException($"--register: {Path.GetFileName(file)}: {ex.Message}", ex);
        }
    }

    private static IndicatorData LoadEmbedded()
        => new(SampleActivity.Work.ToDataSet(), synthetic: true, SampleWork.FirstYear);
}
