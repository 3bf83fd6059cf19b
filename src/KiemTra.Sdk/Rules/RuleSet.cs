using System.Collections.Immutable;
using NodaTime;

namespace KiemTra.Sdk.Rules;

/// <summary>
/// A versioned set of rules from one instrument (<i>bộ quy định</i>, e.g. <i>Quy định 296-QĐ/TW</i>):
/// when it was issued and took effect, what supersedes or amends it, whether it was verified, and its entries.
/// </summary>
/// <remarks>
/// <para>A rule set is in force from <see cref="EffectiveFrom"/> (inclusive). When a successor is named
/// (<see cref="SupersededBy"/>), it stops being the source of a key on <see cref="SupersededOn"/> — but only for
/// the keys the successor defines. Keys the successor does not define are carried over, and every answer that uses
/// such a carried-over entry says so (see <see cref="RuleBook.Resolve"/>). This keeps answers available when a new
/// instrument is known to exist but its contents are not yet verified (e.g. QĐ 212-QĐ/TW of 17/8/2026).</para>
/// <para>An amending set (<see cref="Amends"/>, e.g. QĐ 264 amending QĐ 69) overrides the keys it defines;
/// all other keys continue from the amended set without any caveat.</para>
/// </remarks>
public sealed class RuleSet
{
    private readonly ImmutableDictionary<string, RuleEntry> _byKey;

    private RuleSet(
        RecordId<RuleSet> id,
        string instrument,
        LocalizedText title,
        string issuer,
        LocalDate issuedOn,
        LocalDate effectiveFrom,
        bool verified,
        string source,
        ImmutableArray<RuleEntry> entries,
        RecordId<RuleSet>? supersededBy,
        LocalDate? supersededOn,
        bool supersessionVerified,
        RecordId<RuleSet>? amends)
    {
        Id = id;
        Instrument = instrument;
        Title = title;
        Issuer = issuer;
        IssuedOn = issuedOn;
        EffectiveFrom = effectiveFrom;
        Verified = verified;
        Source = source;
        Entries = entries;
        SupersededBy = supersededBy;
        SupersededOn = supersededOn;
        SupersessionVerified = supersessionVerified;
        Amends = amends;
        _byKey = entries.ToImmutableDictionary(e => e.Key, StringComparer.Ordinal);
    }

    /// <summary>The identifier, e.g. <c>QD-296-2025</c>.</summary>
    public RecordId<RuleSet> Id { get; }

    /// <summary>The instrument number as written, e.g. <c>296-QĐ/TW</c>.</summary>
    public string Instrument { get; }

    /// <summary>The title in Vietnamese and English.</summary>
    public LocalizedText Title { get; }

    /// <summary>Who issued it, e.g. <i>Ban Chấp hành Trung ương</i>.</summary>
    public string Issuer { get; }

    /// <summary>The date of issue.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>The first day on which it is in force.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Whether the instrument itself (its existence, dates and number) was verified in a public text.</summary>
    public bool Verified { get; }

    /// <summary>Where the data comes from (the text read, a seed document, a secondary source).</summary>
    public string Source { get; }

    /// <summary>The entries, in the order given.</summary>
    public ImmutableArray<RuleEntry> Entries { get; }

    /// <summary>The id of the rule set that supersedes this one, or null.</summary>
    public RecordId<RuleSet>? SupersededBy { get; }

    /// <summary>The date the successor takes over, or null (then the successor's <see cref="EffectiveFrom"/>).</summary>
    public LocalDate? SupersededOn { get; }

    /// <summary>Whether it was verified that <see cref="SupersededBy"/> replaces this set (false: the link is an assumption).</summary>
    public bool SupersessionVerified { get; }

    /// <summary>The id of the rule set this one amends, or null.</summary>
    public RecordId<RuleSet>? Amends { get; }

    /// <summary>The citation of this instrument for an article (for answers that cite the instrument, not an entry).</summary>
    /// <param name="article">The article, or null.</param>
    /// <param name="verified">Whether the cited rule was verified.</param>
    public RuleCitation Cite(string? article, bool verified) => RuleCitation.Of(Id, InstrumentName, article, verified);

