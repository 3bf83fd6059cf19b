using System.Globalization;
using System.Text;

namespace KiemTra.Sdk;

/// <summary>
/// What input the SDK accepts (<i>quy tắc dữ liệu đầu vào</i>), in one place: the bounds every loader enforces on a
/// document it reads (<i>giới hạn dữ liệu đầu vào</i>) and the one definition of what an identifier or a document
/// reference may contain (<i>quy tắc mã định danh và số, ký hiệu văn bản</i>), used by every id type and factory of the
/// SDK, its JSON package and its FluentValidation package.
/// </summary>
/// <remarks>
/// <para><b>Documents.</b> Holiday schedules, statutory holiday rules, rule sets, party datasets and indicator files (data
/// sets, catalogues, meeting limits) are read within <see cref="MaxDocumentBytes"/>, <see cref="MaxDepth"/>,
/// <see cref="MaxEntries"/>, <see cref="MaxStringLength"/> and the years <see cref="MinYear"/>–<see cref="MaxYear"/>. A
/// document over a bound is rejected with the loader's own format exception naming the limit and the value found;
/// nothing is read partially. The bounds are far above any real document (the largest, a province dataset, holds a few
/// hundred thousand records) and exist so that a hostile or broken file fails fast instead of exhausting memory or
/// time. Every string a loader reads is also normalised to Unicode form C (NFC), so Vietnamese typed decomposed (NFD)
/// equals the precomposed text. See <c>docs/reliability.md</c>.</para>
/// <para><b>Identifiers and references.</b> A value is first normalised to NFC; the normalised value is what the SDK
/// stores. It must then have 1–<see cref="MaxIdentifierLength"/> UTF-16 code units and contain only:</para>
/// <list type="bullet">
/// <item>letters of the Latin script, Vietnamese included (<c>Đ</c>, <c>ư</c>, <c>ệ</c>…), precomposed;</item>
/// <item>ASCII digits <c>0–9</c>;</item>
/// <item><c>.</c>, <c>-</c>, <c>_</c>; and, for a document reference (<see cref="NormalizeReference"/>) only, <c>/</c>;</item>
/// </list>
/// <para>and it starts with a letter or digit (so that no id reads as a path such as <c>..</c>).</para>
/// <para>Everything else is refused with an <see cref="ArgumentException"/> naming the character and its code point:
/// spaces, control characters, bidirectional overrides and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F),
/// zero-width characters, lone surrogates, combining marks left over after NFC, digits of other scripts and letters of
/// other scripts (which can look like Latin letters).</para>
/// <para>Example: <c>InputRules.NormalizeReference("10-QĐ/UBKT")</c> returns
/// <c>"10-QĐ/UBKT"</c>; <c>InputRules.NormalizeIdentifier("10-QĐ/UBKT")</c> throws, naming '/'.</para>
/// </remarks>
public static class InputRules
{
    /// <summary>Largest document read, in bytes (256 MiB).</summary>
    public const int MaxDocumentBytes = 256 * 1024 * 1024;

    /// <summary>Deepest nesting of objects and arrays (the real formats need 5).</summary>
    public const int MaxDepth = 64;

    /// <summary>Most elements in one array or properties in one object (two million: a very large province's members).</summary>
    public const int MaxEntries = 2_000_000;

    /// <summary>Longest string or number literal, in UTF-16 code units (names, notes and citations are far shorter).</summary>
    public const int MaxStringLength = 16_384;

    /// <summary>Earliest year of a date in a document (the Party's dates start in 1930; the lunar calendar in 1900).</summary>
    public const int MinYear = 1900;

    /// <summary>Latest year of a date in a document (the last year the lunar calendar computes).</summary>
    public const int MaxYear = 2199;

    /// <summary>The longest identifier or reference, in UTF-16 code units after NFC (64).</summary>
    public const int MaxIdentifierLength = 64;

    /// <summary>
    /// Normalises an identifier of a record (<i>mã</i>: an organisation, member, case, programme, denunciation id…) to NFC
    /// and checks it against the rules: letters (Vietnamese included), digits, '.', '-', '_'.
    /// </summary>
    /// <param name="value">The text.</param>
    /// <param name="paramName">The parameter name reported in the exception.</param>
    /// <returns>The value in NFC.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paramName"/> is null.</exception>
    /// <exception cref="ArgumentException">The value is null, empty, too long, not well-formed UTF-16 or contains a character
    /// the rules refuse; the message names the value and the character.</exception>
    public static string NormalizeIdentifier(string? value, string paramName = "value")
    {
        ArgumentNullException.ThrowIfNull(paramName);
        return Validate(value, paramName, "identifier", MaxIdentifierLength, IdentifierKind.Identifier);
    }

    /// <summary>
    /// Normalises a document reference as officials write it (<i>số, ký hiệu văn bản</i>, e.g. <c>10-QĐ/UBKT</c>) to NFC
    /// and checks it against the rules: the identifier characters and '/'.
    /// </summary>
    /// <param name="value">The text.</param>
    /// <param name="paramName">The parameter name reported in the exception.</param>
    /// <returns>The value in NFC.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paramName"/> is null.</exception>
    /// <exception cref="ArgumentException">The value is null, empty, too long, not well-formed UTF-16 or contains a character
    /// the rules refuse; the message names the value and the character.</exception>
    public static string NormalizeReference(string? value, string paramName = "value")
    {
        ArgumentNullException.ThrowIfNull(paramName);
        return Validate(value, paramName, "reference", MaxIdentifierLength, IdentifierKind.Reference);
    }

