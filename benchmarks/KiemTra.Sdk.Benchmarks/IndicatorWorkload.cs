using KiemTra.SampleProvince;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Benchmarks;

/// <summary>
/// The indicator workload the CLI's <c>report</c> and <c>indicators</c> commands run, at any size: a hierarchy
/// (the embedded Thái Nguyên province, several national provinces, or the whole country), the organisation index on the
/// hierarchy's snapshot date, the sample register of the work for 2025–2026 up to 31/10/2026 (<see cref="SampleWork"/>,
/// what the CLI embeds) projected into the indicator data set, and the term
/// 2025–2030 as the period. Building is the one-off part; <see cref="Evaluate"/> is what a report costs afterwards.
/// </summary>
public sealed class IndicatorWorkload
{
    /// <summary>The extraction date of the activity, as in the CLI.</summary>
    public static readonly LocalDate ActivityAsOf = SampleWork.DefaultAsOf;

    /// <summary>The period evaluated: the 2025–2030 term.</summary>
    public static readonly ReportingPeriod Term = ReportingPeriod.Term(2025, 2030);

    private IndicatorWorkload(PartyDataset hierarchy, IndicatorDataSet organizations, WorkRegister register, IndicatorDataSet data)
    {
        Hierarchy = hierarchy;
        Organizations = organizations;
        Register = register;
        Records = data.Records;
        Data = data;
        Evaluator = IndicatorMeasureSet.BuiltIn;
    }

    public PartyDataset Hierarchy { get; }

    /// <summary>The organisations of the hierarchy, indexed, with no work: what the register is projected onto.</summary>
    public IndicatorDataSet Organizations { get; }

    public WorkRegister Register { get; }

    internal ActivityRecords Records { get; }

    public IndicatorDataSet Data { get; }

    public IndicatorMeasureSet Evaluator { get; }

    /// <summary>The roots of the data (one per province).</summary>
    public IEnumerable<int> Roots()
    {
        for (var i = 0; i < Organizations.OrganizationCount; i = Organizations.SubtreeEnd(i))
        {
            yield return i;
        }
    }

    /// <summary>The default province (Thái Nguyên, 140,429 members).</summary>
    public static IndicatorWorkload Province() => From(SyntheticProvince.Generate());

    /// <summary>The whole synthetic country (34 provinces, 5.6 million members).</summary>
    public static IndicatorWorkload National() => From(SyntheticProvince.GenerateNational());

    /// <summary>
    /// <paramref name="multiple"/> copies of the default province (Thái Nguyên's sizes, 140,429 members each), each with
    /// its own code (<c>T01</c>, <c>T02</c>…) and seed: the same shape of tree, <paramref name="multiple"/> times larger.
    /// </summary>
    public static IndicatorWorkload Provinces(int multiple, Action<string, TimeSpan>? stage = null)
    {
        var tn = SyntheticProvinceOptions.ThaiNguyen2025;
        var builder = new PartyDatasetBuilder($"{multiple} × {tn.Name} (synthetic)", tn.SnapshotDate, $"synthetic:x{multiple}", tn.Members * multiple);
        for (var i = 0; i < multiple; i++)
        {
            var options = SyntheticProvinceOptions.Create(
                $"T{i + 1:D2}", $"{tn.Name} {i + 1}", tn.SnapshotDate, tn.Seed + (ulong)i, tn.Communes, tn.Wards, tn.GrassrootsCommittees, tn.GrassrootsCells, tn.SubCommittees, tn.Cells, tn.Members);
            SyntheticProvince.Write(options, IPartyDatasetSink.ForBuilder(builder));
        }

        return From(builder.Build(), stage);
    }

    /// <summary>
    /// Builds the organisation index, the register and the indexed data set from a hierarchy, reporting each stage's time:
    /// the organisations indexed (<see cref="IndicatorDataSet.Create(PartyDataset, LocalDate, WorkRegister)"/> over
    /// <see cref="WorkRegister.Empty"/>), the sample register (<see cref="SampleWork.Generate"/>: every fact recorded
    /// through the domain API, ending with <see cref="WorkRegisterBuilder.Build"/>), and
    /// <see cref="IndicatorDataSet.WithRegister"/> (the register's projection onto the indicator columns, its checks and
    /// the group indexes, over the same organisation index).
    /// </summary>
    public static IndicatorWorkload From(PartyDataset hierarchy, Action<string, TimeSpan>? stage = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var organizations = IndicatorDataSet.Create(hierarchy, hierarchy.SnapshotDate, WorkRegister.Empty);
        stage?.Invoke("IndicatorDataSet.Create over WorkRegister.Empty (hierarchy → organisation index)", watch.Elapsed);
        watch.Restart();
        var register = SampleWork.Generate(hierarchy, organizations, RuleBook.BuiltIn, DeadlineCalculator.Default, OversightCatalogs.BuiltIn, asOf: ActivityAsOf).Register;
        stage?.Invoke("SampleWork.Generate (the register of 2025–2026)", watch.Elapsed);
        watch.Restart();
        var data = organizations.WithRegister(ActivityAsOf, register);
        stage?.Invoke("IndicatorDataSet.WithRegister (projection + checks + indexes)", watch.Elapsed);
        return new IndicatorWorkload(hierarchy, organizations, register, data);
    }

