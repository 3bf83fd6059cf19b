using System.Text.RegularExpressions;

namespace KiemTra.Sdk.Rules;

/// <summary>
/// One rule of a rule set (<i>quy định cụ thể</i>): a stable key such as <c>discipline.limitation.reprimand</c>,
/// its typed value, the article it cites, whether it was verified, and a note on its source.
/// </summary>
public sealed partial record RuleEntry
{
    private RuleEntry(string key, RuleValue value, string? article, bool verified, string? note)
    {
        Key = key;
        Value = value;
        Article = article;
        Verified = verified;
        Note = note;
    }

    /// <summary>The stable key: lower-case words separated by '.' or '-', e.g. <c>deadline.notify-detention</c>.</summary>
    public string Key { get; }

    /// <summary>The value.</summary>
    public RuleValue Value { get; }

    /// <summary>The article, clause or section cited, or null when not recorded.</summary>
    public string? Article { get; }

    /// <summary>Whether the entry was read in a public legal or party text (or a seed document); false: unverified.</summary>
    public bool Verified { get; }

    /// <summary>Where the entry comes from and how it is read, or null.</summary>
    public string? Note { get; }

    /// <summary>Creates an entry.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not a valid key.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static RuleEntry Create(string key, RuleValue value, string? article, bool verified, string? note = null)
    {
        if (!IsValidKey(key))
        {
            throw new ArgumentException($"The rule key '{key}' is not valid: use lower-case ASCII words, digits and '-' separated by '.'.", nameof(key));
        }

        ArgumentNullException.ThrowIfNull(value);
        return new RuleEntry(
            key,
            value,
            string.IsNullOrWhiteSpace(article) ? null : article,
            verified,
            string.IsNullOrWhiteSpace(note) ? null : note);
    }

    /// <summary>Whether <paramref name="key"/> has the form of a rule key.</summary>
    public static bool IsValidKey(string? key) => key is not null && key.Length <= 128 && KeyPattern().IsMatch(key);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
