using BenchmarkDotNet.Running;

namespace KiemTra.Sdk.Benchmarks;

/// <summary>
/// One benchmark program for every hot path: <c>dotnet run -c Release --project benchmarks/KiemTra.Sdk.Benchmarks -- --filter *</c>.
/// Each <c>&lt;Area&gt;Benchmarks</c> class compares the SDK with a naive baseline marked <c>Baseline = true</c>.
/// Extra modes (first argument): <c>measure-national</c> / <c>measure-province</c> (stage times, per-indicator times
/// and peak memory), <c>scaling-chart</c> (the scaling table and <c>docs/benchmarks-scaling.svg</c>), and
/// <c>--quick</c> (a CI smoke run of a representative subset).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "measure-national":
                return Measurements.Run("national", Console.Out);
            case "measure-province":
                return Measurements.Run("province", Console.Out);
            case "evaluate-loop":
                // For a sampling profiler (perf with DOTNET_PerfMapEnabled=1): build, say "ready", then evaluate repeatedly.
                var workload = args.ElementAtOrDefault(1) == "national" ? IndicatorWorkload.National() : IndicatorWorkload.Province();
                Console.WriteLine($"ready {Environment.ProcessId}");
                for (var i = 0; i < int.Parse(args.ElementAtOrDefault(2) ?? "20", System.Globalization.CultureInfo.InvariantCulture); i++)
                {
                    workload.Evaluate();
                }

                return 0;
            case "build-stages":
                // The one-off build (national, or N copies of the province), stage by stage with the process's CPU time and
                // the garbage collections of each stage: the generator's profile (perf can attach after "ready").
                return BuildStages(args.ElementAtOrDefault(1) ?? "1", Console.Out);
            case "json-read-loop":
                // For a sampling profiler: write the province once, say "ready", then read it back repeatedly.
                var json = new JsonBenchmarks();
                json.Setup();
                Console.WriteLine($"ready {Environment.ProcessId}");
                for (var i = 0; i < int.Parse(args.ElementAtOrDefault(1) ?? "20", System.Globalization.CultureInfo.InvariantCulture); i++)
                {
                    json.Province_Read();
                }

                return 0;
            case "scaling-chart":
                return ScalingChart.Run(args.Length > 1 ? args[1] : Path.Combine("docs", "benchmarks-scaling.svg"), Console.Out);
            case "--quick":
                return QuickRun.Run(args.Length > 1 ? args[1] : Path.Combine("artifacts", "benchmarks-quick"));
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }

    private static int BuildStages(string what, TextWriter output)
    {
        output.WriteLine($"ready {Environment.ProcessId}");
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var cpu = CpuClock.ProcessMs();
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pause = GC.GetTotalPauseDuration();
        void Stage(string name, TimeSpan elapsed)
        {
            var nowCpu = CpuClock.ProcessMs();
            var nowGcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var nowPause = GC.GetTotalPauseDuration();
            output.WriteLine(FormattableString.Invariant(
                $"build: {name,-66} {elapsed.TotalMilliseconds,9:F0} ms wall {nowCpu - cpu,9:F0} ms CPU; GC {nowGcs.Item1 - gcs.Item1}/{nowGcs.Item2 - gcs.Item2}/{nowGcs.Item3 - gcs.Item3}, paused {(nowPause - pause).TotalMilliseconds:F0} ms; heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB"));
            // A full blocking collection (not counted in the next stage) gives the live heap: what the stage's product keeps.
            var live = GC.GetTotalMemory(forceFullCollection: true);
            output.WriteLine(FormattableString.Invariant($"       live heap after a full collection {live / 1048576.0:F0} MB"));
            (cpu, gcs, pause) = (CpuClock.ProcessMs(), (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)), GC.GetTotalPauseDuration());
        }

        IndicatorWorkload w;
        output.WriteLine($"{Measurements.Load()}");
        if (what == "national")
        {
            var hierarchy = KiemTra.SampleProvince.SyntheticProvince.GenerateNational();
            Stage("generate + index the hierarchy", watch.Elapsed);
            w = IndicatorWorkload.From(hierarchy, Stage);
        }
        else
        {
            w = IndicatorWorkload.Provinces(int.Parse(what, System.Globalization.CultureInfo.InvariantCulture), Stage);
        }

        output.WriteLine(FormattableString.Invariant($"{what}: {w.Hierarchy.MemberCount:N0} members, {w.Organizations.OrganizationCount:N0} organisations, built in {watch.Elapsed.TotalMilliseconds:F0} ms (forced collections included); {Measurements.Load()}; peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
        return 0;
    }
}
