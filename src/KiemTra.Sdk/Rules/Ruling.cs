using System.Collections.Immutable;

namespace KiemTra.Sdk.Rules;

/// <summary>
/// The answer of the rules to a yes-or-no question (<i>kết luận áp dụng quy định</i>): may this body act, does this
/// form apply, may this body resolve the complaint at this round. It says whether the answer is yes, why (in Vietnamese
/// and in English, naming the facts that decided it), which rules were applied, and whether every one of them was
/// verified in a public text and in force in its own right.
/// </summary>
/// <remarks>
/// Every yes-or-no answer of the SDK is a <see cref="Ruling"/>, so a host shows, logs and stores them one way. Answers
/// that carry more than yes or no (a limitation period's last day, a deadline) have their own types.
/// </remarks>
public sealed class Ruling : IEquatable<Ruling>
{
    private Ruling(bool holds, LocalizedText reason, ImmutableArray<RuleCitation> rules, bool isVerified)
    {
        Holds = holds;
        Reason = reason;
        Rules = rules;
        IsVerified = isVerified;
    }

    /// <summary>Whether the answer is yes: the action is allowed, the form applies, the body may resolve.</summary>
    public bool Holds { get; }

    /// <summary>Why, naming the facts and the rule that decided it, and any caveat about unverified rules.</summary>
    public LocalizedText Reason { get; }

    /// <summary>The rules applied, in the order the answer documents (e.g. the authority table first, then the rule that decided).</summary>
    public ImmutableArray<RuleCitation> Rules { get; }

    /// <summary>
    /// Whether every rule applied was verified in a public text (and, for rules resolved by date, is in force in its own
    /// right rather than carried over from an earlier rule set).
    /// </summary>
    public bool IsVerified { get; }

    /// <summary>A yes, for the reason given, under the rules given.</summary>
    /// <param name="reason">Why; must not be null.</param>
    /// <param name="rules">The rules applied, in the order the answer documents; at least one.</param>
    /// <returns>The ruling.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> is empty or holds a null citation.</exception>
    public static Ruling Yes(LocalizedText reason, params RuleCitation[] rules) => Create(true, reason, rules);

    /// <summary>A no, for the reason given, under the rules given.</summary>
    /// <param name="reason">Why not; must not be null.</param>
    /// <param name="rules">The rules applied, in the order the answer documents; at least one.</param>
    /// <returns>The ruling.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> is empty or holds a null citation.</exception>
    public static Ruling No(LocalizedText reason, params RuleCitation[] rules) => Create(false, reason, rules);

    /// <summary>
    /// A ruling whose rules were resolved by date, where one of them may be carried over from an earlier rule set:
    /// <paramref name="rulesInForce"/> = false marks it unverified even when every citation is verified.
    /// </summary>
    internal static Ruling Of(bool holds, LocalizedText reason, ImmutableArray<RuleCitation> rules, bool rulesInForce)
    {
        var ruling = Create(holds, reason, rules.IsDefault ? [] : rules.ToArray());
        return rulesInForce ? ruling : new Ruling(holds, reason, ruling.Rules, isVerified: false);
    }

    private static Ruling Create(bool holds, LocalizedText reason, RuleCitation[] rules)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Length == 0)
        {
            throw new ArgumentException("A ruling cites at least one rule; none was given.", nameof(rules));
        }

        for (var i = 0; i < rules.Length; i++)
        {
            if (rules[i] is null)
            {
                throw new ArgumentException($"Rule citation {i} is null.", nameof(rules));
            }
        }

        var cited = ImmutableArray.Create(rules);
        return new Ruling(holds, reason, cited, cited.All(r => r.Verified));
    }

    /// <inheritdoc />
    public bool Equals(Ruling? other) =>
        other is not null
        && Holds == other.Holds
        && IsVerified == other.IsVerified
        && Reason.Equals(other.Reason)
        && Rules.SequenceEqual(other.Rules);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Ruling);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Holds);
        hash.Add(Reason);
        foreach (var rule in Rules)
        {
            hash.Add(rule);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns "Yes: reason" or "No: reason" (English).</summary>
    /// <returns>The ruling in one line.</returns>
    public override string ToString() => $"{(Holds ? "Yes" : "No")}: {Reason.English}";
}
