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
    private RuleCitation(string ruleSetId, string instrument, string? article, bool verified)
    {
        RuleSetId = ruleSetId;
        Instrument = instrument;
        Article = article;
        Verified = verified;
    }

    /// <summary>The identifier of the rule set, e.g. <c>QD-69-2022</c>.</summary>
    public string RuleSetId { get; }

    /// <summary>The instrument as written in Vietnamese, e.g. <c>Quy định 69-QĐ/TW</c>.</summary>
    public string Instrument { get; }

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
    public static RuleCitation Of(string ruleSetId, string instrument, string? article, bool verified)
    {
        if (string.IsNullOrWhiteSpace(ruleSetId))
        {
            throw new ArgumentException("Rule set id must not be empty.", nameof(ruleSetId));
        }

        if (string.IsNullOrWhiteSpace(instrument))
        {
            throw new ArgumentException("Instrument must not be empty.", nameof(instrument));
        }

        return new RuleCitation(ruleSetId, instrument, string.IsNullOrWhiteSpace(article) ? null : article, verified);
    }

    /// <summary>Returns e.g. "Quy định 69-QĐ/TW, Điều 4" with "(chưa kiểm chứng / unverified)" when unverified.</summary>
    public override string ToString()
    {
        var text = Article is null ? Instrument : $"{Instrument}, {Article}";
        return Verified ? text : $"{text} (chưa kiểm chứng / unverified)";
    }
}