    /// <summary>Whether <paramref name="value"/> is accepted by <see cref="NormalizeIdentifier"/>.</summary>
    /// <param name="value">The text.</param>
    public static bool IsValidIdentifier(string? value) => Accepts(value, IdentifierKind.Identifier);

    /// <summary>Whether <paramref name="value"/> is accepted by <see cref="NormalizeReference"/>.</summary>
    /// <param name="value">The text.</param>
    public static bool IsValidReference(string? value) => Accepts(value, IdentifierKind.Reference);

    private static bool Accepts(string? value, IdentifierKind kind)
    {
        try
        {
            Validate(value, "value", "identifier", MaxIdentifierLength, kind);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Validates an identifier of at most <see cref="MaxIdentifierLength"/> characters; returns it in NFC.</summary>
    internal static string Validate(string? value, string paramName, string what)
        => Validate(value, paramName, what, MaxIdentifierLength, IdentifierKind.Identifier);

    /// <summary>Validates a reference of at most <see cref="MaxIdentifierLength"/> characters; returns it in NFC.</summary>
    internal static string ValidateReference(string? value, string paramName, string what)
        => Validate(value, paramName, what, MaxIdentifierLength, IdentifierKind.Reference);

    /// <summary>Validates and normalises an identifier or reference of at most <paramref name="maxLength"/> characters (the typed record ids).</summary>
    internal static string ValidateNormalizing(string? value, string paramName, string what, int maxLength, bool reference)
        => Validate(value, paramName, what, maxLength, reference ? IdentifierKind.Reference : IdentifierKind.Identifier);

    /// <summary>
    /// Checks an identifier with a longer bound (composite keys of indicator records and evaluation bodies) where the
    /// caller cannot store a normalised value: the value must already be in NFC (the loaders normalise every string).
    /// </summary>
    internal static string Validate(string? value, string paramName, string what, int maxLength)
    {
        var normalized = Validate(value, paramName, what, maxLength, IdentifierKind.Identifier);
        return string.Equals(normalized, value, StringComparison.Ordinal)
            ? normalized
            : throw new ArgumentException($"The {what} '{Printable(value!)}' is not in Unicode normalisation form C (NFC); normalise it first.", paramName);
    }

    private static string Validate(string? value, string paramName, string what, int maxLength, IdentifierKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Unknown identifier kind {(int)kind}.", nameof(kind));
        }

        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"The {what} must not be empty.", paramName);
        }

        // Fast path: plain ASCII needs no normalisation.
        var ascii = true;
        foreach (var c in value)
        {
            if (c > 0x7F)
            {
                ascii = false;
                break;
            }
        }

        string text;
        if (ascii)
        {
            text = value;
        }
        else
        {
            if (value.Length > maxLength * 4)
            {
                throw TooLong(value, paramName, what, maxLength);
            }

            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsSurrogate(value[i]))
                {
                    throw new ArgumentException($"The {what} contains a surrogate code unit U+{(int)value[i]:X4} at position {i}; identifiers have no characters outside the Basic Multilingual Plane.", paramName);
                }
            }

            text = value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        }

        if (text.Length > maxLength)
        {
            throw TooLong(text, paramName, what, maxLength);
        }

        if (!Allowed(text[0], kind) || text[0] is '.' or '-' or '_' or '/')
        {
            throw new ArgumentException($"The {what} '{Printable(text)}' starts with {Describe(text[0])}; it must start with a letter or digit.", paramName);
        }

        foreach (var c in text)
        {
            if (!Allowed(c, kind))
            {
                throw new ArgumentException(
                    $"The {what} '{Printable(text)}' contains {Describe(c)}; only letters (Vietnamese included), ASCII digits, '.', '-' and '_'{(kind == IdentifierKind.Reference ? " and '/'" : string.Empty)} are allowed.",
                    paramName);
            }
        }

        return text;
    }

    private static bool Allowed(char c, IdentifierKind kind)
    {
        if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '_')
        {
            return true;
        }

        if (c == '/')
        {
            return kind == IdentifierKind.Reference;
        }

        // Latin-1 Supplement letters, Latin Extended-A and -B (đ Đ ơ ư …), Latin Extended Additional (ạ ả ấ … ỹ):
        // only the letters among them (not × ÷ or other symbols).
        return c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF') && char.IsLetter(c);
    }

    private static ArgumentException TooLong(string value, string paramName, string what, int maxLength) =>
        new($"The {what} '{Printable(value[..Math.Min(16, value.Length)])}…' has {value.Length} characters; at most {maxLength} are allowed.", paramName);

    private static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4} ({CharUnicodeInfo.GetUnicodeCategory(c)})")
            : string.Create(CultureInfo.InvariantCulture, $"'{c}' (U+{(int)c:X4})");

    /// <summary>The value with control and format characters shown as code points, so a message cannot reorder or hide text.</summary>
    private static string Printable(string value)
    {
        var b = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                b.Append(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>");
            }
            else
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }
}
