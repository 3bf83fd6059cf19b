using System.Globalization;

namespace KiemTra.Sdk.Diagnostics;

/// <summary>
/// A document cannot be read (<i>tài liệu dữ liệu không hợp lệ</i>): a rule set, holiday schedule, organisation
/// dataset, register, catalogue or any other document format of the SDK. The one exception of every reader, whichever
/// package reads: it names the document (<see cref="SourceName"/>), the JSON pointer (<see cref="Path"/>), the line when
/// known, the offending value (clipped to one line) and a stable <see cref="Code"/> from <see cref="ErrorCodes"/>, the
/// same codes the validation package reports, so a host maps both to its own messages in one place.
/// </summary>
public sealed class DataFormatException : FormatException
{
    private const int MaxEcho = 120;

    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file, stream or document the data came from (as the caller named it).</param>
    /// <param name="path">The JSON pointer of the offending value, e.g. <c>/entries/3/key</c> (empty for the whole document).</param>
    /// <param name="line">The 1-based line, or null when the data did not come from text.</param>
    /// <param name="value">The offending value as text (the message shows at most 120 characters of it, on one line).</param>
    /// <param name="code">The stable code (<see cref="ErrorCodes"/>).</param>
    /// <param name="problem">What is wrong, in Vietnamese and English.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or <paramref name="line"/> is not positive.</exception>
    public DataFormatException(string sourceName, string path, int? line, string value, string code, LocalizedText problem)
        : base(FormatMessage(sourceName, path, line, value, code, problem))
    {
        SourceName = sourceName;
        Path = path;
        Line = line;
        Value = value;
        Code = code;
        Problem = problem;
    }

    /// <summary>The file, stream or document the data came from.</summary>
    public string SourceName { get; }

    /// <summary>The JSON pointer of the offending value (empty for the whole document).</summary>
    public string Path { get; }

    /// <summary>The 1-based line, or null.</summary>
    public int? Line { get; }

    /// <summary>The offending value as text (unclipped; the message echoes at most 120 characters of it).</summary>
    public string Value { get; }

    /// <summary>The stable code of the problem (<see cref="ErrorCodes"/>).</summary>
    public string Code { get; }

    /// <summary>What is wrong, in Vietnamese and English.</summary>
    public LocalizedText Problem { get; }

    /// <summary>Shortens a value echoed in a message to one line of at most 120 characters: hostile input must not flood a log.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The clipped value, control characters escaped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Clip(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var clipped = value.Length <= MaxEcho ? value : string.Concat(value.AsSpan(0, MaxEcho), "…");
        if (!clipped.Any(char.IsControl))
        {
            return clipped;
        }

        var builder = new System.Text.StringBuilder(clipped.Length + 8);
        foreach (var c in clipped)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => ((FormattableString)$"\\u{(int)c:X4}").ToString(CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static string FormatMessage(string sourceName, string path, int? line, string value, string code, LocalizedText problem)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(problem);
        if (line is <= 0)
        {
            throw new ArgumentException(((FormattableString)$"The line must be positive; was {line}.").ToString(CultureInfo.InvariantCulture), nameof(line));
        }

        var where = line is { } l
            ? ((FormattableString)$"{Clip(sourceName)}: {Clip(path)} (line {l})").ToString(CultureInfo.InvariantCulture)
            : $"{Clip(sourceName)}: {Clip(path)}";
        return $"{where}: {problem.English} Value: '{Clip(value)}'. [{code}]";
    }
}
