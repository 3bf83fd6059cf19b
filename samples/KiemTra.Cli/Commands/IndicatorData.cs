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
/// <see cref="SampleActivity"/>), or a register of the work read from its JSON document (<c>--register FILE</c>) and
/// evaluated over the embedded province's hierarchy.
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

    public OrganizationId DefaultScope => Data.IdOf(0);

    /// <summary>The latest calendar year whose last day is on or before the data's extraction date.</summary>
    public ReportingPeriod DefaultPeriod => ReportingPeriod.LatestCompletedYear(Data.AsOf, FirstActivityYear);

    /// <summary>
    /// Loads <c>--register FILE</c> (the register of the work in its JSON form, <see cref="WorkRegisterJson"/>, evaluated
    /// over the embedded province's hierarchy as of <paramref name="today"/>), or the embedded sample.
    /// </summary>
    public static IndicatorData Load(string? registerFile, LocalDate today)
        => registerFile is null ? Embedded.Value : LoadRegister(registerFile, today);

    public OrganizationId Scope(string? text)
    {
        if (text is null)
        {
            return DefaultScope;
        }

        try
        {
            var id = OrganizationId.From(text);
            if (Data.IndexOf(id) >= 0)
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
    /// the report's indicator, the same discipline decisions).
    /// </summary>
    public WorkStatistics Statistics(CliSdk sdk, OrganizationId scope, ReportingPeriod period)
        => WorkStatistics.Compute(Data, scope, period, DisciplineRules.FromRules(sdk.Rules, period.Start), sdk.Indicators);

    /// <summary>Discipline by form for the report, from <see cref="Statistics"/>.</summary>
    public IReadOnlyList<DisciplineTally> Discipline(CliSdk sdk, OrganizationId scope, ReportingPeriod period)
        => DisciplineTally.From(Statistics(sdk, scope, period).Discipline);

    private static IndicatorData LoadRegister(string file, LocalDate today)
    {
        var bytes = CliFiles.ReadAll("--register", file);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var register = WorkRegisterJson.Read(stream, Path.GetFileName(file));
            var data = SampleActivity.Work.Organizations.WithRegister(today, register);
            var years = register.AnnualReturns.Select(r => r.Year).Concat(register.Programs.Select(p => p.From.Year)).DefaultIfEmpty(today.Year);
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
