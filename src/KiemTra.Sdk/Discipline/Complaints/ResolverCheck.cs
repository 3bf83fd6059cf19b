using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Discipline.Complaints;

/// <summary>Whether a body may resolve a complaint at a given round, and why.</summary>
/// <param name="IsAllowed">Whether it may.</param>
/// <param name="Reason">Why or why not.</param>
/// <param name="Rule">The rule applied.</param>
public sealed record ResolverCheck(bool IsAllowed, LocalizedText Reason, RuleCitation Rule);
