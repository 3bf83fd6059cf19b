namespace KiemTra.Sdk.Indicators;

/// <summary>
/// Indicator data (a catalogue or a data set) is malformed (<i>dữ liệu chỉ tiêu không hợp lệ</i>): an unknown
/// field, a bad comparator, a duplicate code, a reference to nothing. The message and
/// <see cref="Path"/> name where, <see cref="Value"/> what (echoed in the message clipped to one line of 120 characters,
/// so that a hostile document cannot flood a log).
/// </summary>
public sealed class IndicatorDataFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file or resource read.</param>
    /// <param name="path">The JSON path of the bad value, e.g. <c>$.indicators[3].target.comparator</c>.</param>
    /// <param name="value">The offending value as written.</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/>, <paramref name="path"/> or <paramref name="problem"/> is null.</exception>
    public IndicatorDataFormatException(string source, string path, string? value, string problem)
        : base(BuildMessage(source, path, value, problem))
    {
        Source = source;
        Path = path;
        Value = value;
    }

    /// <summary>The file or resource read.</summary>
    public new string Source { get; }

    /// <summary>The JSON path of the bad value.</summary>
    public string Path { get; }

    /// <summary>The offending value as written, or null when a field is missing.</summary>
    public string? Value { get; }

    private static string BuildMessage(string source, string path, string? value, string problem)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problem);
        return $"{source}: {Json.JsonInput.Clip(path)}: {problem}{(value is null ? string.Empty : $" (value: {Json.JsonInput.Clip(value)})")}";
    }
}
