using System.Diagnostics;
using System.Globalization;
using KiemTra.Sdk.Indicators;

namespace KiemTra.Sdk.Benchmarks;

/// <summary>
/// Stopwatch measurements BenchmarkDotNet cannot give (<c>-- measure-national</c>, <c>-- measure-province</c>): each stage
/// of the one-off build with its CPU time and collections (hierarchy, organisation index, the sample register, the indicator
/// data set), the whole catalogue evaluated from the register (wall and CPU time, bytes allocated per evaluation), each
/// indicator, the memory of the process, and last what the indices of the register and of the data set cost to build.
/// The box is shared: the load average is printed at each step, and CPU time beside every wall time.
/// </summary>
internal static class Measurements
{
    public static int Run(string what, TextWriter output)
    {
        var process = Process.GetCurrentProcess();
        output.WriteLine(FormattableString.Invariant($"{what}: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} processors, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}; {Load()}"));
        var total = Stopwatch.StartNew();
        var stage = Stopwatch.StartNew();
        var cpu = CpuClock.ProcessMs();
        var gcs = Collections();
        void Stage(string name, TimeSpan elapsed)
        {
            var nowCpu = CpuClock.ProcessMs();
            var nowGcs = Collections();
            output.WriteLine(FormattableString.Invariant(
                $"build: {name,-72} {elapsed.TotalMilliseconds,9:F0} ms wall {nowCpu - cpu,9:F0} ms CPU  GC {nowGcs.Gen0 - gcs.Gen0}/{nowGcs.Gen1 - gcs.Gen1}/{nowGcs.Gen2 - gcs.Gen2}; {Load()}"));
            (cpu, gcs) = (nowCpu, nowGcs);
        }

        var hierarchy = what == "national"
            ? KiemTra.SampleProvince.SyntheticProvince.GenerateNational()
            : KiemTra.SampleProvince.SyntheticProvince.Generate();
        Stage("generate + index the hierarchy", stage.Elapsed);
        output.WriteLine($"  hierarchy: {hierarchy.MemberCount:N0} members, {hierarchy.OrganizationCount:N0} organisations");

        var workload = IndicatorWorkload.From(hierarchy, Stage);
        var tree = workload.Organizations;
        var data = workload.Data;
        output.WriteLine($"  tree: {tree.OrganizationCount:N0} organisations, {tree.BodyCount:N0} bodies");
        var facts = 0;
        foreach (var (list, count) in workload.RegisterCounts())
        {
            output.WriteLine($"  register: {list,-40} {count,12:N0}");
            facts += count;
        }

        output.WriteLine($"  register: {"total",-40} {facts,12:N0}");
        var sum = 0;
        foreach (var (list, count) in workload.RecordCounts())
        {
            output.WriteLine($"  projection: {list,-38} {count,12:N0}");
            sum += count;
        }

        output.WriteLine($"  projection: {"total",-38} {sum,12:N0}");
        var afterBuild = Snapshot();

        // Warm up (tiered compilation promotes a method after 30 calls), then five timed evaluations of the whole catalogue
        // over every root, each with its CPU time (the evaluation is single-threaded) and the bytes it allocated.
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 40 && (i < 2 || warm.Elapsed < TimeSpan.FromSeconds(3)); i++)
        {
            workload.Evaluate();
        }

        output.WriteLine($"evaluate: warmed up; {Load()}");
        var times = new List<(double Wall, double Cpu, double Allocated)>();
        var evaluationGcs = Collections();
        for (var i = 0; i < 5; i++)
        {
            var before = CpuClock.ProcessMs();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            stage.Restart();
            workload.Evaluate();
            var wall = stage.Elapsed.TotalMilliseconds;
            times.Add((wall, CpuClock.ProcessMs() - before, (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0));
        }

        var afterGcs = Collections();
        var sorted = times.OrderBy(t => t.Wall).ToList();
        var byCpu = times.OrderBy(t => t.Cpu).ToList();
        output.WriteLine($"evaluate: whole catalogue, term 2025–2030, every root (wall/CPU ms, MB allocated): {string.Join("  ", times.Select(t => FormattableString.Invariant($"{t.Wall:F1}/{t.Cpu:F0} ({t.Allocated:F1} MB)")))}");
        output.WriteLine(FormattableString.Invariant($"evaluate: median wall {sorted[2].Wall:F1} ms (min {sorted[0].Wall:F1}), median CPU {byCpu[2].Cpu:F0} ms, {times.Average(t => t.Allocated):F1} MB allocated per evaluation, GC {afterGcs.Gen0 - evaluationGcs.Gen0}/{afterGcs.Gen1 - evaluationGcs.Gen1}/{afterGcs.Gen2 - evaluationGcs.Gen2} over the five; {Load()}"));

        var parallel = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            parallel = Math.Min(parallel, Time(stage, () => workload.EvaluateInParallel(2)));
        }

