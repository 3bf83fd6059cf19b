using NodaTime;

namespace KiemTra.Cli.Tests;

/// <summary>Runs the CLI in-process with a fixed clock and captures its output.</summary>
internal static class CliRunner
{
    /// <summary>The fixed "now" of CLI tests: 2026-11-22 09:00 in Hà Nội.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 22, 2, 0);

    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        // The same path as the real CLI (the container built by AddKiemTraSdk), with the fixed clock registered first.
        var code = KiemTraCli.Run(args, output, error, new FixedClock(Now));
        return (code, output.ToString(), error.ToString());
    }
}

/// <summary>An <see cref="IClock"/> that always answers the same instant (NodaTime.Testing is not in the mirror here).</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
