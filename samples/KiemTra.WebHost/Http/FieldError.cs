using System.Globalization;
using KiemTra.Sdk;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.FluentValidation;
using KiemTra.Sdk.Organization;

namespace KiemTra.WebHost.Http;

/// <summary>One invalid input (<i>lỗi dữ liệu đầu vào</i>): the field (JSON name, query parameter or header), the value received, and why it was refused.</summary>
/// <param name="Field">The field as the client named it (e.g. <c>subjects[1].organization</c>, <c>asOf</c>, <c>X-Acting-Body</c>).</param>
/// <param name="Value">The value received: verbatim up to <see cref="FieldErrors.MaxEcho"/> characters, otherwise its first <see cref="FieldErrors.MaxEcho"/> characters and "…" (null when the field was missing).</param>
/// <param name="Message">Why it was refused, in Vietnamese and English.</param>
/// <param name="Code">The stable error code (<see cref="KiemTra.Sdk.Diagnostics.ErrorCodes"/>) when the check is one of the validation package's; null for a check only this host makes.</param>
internal sealed record FieldError(string Field, string? Value, LocalizedText Message, string? Code = null);

/// <summary>Collects field errors while a request is parsed into domain values, so that one response lists every problem.</summary>
internal sealed class FieldErrors
{
    private readonly List<FieldError> _errors = [];

    /// <summary>The errors so far.</summary>
    public IReadOnlyList<FieldError> All => _errors;

    /// <summary>Whether any error was recorded.</summary>
    public bool Any => _errors.Count > 0;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>How many characters of a rejected value an error echoes: a value of 100 MB is never sent back whole.</summary>
    public const int MaxEcho = 64;

    /// <summary>
    /// The value as an error echoes it: verbatim when it has at most <see cref="MaxEcho"/> characters, otherwise its first
    /// <see cref="MaxEcho"/> characters (never half a surrogate pair) followed by "…".
    /// </summary>
    public static string Echo(string value)
    {
        if (value.Length <= MaxEcho)
        {
            return value;
        }

        var length = char.IsHighSurrogate(value[MaxEcho - 1]) ? MaxEcho - 1 : MaxEcho;
        return string.Concat(value.AsSpan(0, length), "…");
    }

    /// <summary>Records an error worded by the host, with the package's code when the check is one of its kinds; the value is kept as <see cref="Echo"/> gives it.</summary>
    public void Add(string field, string? value, string vietnamese, string english, string? code = null) =>
        _errors.Add(new FieldError(field, value is null ? null : Echo(value), LocalizedText.Of(vietnamese, english), code));

    /// <summary>Records an error found by a validator of the validation package: its code, and its message in the request's language.</summary>
    public void AddCoded(string field, string? value, string code, string message) =>
        _errors.Add(new FieldError(field, value is null ? null : Echo(value), LocalizedText.Of(message, message), code));

    /// <summary>
    /// Records an error of the validation package's vocabulary: the stable <paramref name="code"/>
    /// (<see cref="KiemTra.Sdk.Diagnostics.ErrorCodes"/>) and its message from the package's table in both languages
    /// (<see cref="KiemTraValidationMessages"/>), so that the host words no check the package already words.
    /// </summary>
    public void Add(string field, string? value, string code, params (string Name, object? Value)[] arguments)
    {
        var named = arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
        _errors.Add(new FieldError(field, value is null ? null : Echo(value), LocalizedText.Of(
            KiemTraValidationMessages.Format(code, Vietnamese, named),
            KiemTraValidationMessages.Format(code, CultureInfo.InvariantCulture, named)), code));
    }

    /// <summary>Records a missing required field.</summary>
    public void Missing(string field) => Add(field, null, ErrorCodes.NameRequired, ("Field", field));

    /// <summary>
    /// A required identifier or document reference checked by the SDK's own rule (<see cref="InputRules"/>: letters
    /// including Vietnamese, digits, '.', '-', '_', and '/' in a reference; NFC; at most <see cref="InputRules.MaxIdentifierLength"/>),
    /// or null after recording an error.
    /// </summary>
    public string? Identifier(string field, string? value) => Checked(field, value, InputRules.NormalizeIdentifier);

    /// <summary>A required document reference (<see cref="InputRules.NormalizeReference"/>), or null after recording an error.</summary>
    public string? Reference(string field, string? value) => Checked(field, value, InputRules.NormalizeReference);

    private string? Checked(string field, string? value, Func<string?, string, string> normalize)
    {
        var text = RequiredText(field, value, InputRules.MaxIdentifierLength);
        if (text is null)
        {
            return null;
        }

        try
        {
            return normalize(text, field);
        }
        catch (ArgumentException)
        {
            Add(field, value, ErrorCodes.IdInvalid, ("Field", field), ("Value", Echo(text)), ("MaxLength", InputRules.MaxIdentifierLength));
            return null;
        }
    }

    /// <summary>A required text field of a JSON body (read in NFC by the JSON package's <c>ReadStringsAsNfc</c>) no longer than <paramref name="maxLength"/>, or null after recording an error.</summary>
    public string? RequiredText(string field, string? value, int maxLength)
    {
        var text = OptionalText(field, value, maxLength);
        if (text is null && value is null)
        {
            Missing(field);
        }
        else if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            Add(field, value, ErrorCodes.NameRequired, ("Field", field));
            return null;
        }

        return text;
    }

    /// <summary>
    /// An optional text field of a JSON body, or null (absent, or invalid after recording an error). Never truncates. The
    /// text is already in NFC and well-formed: the JSON package read it (<c>ReadStringsAsNfc</c>, Program.cs).
    /// </summary>
    public string? OptionalText(string field, string? value, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        // U+0000 is no text a person typed, and PostgreSQL cannot store it: refused here as invalid input.
        var normalized = value;
        if (normalized.Contains('\0', StringComparison.Ordinal))
        {
            Add(field, value, ErrorCodes.TextControlCharacter, ("Field", field), ("Character", "U+0000 (NUL)"));
            return null;
        }

        if (normalized.Length > maxLength)
        {
            Add(field, value, ErrorCodes.NameTooLong, ("Field", field), ("Length", normalized.Length), ("MaxLength", maxLength));
            return null;
        }

        return normalized;
    }
}