    /// <summary>
    /// The instrument as cited in answers: <c>Quy định 296-QĐ/TW</c>, <c>Kết luận 34-KL/TW</c>, <c>Nghị quyết 05-NQ/TW</c>, <c>Hướng dẫn 08-HD/TW</c>,
    /// <c>Quyết định 188/1999/QĐ-TTg</c>, <c>Bộ luật Lao động 2019 (45/2019/QH14)</c>; otherwise the instrument as written.
    /// </summary>
    public string InstrumentName => Instrument switch
    {
        // Only a bare number and symbol gets the document type; a name written out in full (a provincial programme
        // "… thực hiện Kết luận số 34-KL/TW") is cited as written.
        _ when !char.IsAsciiDigit(Instrument[0]) => Instrument,
        _ when Instrument.Contains("-QĐ/", StringComparison.Ordinal) => $"Quy định {Instrument}",
        _ when Instrument.Contains("-KL/", StringComparison.Ordinal) => $"Kết luận {Instrument}",
        _ when Instrument.Contains("-NQ/", StringComparison.Ordinal) => $"Nghị quyết {Instrument}",
        _ when Instrument.Contains("-HD/", StringComparison.Ordinal) => $"Hướng dẫn {Instrument}",
        _ when Instrument.Contains("/QĐ-", StringComparison.Ordinal) => $"Quyết định {Instrument}",
        _ when Instrument.Contains("/QH", StringComparison.Ordinal) => $"{Title.Vietnamese} ({Instrument})",
        _ => Instrument,
    };

    /// <summary>Creates a rule set with no successor and no amended set.</summary>
    /// <exception cref="ArgumentException">An id, instrument, issuer or source is empty; the id is malformed; two entries share a key.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="effectiveFrom"/> is before <paramref name="issuedOn"/>.</exception>
    public static RuleSet Create(
        RecordId<RuleSet> id,
        string instrument,
        LocalizedText title,
        string issuer,
        LocalDate issuedOn,
        LocalDate effectiveFrom,
        bool verified,
        string source,
        IEnumerable<RuleEntry> entries)
    {
        id = id.Required(nameof(id));
        RequireText(instrument, nameof(instrument), "instrument");
        ArgumentNullException.ThrowIfNull(title);
        RequireText(issuer, nameof(issuer), "issuer");
        RequireText(source, nameof(source), "source");
        ArgumentNullException.ThrowIfNull(entries);
        if (effectiveFrom < issuedOn)
        {
            throw new ArgumentOutOfRangeException(nameof(effectiveFrom), effectiveFrom, $"Rule set {id}: effective date {effectiveFrom:uuuu-MM-dd} is before its issue date {issuedOn:uuuu-MM-dd}.");
        }

        var list = entries.ToImmutableArray();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in list)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            if (!keys.Add(entry.Key))
            {
                throw new ArgumentException($"Rule set {id} defines the key '{entry.Key}' twice.", nameof(entries));
            }
        }

        return new RuleSet(id, instrument, title, issuer, issuedOn, effectiveFrom, verified, source, list, null, null, true, null);
    }

    /// <summary>Returns a copy that is superseded by <paramref name="successorId"/>.</summary>
    /// <param name="successorId">The id of the successor rule set.</param>
    /// <param name="supersededOn">The date of the take-over, or null for the successor's effective date.</param>
    /// <param name="verified">Whether the supersession itself was verified.</param>
    /// <exception cref="ArgumentException"><paramref name="successorId"/> is malformed or is this set's own id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="supersededOn"/> is before this set's effective date.</exception>
    public RuleSet WithSupersession(RecordId<RuleSet> successorId, LocalDate? supersededOn, bool verified)
    {
        successorId.Required(nameof(successorId));
        if (successorId == Id)
        {
            throw new ArgumentException($"Rule set {Id} cannot supersede itself.", nameof(successorId));
        }

        if (supersededOn is { } on && on < EffectiveFrom)
        {
            throw new ArgumentOutOfRangeException(nameof(supersededOn), on, $"Rule set {Id}: superseded on {on:uuuu-MM-dd}, before it took effect on {EffectiveFrom:uuuu-MM-dd}.");
        }

        return new RuleSet(Id, Instrument, Title, Issuer, IssuedOn, EffectiveFrom, Verified, Source, Entries, successorId, supersededOn, verified, Amends);
    }

    /// <summary>Returns a copy that amends <paramref name="amendedId"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="amendedId"/> is malformed or is this set's own id.</exception>
    public RuleSet WithAmends(RecordId<RuleSet> amendedId)
    {
        amendedId.Required(nameof(amendedId));
        if (amendedId == Id)
        {
            throw new ArgumentException($"Rule set {Id} cannot amend itself.", nameof(amendedId));
        }

        return new RuleSet(Id, Instrument, Title, Issuer, IssuedOn, EffectiveFrom, Verified, Source, Entries, SupersededBy, SupersededOn, SupersessionVerified, amendedId);
    }

    /// <summary>Finds the entry for <paramref name="key"/> in this set alone.</summary>
    public bool TryGetEntry(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleEntry? entry) => _byKey.TryGetValue(key, out entry);

    /// <summary>Returns "id (instrument)".</summary>
    public override string ToString() => $"{Id} ({Instrument})";



    private static void RequireText(string value, string paramName, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The rule set {what} must not be empty.", paramName);
        }
    }
}
