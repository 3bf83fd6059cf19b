using BenchmarkDotNet.Running;

namespace KiemTra.Sdk.Benchmarks;

/// <summary>
/// One benchmark program for every hot path: <c>dotnet run -c Release --project benchmarks/KiemTra.Sdk.Benchmarks -- --filter *</c>.
/// Each <c>&lt;Area&gt;Benchmarks</c> class compares the SDK with a naive baseline marked <c>Baseline = true</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
