using NodaTime;

namespace KiemTra.Cli;

/// <summary>
/// What every command needs from its host: where to write, and the SDK services of this run (<see cref="CliSdk"/>),
/// resolved from the DI container once the command line (with its global data options) has been parsed.
/// </summary>
internal sealed class CliContext
{
    private readonly Func<CliSdk> _sdk;

    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="sdk">Returns this run's SDK services; called only from command actions, after the container is built.</param>
    public CliContext(TextWriter output, TextWriter error, Func<CliSdk> sdk)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(sdk);
        Out = output;
        Error = error;
        _sdk = sdk;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>The SDK services of this run (built-in data plus the files of <c>--holidays</c>, <c>--rule-set</c>, <c>--indicators</c>).</summary>
    public CliSdk Sdk => _sdk();

    /// <summary>What "now" is: the container's <see cref="IClock"/> (the system clock unless the caller supplied one).</summary>
    public IClock Clock => Sdk.Clock;

    /// <summary>The zone that decides what "today" is (Asia/Ho_Chi_Minh).</summary>
    public DateTimeZone Zone => Sdk.Zone;
}
