namespace KiemTra.Sdk.Rules;

/// <summary>
/// Why no rule could be given for a key on a date (<i>lý do không có quy định</i>); the exception's message states it.
/// Internal: hosts catch <see cref="RuleNotFoundException"/> and show its message; none branches on the reason.
/// </summary>
internal enum RuleNotFoundReason
{
    /// <summary>No rule set defines the key.</summary>
    UnknownKey = 1,

    /// <summary>Rule sets define the key, but none was in force yet on the date.</summary>
    NotYetInForce = 2,

    /// <summary>The rule in force on the date repeals the key.</summary>
    Repealed = 3,
}
