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
}
