namespace KiemTra.Sdk.Rules;

/// <summary>
/// Where a rule comes from (<i>căn cứ</i>): the rule set (instrument) and the article or section
/// within it, and whether the rule was verified against a public legal or party text.
/// Every computed answer carries the citations of the rules it applied.
/// </summary>
/// <remarks>
/// A citation with <see cref="Verified"/> = <c>false</c> comes from a secondary source
/// (an explainer, a quiz) or an inference; hosts should confirm or replace such rules.
/// </remarks>
public sealed record RuleCitation
{
    private RuleCitation(RecordId<RuleSet> ruleSetId, string instrument, string? englishInstrument, string? article, bool verified)
    {
        RuleSetId = ruleSetId;
        Instrument = instrument;
        EnglishInstrument = englishInstrument;
        Article = article;
        Verified = verified;
    }

    /// <summary>The identifier of the rule set, e.g. <c>QD-69-2022</c>.</summary>
    public RecordId<RuleSet> RuleSetId { get; }

    /// <summary>The instrument as written in Vietnamese, e.g. <c>Quy định 69-QĐ/TW</c>.</summary>
    public string Instrument { get; }

    /// <summary>
    /// The source's title in English, for a source that is not a named instrument (e.g. a limit a user typed), or null
    /// when the instrument's Vietnamese name is cited as written in English text too.
    /// </summary>
    public string? EnglishInstrument { get; }

    /// <summary>
    /// The citation for a Vietnamese sentence and for an English sentence: the instrument (its English title in English
    /// when it has one) and the article, with the note for an unverified rule.
    /// </summary>
    public LocalizedText Text => LocalizedText.Of(Cite(Instrument), Cite(EnglishInstrument ?? Instrument));

    /// <summary>The article, clause or section, e.g. <c>Điều 4</c>, or null when the whole instrument applies.</summary>
    public string? Article { get; }

    /// <summary>Whether the rule was read in a public legal or party text (<c>false</c>: unverified).</summary>
    public bool Verified { get; }

    /// <summary>Creates a citation.</summary>
    /// <param name="ruleSetId">Identifier of the rule set; must not be empty.</param>
    /// <param name="instrument">The instrument as written; must not be empty.</param>
    /// <param name="article">The article or section, or null.</param>
    /// <param name="verified">Whether the rule was verified in a public text.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleSetId"/> or <paramref name="instrument"/> is empty.</exception>
    public static RuleCitation Of(RecordId<RuleSet> ruleSetId, string instrument, string? article, bool verified)
    {
        ruleSetId.Required(nameof(ruleSetId));

        if (string.IsNullOrWhiteSpace(instrument))
        {
            throw new ArgumentException("Instrument must not be empty.", nameof(instrument));
        }

        return new RuleCitation(ruleSetId, instrument, null, string.IsNullOrWhiteSpace(article) ? null : article, verified);
    }

    /// <summary>
    /// Creates a citation of a source that has a title in each language, e.g. a limit given on the command line
    /// ("Thời hạn nhập tại dòng lệnh" / "limit given on the command line"), so that a Vietnamese sentence cites the
    /// Vietnamese title and an English sentence the English one.
    /// </summary>
    /// <param name="ruleSetId">Identifier of the rule set; must not be empty.</param>
    /// <param name="title">The source's title in Vietnamese and in English.</param>
    /// <param name="article">The article or section, or null.</param>
    /// <param name="verified">Whether the rule was verified in a public text.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleSetId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public static RuleCitation Of(RecordId<RuleSet> ruleSetId, LocalizedText title, string? article, bool verified)
    {
        ArgumentNullException.ThrowIfNull(title);
        ruleSetId.Required(nameof(ruleSetId));

        return new RuleCitation(ruleSetId, title.Vietnamese, title.English, string.IsNullOrWhiteSpace(article) ? null : article, verified);
    }

    /// <summary>
    /// Returns e.g. "Quy định 69-QĐ/TW, Điều 4" with "(chưa kiểm chứng / unverified)" when unverified; a source with an
    /// English title gives both titles side by side ("thời hạn nhập tại dòng lệnh / the limit given on the command line").
    /// </summary>
    public override string ToString()
        => EnglishInstrument is null ? Cite(Instrument) : Cite($"{Instrument} / {EnglishInstrument}");

    private string Cite(string instrument)
    {
        var text = Article is null ? instrument : $"{instrument}, {Article}";
        return Verified ? text : $"{text} (chưa kiểm chứng / unverified)";
    }
}
