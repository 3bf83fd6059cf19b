using System.Collections.Immutable;
using NodaTime;

namespace KiemTra.Sdk.Rules;

/// <summary>
/// The rule in force for a key on a date, with its citation and an explanation (<i>quy định áp dụng</i>).
/// Returned by <see cref="RuleBook.Resolve"/>.
/// </summary>
public sealed class RuleResolution
{
    private readonly ImmutableArray<bool> _linksVerified;

    internal RuleResolution(string key, LocalDate asOf, RuleSet ruleSet, RuleEntry entry, ImmutableArray<RuleSet> carriedOverPast, ImmutableArray<bool> linksVerified)
    {
        _linksVerified = linksVerified;
        Key = key;
        AsOf = asOf;
        RuleSet = ruleSet;
        Entry = entry;
        CarriedOverPast = carriedOverPast;
        Citation = ruleSet.Cite(entry.Article, entry.Verified && ruleSet.Verified);
        Explanation = Explain();
    }

    /// <summary>The key asked for.</summary>
    public string Key { get; }

    /// <summary>The date of the fact judged.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The rule set the entry comes from.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The entry applied.</summary>
    public RuleEntry Entry { get; }

    /// <summary>The value applied.</summary>
    public RuleValue Value => Entry.Value;

    /// <summary>The citation of the entry (its own verification state).</summary>
    public RuleCitation Citation { get; }

    /// <summary>
    /// Successor rule sets already in force on <see cref="AsOf"/> that do not define <see cref="Key"/>, so that the
    /// entry was carried over from <see cref="RuleSet"/>. Empty when the source set was itself still in force.
    /// </summary>
    public ImmutableArray<RuleSet> CarriedOverPast { get; }

    /// <summary>Whether the entry was carried over past a successor (see <see cref="CarriedOverPast"/>).</summary>
    public bool IsCarriedOver => !CarriedOverPast.IsEmpty;

    /// <summary>
    /// Whether the answer rests only on verified data: the entry and its rule set are verified and the entry was
    /// not carried over past a successor whose contents are not in the data.
    /// </summary>
    public bool IsVerified => Citation.Verified && !IsCarriedOver;

    /// <summary>Whether every supersession link crossed by the carry-over was verified.</summary>
    public bool SupersessionLinksVerified => _linksVerified.All(v => v);

    /// <summary>Why this entry applies, in Vietnamese and English.</summary>
    public LocalizedText Explanation { get; }

    /// <summary>Returns "key = value (citation)".</summary>
    public override string ToString() => $"{Key} = {Value} ({Citation})";

    private LocalizedText Explain()
    {
        var date = AsOf.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var vi = $"Ngày {date}: áp dụng {RuleSet.InstrumentName}{(Entry.Article is null ? string.Empty : ", " + Entry.Article)} ({Key} = {Value}).";
        var en = $"On {date}: {RuleSet.InstrumentName}{(Entry.Article is null ? string.Empty : ", " + Entry.Article)} applies ({Key} = {Value}).";
        if (!Citation.Verified)
        {
            vi += " Quy định này chưa được kiểm chứng.";
            en += " This rule is unverified.";
        }

        for (var i = 0; i < CarriedOverPast.Length; i++)
        {
            var successor = CarriedOverPast[i];
            var since = successor.EffectiveFrom.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
            if (successor.Entries.IsEmpty)
            {
                vi += $" {successor.InstrumentName} (hiệu lực từ {since}) thay thế văn bản này nhưng nội dung của nó chưa được kiểm chứng; tiếp tục dùng quy định của {RuleSet.InstrumentName} cho đến khi có dữ liệu của văn bản mới.";
                en += $" {successor.InstrumentName} (in force since {since}) replaces this instrument but its contents are unverified; the entry of {RuleSet.InstrumentName} is used until the successor's entries are supplied.";
            }
            else
            {
                vi += $" {successor.InstrumentName} (hiệu lực từ {since}) không quy định lại nội dung này; tiếp tục dùng quy định của {RuleSet.InstrumentName} (chưa kiểm chứng còn hiệu lực).";
                en += $" {successor.InstrumentName} (in force since {since}) does not restate this rule; the entry of {RuleSet.InstrumentName} is carried over (unverified that it still applies).";
            }

            if (!_linksVerified[i])
            {
                vi += $" Việc {successor.InstrumentName} thay thế văn bản trước chưa được kiểm chứng.";
                en += $" That {successor.InstrumentName} replaces its predecessor is unverified.";
            }
        }

        return LocalizedText.Of(vi, en);
    }

}
