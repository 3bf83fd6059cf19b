namespace KiemTra.Sdk.Organization;

/// <summary>
/// A party dataset is malformed or inconsistent (<i>dữ liệu tổ chức không hợp lệ</i>): bad JSON, an unknown field,
/// a duplicate or dangling id, a cycle. Names the source, the JSON pointer (or record), the line when known and the value.
/// Data that is well-formed but breaks a party rule is not an error: the structural checks report it as findings.
/// </summary>
public sealed class PartyDatasetFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PartyDatasetFormatException(string source, string path, int? line, string value, string problem)
        : base(Json.JsonInput.FormatMessage(source, path, line, value, problem))
    {
        SourceName = source;
        Path = path;
        Line = line;
        Value = value;
        Problem = problem;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>The file or stream the data came from.</summary>
    public string SourceName { get; }

    /// <summary>The JSON pointer (or record path) of the offending value.</summary>
    public string Path { get; }

    /// <summary>The 1-based line, or null when the data did not come from text.</summary>
    public int? Line { get; }

    /// <summary>The offending value.</summary>
    public string Value { get; }
}
