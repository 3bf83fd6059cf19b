using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace KiemTra.Sdk.Benchmarks;

/// <summary>
/// <c>--quick</c>: a smoke run of a representative subset (calendar, lunar, indicators over the province, JSON) with
/// BenchmarkDotNet's dry job (one iteration, no pilot, no warm-up) in this process, so it needs no separate build and
/// finishes in about a minute. It checks that the code runs and the results are written — never the timings.
/// </summary>
internal static class QuickRun
{
    /// <summary>The classes of the quick run; <c>.ci/bench-quick.sh</c> checks a GitHub report exists for each.</summary>
    public static readonly Type[] Classes =
    [
        typeof(CalendarBenchmarks),
        typeof(LunarCalendarBenchmarks),
        typeof(LunarRangeBenchmarks),
        typeof(IndicatorBenchmarks),
        typeof(JsonBenchmarks),
    ];

    public static int Run(string artifacts)
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"))
            .AddExporter(MarkdownExporter.GitHub)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
        var summaries = BenchmarkRunner.Run(Classes, config);
        var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success)).ToList();
        foreach (var s in failed)
        {
            Console.Error.WriteLine($"quick run: {s.Title} did not run every benchmark");
        }

        return failed.Count == 0 && summaries.Length == Classes.Length ? 0 : 1;
    }
}
