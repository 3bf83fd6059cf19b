namespace KiemTra.Sdk.Rules;

/// <summary>
/// Rule-set data is malformed or inconsistent (<i>dữ liệu bộ quy định không hợp lệ</i>): an unknown field,
/// a bad date, a dangling supersession id, a duplicate key. Names the source, the JSON pointer, the line
/// (when known) and the offending value.
/// </summary>
public sealed class RuleSetFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file, stream or rule set the data came from.</param>
    /// <param name="path">The JSON pointer of the offending value, e.g. <c>/entries/3/key</c>.</param>
    /// <param name="line">The 1-based line, or null when the data did not come from text.</param>
    /// <param name="value">The offending value as text (the message shows at most 120 characters of it, on one line).</param>
    /// <param name="problem">What is wrong.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RuleSetFormatException(string source, string path, int? line, string value, string problem)
        : base(Json.JsonInput.FormatMessage(source, path, line, value, problem))
    {
        SourceName = source;
        Path = path;
        Line = line;
        Value = value;
    }

    /// <summary>The file, stream or rule set the data came from.</summary>
    public string SourceName { get; }

    /// <summary>The JSON pointer of the offending value.</summary>
    public string Path { get; }

    /// <summary>The 1-based line, or null.</summary>
    public int? Line { get; }

    /// <summary>The offending value as text.</summary>
    public string Value { get; }
}