        output.WriteLine($"evaluate with the roots shared between 2 threads, best of 3: {parallel:F1} ms");

        // The same without listing units (listLimit 0): the difference is the cost of explaining misses and missing data.
        var countsOnly = IndicatorEvaluator.Create(listLimit: 0);
        var bestCountsOnly = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            stage.Restart();
            foreach (var root in workload.Roots())
            {
                countsOnly.EvaluateAll(IndicatorCatalog.BuiltIn, data, tree.IdOf(root), IndicatorWorkload.Term);
            }

            bestCountsOnly = Math.Min(bestCountsOnly, stage.Elapsed.TotalMilliseconds);
        }

        var listed = workload.Roots().SelectMany(r => workload.Evaluator.EvaluateAll(IndicatorCatalog.BuiltIn, data, tree.IdOf(r), IndicatorWorkload.Term).Results).ToList();
        output.WriteLine($"evaluate with no units listed (listLimit 0), best of 3: {bestCountsOnly:F1} ms; the default lists {listed.Sum(r => r.Misses.Length + r.MissingData.Length):N0} units with {listed.Sum(r => r.Misses.Sum(u => u.Facts.Length) + r.MissingData.Sum(u => u.Facts.Length)):N0} facts");

        // Per indicator, over every root: the best of three, to see what dominates through the noise.
        var evaluator = IndicatorEvaluator.Create();
        var roots = workload.Roots().Select(r => tree.IdOf(r)).ToArray();
        output.WriteLine("  per indicator over every root, best of 3: whole Evaluate / Evaluate listing no units (the rest is explaining) / the measure's counting pass alone");
        foreach (var indicator in IndicatorCatalog.BuiltIn.Indicators)
        {
            double whole = double.MaxValue, unlisted = double.MaxValue, counting = double.MaxValue;
            var measure = IndicatorMeasureSet.BuiltIn[indicator.Measure];
            for (var run = 0; run < 3; run++)
            {
                whole = Math.Min(whole, Time(stage, () => Array.ForEach(roots, root => evaluator.Evaluate(indicator, data, root, IndicatorWorkload.Term))));
                unlisted = Math.Min(unlisted, Time(stage, () => Array.ForEach(roots, root => countsOnly.Evaluate(indicator, data, root, IndicatorWorkload.Term))));
                counting = Math.Min(counting, Time(stage, () => measure.Compute(new MeasureContext(data, IndicatorWorkload.Term, indicator, new MeasureAccumulator(tree.OrganizationCount, indicator.Target)))));
            }

            output.WriteLine($"  indicator {indicator.Code,-12} {indicator.Measure,-42} {whole,8:F2} / {unlisted,8:F2} / {counting,8:F2} ms");
        }

        var afterEvaluate = Snapshot();
        output.WriteLine($"memory after build:    managed heap {afterBuild.Heap / 1048576.0:F0} MB, GC committed {afterBuild.Committed / 1048576.0:F0} MB, working set {afterBuild.WorkingSet / 1048576.0:F0} MB");
        output.WriteLine($"memory after evaluate: managed heap {afterEvaluate.Heap / 1048576.0:F0} MB, GC committed {afterEvaluate.Committed / 1048576.0:F0} MB, working set {afterEvaluate.WorkingSet / 1048576.0:F0} MB ({listed.Count:N0} results held)");
        process.Refresh();
        output.WriteLine($"peak working set of the process (build, register, data set, evaluations) {process.PeakWorkingSet64 / 1048576.0:F0} MB");
        GC.KeepAlive(listed);
        listed = null;

        // Last (its products are dropped, but it raises the heap for a moment): what the indices cost, apart from generating the facts.
        (cpu, gcs) = (CpuClock.ProcessMs(), Collections());
        workload.MeasureIndexBuild(Stage);
        output.WriteLine($"total wall time {total.Elapsed.TotalSeconds:F1} s, CPU {CpuClock.ProcessMs() / 1000:F1} s; GC gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; {Load()}");
        GC.KeepAlive(workload);
        return 0;
    }

    /// <summary>The load average of the machine (Linux), for the record beside each figure.</summary>
    internal static string Load()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"load average {parts[0]}, {parts[1]}, {parts[2]}";
        }
        catch (IOException)
        {
            return "load average unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "load average unknown";
        }
    }

    private static (int Gen0, int Gen1, int Gen2) Collections() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    private static (long Heap, long Committed, long WorkingSet) Snapshot()
    {
        var info = GC.GetGCMemoryInfo();
        return (GC.GetTotalMemory(false), info.TotalCommittedBytes, Process.GetCurrentProcess().WorkingSet64);
    }

    private static double Time(Stopwatch stage, Action action)
    {
        stage.Restart();
        action();
        return stage.Elapsed.TotalMilliseconds;
    }
}
