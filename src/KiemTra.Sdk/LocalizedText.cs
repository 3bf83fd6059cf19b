namespace KiemTra.Sdk;

/// <summary>
/// A user-facing text in Vietnamese with its English rendering alongside
/// (<i>văn bản song ngữ</i>). Vietnamese is the authoritative language; English is for
/// readers and logs outside Vietnam.
/// </summary>
public sealed record LocalizedText
{
    private LocalizedText(string vietnamese, string english)
    {
        Vietnamese = vietnamese;
        English = english;
    }

    /// <summary>The Vietnamese text (authoritative).</summary>
    public string Vietnamese { get; }

    /// <summary>The English text.</summary>
    public string English { get; }

    /// <summary>Creates a bilingual text.</summary>
    /// <param name="vietnamese">The Vietnamese text; must not be empty.</param>
    /// <param name="english">The English text; must not be empty.</param>
    /// <exception cref="ArgumentException">Either text is null, empty or white space.</exception>
    public static LocalizedText Of(string vietnamese, string english)
    {
        if (string.IsNullOrWhiteSpace(vietnamese))
        {
            throw new ArgumentException("Vietnamese text must not be empty.", nameof(vietnamese));
        }

        if (string.IsNullOrWhiteSpace(english))
        {
            throw new ArgumentException("English text must not be empty.", nameof(english));
        }

        return new LocalizedText(vietnamese, english);
    }

    /// <summary>Returns "Vietnamese (English)".</summary>
    public override string ToString() => $"{Vietnamese} ({English})";
}
