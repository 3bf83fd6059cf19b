using NodaTime;

namespace KiemTra.Sdk.Rules;

/// <summary>
/// No rule is in force for a key on a date (<i>không có quy định áp dụng</i>): the key is unknown,
/// no rule set defining it was in force yet, or the rule was repealed. The message says which, naming the key, the
/// date and the rule sets concerned; only the core's rule book throws it.
/// </summary>
public sealed class RuleNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="key">The rule key asked for.</param>
    /// <param name="asOf">The date of the fact judged.</param>
    /// <param name="reason">Why no rule could be given.</param>
    /// <param name="message">The message.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="message"/> is null.</exception>
    internal RuleNotFoundException(string key, LocalDate asOf, RuleNotFoundReason reason, string message)
        : base(message ?? throw new ArgumentNullException(nameof(message)))
    {
        ArgumentNullException.ThrowIfNull(key);
        Key = key;
        AsOf = asOf;
        Reason = reason;
    }

    /// <summary>The rule key asked for.</summary>
    public string Key { get; }

    /// <summary>The date of the fact judged.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Why no rule could be given (stated in the message).</summary>
    internal RuleNotFoundReason Reason { get; }
}
