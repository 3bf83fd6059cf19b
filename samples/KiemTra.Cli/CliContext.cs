using NodaTime;

namespace KiemTra.Cli;

/// <summary>What every command needs from its host: where to write, and what "now" is.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, IClock Clock, DateTimeZone Zone);
