using NodaTime;

namespace KiemTra.Sdk.Rules;

/// <summary>
/// No rule is in force for a key on a date (<i>không có quy định áp dụng</i>): the key is unknown,
/// no rule set defining it was in force yet, or the rule was repealed.
/// </summary>
public sealed class RuleNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    public RuleNotFoundException(string key, LocalDate asOf, RuleNotFoundReason reason, string message)
        : base(message)
    {
        Key = key;
        AsOf = asOf;
        Reason = reason;
    }

    /// <summary>The rule key asked for.</summary>
    public string Key { get; }

    /// <summary>The date of the fact judged.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Why no rule could be given.</summary>
    public RuleNotFoundReason Reason { get; }
}