    /// <summary>
    /// What building the indices costs, apart from generating the facts: the register's facts recorded again into a new
    /// builder (each <c>Add…</c> with its checks), <see cref="WorkRegisterBuilder.Build"/> (link checks and the register's
    /// lookup indices), the projection of the register onto the indicator columns, and the data set's checks and group
    /// indexes built from that projection. Every product is dropped; run it after the memory figures are taken.
    /// </summary>
    public void MeasureIndexBuild(Action<string, TimeSpan> stage)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var builder = new WorkRegisterBuilder(Register);
        stage("register: record every fact again (WorkRegisterBuilder.Add…, with the checks)", watch.Elapsed);
        watch.Restart();
        var rebuilt = builder.Build();
        stage("register: WorkRegisterBuilder.Build (link checks + lookup indices)", watch.Elapsed);
        watch.Restart();
        var records = RegisterProjection.Project(Register, Organizations.Tree, ActivityAsOf);
        stage("data set: RegisterProjection.Project (register → indicator columns)", watch.Elapsed);
        watch.Restart();
        var indexed = IndicatorDataSet.Create(Organizations.Tree, ActivityAsOf, records);
        stage("data set: checks + group indexes from the projection", watch.Elapsed);
        GC.KeepAlive(rebuilt);
        GC.KeepAlive(indexed);
    }

    /// <summary>Evaluates the whole built-in catalogue for the term over every root; returns the number of results.</summary>
    public int Evaluate()
    {
        var results = 0;
        foreach (var root in Roots())
        {
            results += Evaluator.EvaluateAll(IndicatorCatalog.BuiltIn, Data, Organizations.IdOf(root), Term).Results.Length;
        }

        return results;
    }

    /// <summary>
    /// The same evaluation with the roots shared between <paramref name="workers"/> threads: the data set, tree, catalogue
    /// and evaluator are immutable, so independent scopes can be evaluated at once.
    /// </summary>
    public int EvaluateInParallel(int workers)
    {
        var results = 0;
        Parallel.ForEach(Roots(), new ParallelOptions { MaxDegreeOfParallelism = workers }, root =>
            Interlocked.Add(ref results, Evaluator.EvaluateAll(IndicatorCatalog.BuiltIn, Data, Organizations.IdOf(root), Term).Results.Length));
        return results;
    }

    /// <summary>The number of facts in the register, by kind (what the host records).</summary>
    public IReadOnlyList<(string List, int Count)> RegisterCounts() =>
    [
        ("cases", Register.Cases.Count),
        ("programmes", Register.Programs.Count),
        ("programme items", Register.Programs.Sum(p => p.Items.Count)),
        ("item → case links", Register.ProgramItemLinks.Count),
        ("documents (assignment, regulation)", Register.Documents.Count),
        ("locality assignments", Register.Assignments.Count),
        ("assignee reports", Register.AssigneeReports.Count),
        ("locality meetings", Register.LocalityMeetings.Count),
        ("discipline decisions", Register.Decisions.Count),
        ("complaints", Register.Complaints.Count),
        ("denunciations", Register.Denunciations.Count),
        ("recommendations", Register.Recommendations.Count),
        ("directives", Register.Directives.Count),
        ("inspection staff years", Register.InspectionStaff.Count),
        ("implementation plans + reports", Register.ImplementationPlans.Count + Register.ImplementationReports.Count),
        ("meetings", Register.Meetings.Count),
        ("tasks", Register.Tasks.Count),
        ("digital figures", Register.DigitalFigures.Count),
        ("annual returns", Register.AnnualReturns.Count),
        ("other (files, information, vetting, findings, recoveries, resolutions, escalations)", Register.LocalityFiles.Count + Register.InformationReceived.Count
            + Register.VettingOpinions.Count + Register.CaseFindings.Count + Register.Recommendations.Count(r => r.AmountToRecoverVnd is not null) + Register.ComplaintResolutions.Count + Register.DenunciationEscalations.Count),
    ];

    /// <summary>The number of activity records of the register's projection onto the indicator columns, by list.</summary>
    public IReadOnlyList<(string List, int Count)> RecordCounts() =>
    [
        ("plan items", Records.PlanItems.Length),
        ("governance documents", Records.GovernanceDocuments.Length),
        ("directives", Records.Directives.Length),
        ("inspection staff", Records.InspectionStaff.Length),
        ("conclusion follow-ups", Records.ConclusionFollowUps.Length),
        ("locality assignments", Records.LocalityAssignments.Length),
        ("meeting attendance", Records.MeetingAttendance.Length),
        ("digital transformation", Records.DigitalTransformation.Length),
        ("meetings", Records.Meetings.Length),
        ("tasks", Records.Tasks.Length),
        ("reported-data statements", Records.Reported.Length),
    ];
}
