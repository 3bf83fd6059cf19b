namespace KiemTra.Sdk.Authority;

/// <summary>
/// A body tried to act without authority (<i>không có thẩm quyền</i>): thrown when a case would be opened by a body
/// the authority rules deny for one of its subjects. <see cref="Decision"/> carries the denial with its reason and the
/// rules cited, so a host can show it (e.g. as HTTP 403).
/// </summary>
public sealed class AuthorityDeniedException : InvalidOperationException
{
    /// <summary>Creates the exception from the denying decision.</summary>
    /// <param name="decision">The decision; must be a denial.</param>
    /// <param name="context">What was attempted, e.g. "Case KT-2026-01 cannot be opened".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="decision"/> allows the act.</exception>
    public AuthorityDeniedException(AuthorityDecision decision, string context)
        : base(Describe(decision, context))
    {
        Decision = decision;
    }

    /// <summary>The denial, with its reason and the rules cited.</summary>
    public AuthorityDecision Decision { get; }

    private static string Describe(AuthorityDecision decision, string context)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(context);
        if (decision.Allowed)
        {
            throw new ArgumentException($"The decision for {decision.Actor} on {decision.Subject} allows the act; it cannot be the cause of a denial.", nameof(decision));
        }

        return $"{context}: {decision.Actor} may not perform {decision.Activity} on {decision.Subject} on {decision.AsOf:uuuu-MM-dd}. {decision.Reason.Vietnamese} / {decision.Reason.English}";
    }
}
