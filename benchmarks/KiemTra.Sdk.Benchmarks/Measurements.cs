using System.Diagnostics;
using System.Globalization;
using KiemTra.Sdk.Indicators;

namespace KiemTra.Sdk.Benchmarks;

/// <summary>
/// Stopwatch measurements BenchmarkDotNet cannot give: each stage of the one-off build, each indicator of the
/// catalogue, and the peak memory of the process (<c>-- measure-national</c>, <c>-- measure-province</c>).
/// </summary>
internal static class Measurements
{
    public static int Run(string what, TextWriter output)
    {
        var lunar = Calendar.VietnameseLunarCalendar.Default;
        output.WriteLine($"lunar table: {lunar.MinDate:uuuu-MM-dd} to {lunar.MaxDate:uuuu-MM-dd}, {NodaTime.Period.DaysBetween(lunar.MinDate, lunar.MaxDate) + 1:N0} days (LunarRangeBenchmarks converts each)");
        var total = Stopwatch.StartNew();
        var stage = Stopwatch.StartNew();
        var hierarchy = what == "national"
            ? KiemTra.SampleProvince.SyntheticProvince.GenerateNational()
            : KiemTra.SampleProvince.SyntheticProvince.Generate();
        Line(output, "build: generate + index the hierarchy", stage, $"{hierarchy.MemberCount:N0} members, {hierarchy.OrganizationCount:N0} organisations");

        var workload = IndicatorWorkload.From(hierarchy, (name, elapsed) => output.WriteLine($"build: {name,-45} {elapsed.TotalMilliseconds,9:F0} ms"));
        var tree = workload.Tree;
        var data = workload.Data;
        output.WriteLine($"  tree: {tree.Count:N0} organisations, {tree.BodyCount:N0} bodies");
        var sum = 0;
        foreach (var (list, count) in workload.RecordCounts())
        {
            output.WriteLine($"  records: {list,-26} {count,12:N0}");
            sum += count;
        }

        output.WriteLine($"  records: {"total",-26} {sum,12:N0}");
        var afterBuild = Snapshot();
        var allocatedBeforeEvaluate = GC.GetTotalAllocatedBytes();

        // Warm up (tiered compilation promotes a method after 30 calls), then five timed evaluations of the whole catalogue over every root. The box is shared, so the
        // process's CPU time is printed beside the wall time (the evaluation is single-threaded).
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 40 && (i < 2 || warm.Elapsed < TimeSpan.FromSeconds(3)); i++)
        {
            workload.Evaluate();
        }

        var times = new List<(double Wall, double Cpu)>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < 5; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            stage.Restart();
            workload.Evaluate();
            var wall = stage.Elapsed.TotalMilliseconds;
            process.Refresh();
            times.Add((wall, (process.TotalProcessorTime - cpu).TotalMilliseconds));
        }

        var sorted = times.OrderBy(t => t.Wall).ToList();
        output.WriteLine($"evaluate: whole catalogue, term 2025–2030, every root (wall/CPU ms): {string.Join("  ", times.Select(t => FormattableString.Invariant($"{t.Wall:F1}/{t.Cpu:F0}")))}; median wall {sorted[2].Wall.ToString("F1", CultureInfo.InvariantCulture)} ms");

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
                countsOnly.EvaluateAll(IndicatorCatalog.BuiltIn, data, tree[root].Id, IndicatorWorkload.Term);
            }

            bestCountsOnly = Math.Min(bestCountsOnly, stage.Elapsed.TotalMilliseconds);
        }

        var listed = workload.Roots().SelectMany(r => workload.Evaluator.EvaluateAll(IndicatorCatalog.BuiltIn, data, tree[r].Id, IndicatorWorkload.Term).Results).ToList();
        output.WriteLine($"evaluate with no units listed (listLimit 0), best of 3: {bestCountsOnly:F1} ms; the default lists {listed.Sum(r => r.Misses.Length + r.MissingData.Length):N0} units with {listed.Sum(r => r.Misses.Sum(u => u.Facts.Length) + r.MissingData.Sum(u => u.Facts.Length)):N0} facts");

        // Per indicator, over every root: the best of three, to see what dominates through the noise.
        var evaluator = IndicatorEvaluator.Create();
        var roots = workload.Roots().Select(r => tree[r].Id).ToArray();
        output.WriteLine("  per indicator over every root, best of 5: whole Evaluate / Evaluate listing no units (the rest is explaining) / the measure's counting pass alone");
        foreach (var indicator in IndicatorCatalog.BuiltIn.Indicators)
        {
            double whole = double.MaxValue, unlisted = double.MaxValue, counting = double.MaxValue;
            var measure = IndicatorMeasureSet.BuiltIn[indicator.Measure];
            for (var run = 0; run < 5; run++)
            {
                whole = Math.Min(whole, Time(stage, () => Array.ForEach(roots, root => evaluator.Evaluate(indicator, data, root, IndicatorWorkload.Term))));
                unlisted = Math.Min(unlisted, Time(stage, () => Array.ForEach(roots, root => countsOnly.Evaluate(indicator, data, root, IndicatorWorkload.Term))));
                counting = Math.Min(counting, Time(stage, () => measure.Compute(new MeasureContext(data, IndicatorWorkload.Term, indicator), new MeasureAccumulator(tree.Count, indicator.Target))));
            }

            output.WriteLine($"  indicator {indicator.Code,-12} {indicator.Measure,-42} {whole,8:F2} / {unlisted,8:F2} / {counting,8:F2} ms");
        }

        var afterEvaluate = Snapshot();
        output.WriteLine($"memory after build:    managed heap {afterBuild.Heap / 1048576.0:F0} MB, GC committed {afterBuild.Committed / 1048576.0:F0} MB, working set {afterBuild.WorkingSet / 1048576.0:F0} MB");
        output.WriteLine($"memory after evaluate: managed heap {afterEvaluate.Heap / 1048576.0:F0} MB, GC committed {afterEvaluate.Committed / 1048576.0:F0} MB, working set {afterEvaluate.WorkingSet / 1048576.0:F0} MB");
        output.WriteLine($"peak working set of the process {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB; allocated by the 4 evaluations + per-indicator pass {(GC.GetTotalAllocatedBytes() - allocatedBeforeEvaluate) / 1048576.0:F0} MB");
        output.WriteLine($"total wall time {total.Elapsed.TotalSeconds:F1} s; GC gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        GC.KeepAlive(workload);
        return 0;
    }

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

    private static void Line(TextWriter output, string what, Stopwatch stage, string detail)
        => output.WriteLine($"{what,-52} {stage.Elapsed.TotalMilliseconds,9:F0} ms  {detail}");
}
