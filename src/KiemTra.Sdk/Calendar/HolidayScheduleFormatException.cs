namespace KiemTra.Sdk.Calendar;

/// <summary>
/// Holiday data that cannot be used (<i>dữ liệu lịch nghỉ không hợp lệ</i>): a schedule or statutory-rule
/// document whose JSON is malformed or breaks a rule of the format. The message names the document,
/// the JSON path of the offending entry (e.g. <c>$.schedules[0].makeUpWorkdays[1].date</c>), the value and
/// the problem, in Vietnamese and English.
/// </summary>
/// <remarks>
/// Thrown by <see cref="HolidayScheduleSources.Load(System.IO.Stream, string)"/>,
/// <see cref="HolidayScheduleSources.LoadFile(string)"/> and <see cref="StatutoryHolidayRules.Load(System.IO.Stream, string)"/>.
/// Nothing is silently dropped: one bad entry rejects the whole document.
/// </remarks>
public sealed class HolidayScheduleFormatException : FormatException
{
    /// <summary>Creates an exception for a problem at <paramref name="path"/> in the document <paramref name="documentName"/>.</summary>
    /// <param name="documentName">The document (file name or the name the host gave a stream).</param>
    /// <param name="path">JSON path of the offending element, e.g. <c>$.schedules[0].daysOff[3].date</c>.</param>
    /// <param name="value">The offending value as written, or null when the element is missing.</param>
    /// <param name="problem">What is wrong, in Vietnamese and English.</param>
    /// <param name="inner">The underlying parser error, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="documentName"/>, <paramref name="path"/> or <paramref name="problem"/> is null.</exception>
    public HolidayScheduleFormatException(string documentName, string path, string? value, LocalizedText problem, Exception? inner = null)
        : base(BuildMessage(documentName, path, value, problem), inner)
    {
        ArgumentNullException.ThrowIfNull(problem);
        DocumentName = documentName;
        Path = path;
        Value = value;
        Problem = problem;
    }

    /// <summary>The document (file name or the name given to a stream).</summary>
    public string DocumentName { get; }

    /// <summary>JSON path of the offending element.</summary>
    public string Path { get; }

    /// <summary>The offending value as written, or null when the element is missing.</summary>
    public string? Value { get; }

    /// <summary>What is wrong, in Vietnamese and English.</summary>
    public LocalizedText Problem { get; }

    private static string BuildMessage(string documentName, string path, string? value, LocalizedText problem)
    {
        ArgumentNullException.ThrowIfNull(documentName);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problem);

        // Values are echoed clipped and on one line: a hostile document must not flood a log.
        var at = value is null ? Json.JsonInput.Clip(path) : $"{Json.JsonInput.Clip(path)} = {Json.JsonInput.Clip(value)}";
        return $"{documentName}: {at}: {problem.Vietnamese} / {problem.English}";
    }
}
