namespace KiemTra.Sdk;

/// <summary>
/// The bounds every loader of the SDK enforces on a document it reads (<i>giới hạn dữ liệu đầu vào</i>): holiday
/// schedules, statutory holiday rules, rule sets, party datasets and indicator files (data sets, catalogues, meeting
/// limits). A document over a bound is rejected with the
/// loader's own format exception naming the limit and the value found; nothing is read partially.
/// </summary>
/// <remarks>
/// The bounds are far above any real document (the largest, a province dataset, holds a few hundred thousand records) and exist so
/// that a hostile or broken file fails fast instead of exhausting memory or time. Every string a loader reads is also
/// normalised to Unicode form C (NFC), so Vietnamese typed decomposed (NFD) equals the precomposed text. See <c>docs/reliability.md</c>.
/// </remarks>
public static class InputLimits
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
}
