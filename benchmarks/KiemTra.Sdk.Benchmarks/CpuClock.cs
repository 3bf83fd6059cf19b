using System.Diagnostics;
using System.Runtime.InteropServices;

namespace KiemTra.Sdk.Benchmarks;

/// <summary>
/// The CPU time of the process in milliseconds, to the nanosecond on Linux (<c>clock_gettime(CLOCK_PROCESS_CPUTIME_ID)</c>);
/// <see cref="Process.TotalProcessorTime"/> counts in clock ticks (10 ms there), too coarse for one evaluation of a province.
/// Elsewhere it falls back to <see cref="Process.TotalProcessorTime"/>.
/// </summary>
internal static class CpuClock
{
    private const int ClockProcessCpuTimeId = 2;

    public static double ProcessMs()
    {
        if (OperatingSystem.IsLinux() && NativeMethods.ClockGetTime(ClockProcessCpuTimeId, out var t) == 0)
        {
            return (t.Seconds * 1000.0) + (t.Nanoseconds / 1_000_000.0);
        }

        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "clock_gettime")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int ClockGetTime(int clock, out Timespec time);
    }
}
