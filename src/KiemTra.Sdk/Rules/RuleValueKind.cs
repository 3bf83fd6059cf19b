namespace KiemTra.Sdk.Rules;

/// <summary>
/// The type of a rule entry's value (<i>kiểu giá trị</i>). Internal: callers ask the value itself
/// (<see cref="RuleValue.IsRepealed"/>, <see cref="RuleValue.TryGetDuration"/> and the other <c>TryGet</c> methods).
/// </summary>
internal enum RuleValueKind
{
    /// <summary>A time limit with an explicit unit (<see cref="RuleDuration"/>).</summary>
    Duration = 1,

    /// <summary>A whole number.</summary>
    Integer = 2,

    /// <summary>An inclusive range of whole numbers (<see cref="RuleValue.AsRange"/>).</summary>
    IntegerRange = 3,

    /// <summary>Yes or no.</summary>
    Boolean = 4,

    /// <summary>An ordered list of codes, e.g. discipline forms from lightest to heaviest.</summary>
    Codes = 5,

    /// <summary>The rule no longer exists: a later rule set repealed it (<i>bãi bỏ</i>).</summary>
    Repealed = 6,
}
