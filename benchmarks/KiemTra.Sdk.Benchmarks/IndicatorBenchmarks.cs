using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.SampleProvince;
using KiemTra.Sdk.Reporting;

namespace KiemTra.Sdk.Benchmarks;

/// <summary>
/// The whole built-in catalogue (27 indicators) for the 2025–2030 term over the embedded Thái Nguyên province (what the
/// CLI's <c>report</c> evaluates), plus the report built on it. The tree, the activity and the data set's indexes are
/// built once in the setup; the one-off build is measured by <see cref="IndicatorBuildBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class IndicatorBenchmarks
{
    private IndicatorWorkload _province = null!;

    /// <summary>Builds the province's data set once.</summary>
    [GlobalSetup]
    public void Setup() => _province = IndicatorWorkload.Province();

    /// <summary><c>EvaluateAll</c>: every indicator of the catalogue for the term over the province.</summary>
    [Benchmark]
    public int Province_EvaluateAll() => _province.Evaluate();

    /// <summary><c>IndicatorReport.Build</c>: the evaluation plus the coverage breakdown, as <c>kiemtra report</c> runs it.</summary>
    [Benchmark]
    public int Province_ReportBuild()
        => IndicatorReport.Build(IndicatorCatalog.BuiltIn, _province.Data, _province.Organizations.IdOf(0), IndicatorWorkload.Term, IndicatorWorkload.ActivityAsOf).Indicators.Length;
}

/// <summary>
/// The whole catalogue for the term over the national data set: 34 provinces, 5.6 million members, 328,218
/// organisations, 3.5 million activity records for 2025–2026 (counts in docs/benchmarks.md), one
/// <c>EvaluateAll</c> per province. Setup (about 40 s) builds everything once; one operation is a whole national
/// evaluation, so it runs a few monitored iterations.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class NationalIndicatorBenchmarks
{
    private IndicatorWorkload _nation = null!;

    /// <summary>Builds the national data set once.</summary>
    [GlobalSetup]
    public void Setup() => _nation = IndicatorWorkload.National();

    /// <summary>Every indicator for the term over each of the 34 provinces, one after the other.</summary>
    [Benchmark(Baseline = true)]
    public int National_EvaluateAll() => _nation.Evaluate();

    /// <summary>The same with the provinces shared between two threads (the machine's two cores).</summary>
    [Benchmark]
    public int National_EvaluateAll_TwoThreads() => _nation.EvaluateInParallel(2);
}

/// <summary>
/// The one-off part, for the province: hierarchy → organisation index, synthetic activity, and the data set's checks
/// and indexes (reference checks, duplicate ids, group indexes).
/// </summary>
[MemoryDiagnoser]
public class IndicatorBuildBenchmarks
{
    private PartyDataset _hierarchy = null!;
    private IndicatorDataSet _organizations = null!;
    private Register.WorkRegister _register = null!;

    /// <summary>Generates the province and its activity once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var w = IndicatorWorkload.Province();
        _hierarchy = w.Hierarchy;
        _organizations = w.Organizations;
        _register = w.Register;
    }

    /// <summary><c>IndicatorDataSet.Create(hierarchy, date, WorkRegister.Empty)</c>: the organisations indexed, no work.</summary>
    [Benchmark]
    public int Province_IndexOrganizations() => IndicatorDataSet.Create(_hierarchy, _hierarchy.SnapshotDate, Register.WorkRegister.Empty).OrganizationCount;

    /// <summary><c>SampleWork.Generate</c>: the sample register of 2025–2026.</summary>
    [Benchmark]
    public int Province_GenerateActivity()
        => SampleWork.Generate(_hierarchy, _organizations, Rules.RuleBook.BuiltIn, Deadlines.DeadlineCalculator.Default, Inspection.OversightCatalogs.BuiltIn, asOf: IndicatorWorkload.ActivityAsOf).Register.Cases.Count;

    /// <summary><c>IndicatorDataSet.WithRegister</c>: projects the register, checks every reference and builds the indexes (the organisation index reused).</summary>
    [Benchmark]
    public int Province_DataSetCreate() => _organizations.WithRegister(IndicatorWorkload.ActivityAsOf, _register).OrganizationCount;
}
