using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Authority;

/// <summary>
/// A body tried to act without authority (<i>không có thẩm quyền</i>): thrown when a case would be opened by a body
/// the authority rules deny for one of its subjects. <see cref="Denial"/> carries the ruling with its reason and the
/// rules cited, so a host can show it (e.g. as HTTP 403); the other properties say who was refused what.
/// </summary>
public sealed class AuthorityDeniedException : InvalidOperationException
{
    /// <summary>Creates the exception from the denying ruling of <see cref="AuthorityRules.Decide"/>.</summary>
    /// <param name="denial">The ruling; must not hold.</param>
    /// <param name="actor">The body refused.</param>
    /// <param name="activity">The activity it would have performed.</param>
    /// <param name="subject">The subject it has no authority over.</param>
    /// <param name="asOf">The date of the act.</param>
    /// <param name="context">What was attempted, e.g. "Case KT-2026-01 cannot be opened".</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="denial"/> holds (it allows the act).</exception>
    public AuthorityDeniedException(Ruling denial, ActingBody actor, ActivityKind activity, OversightSubject subject, LocalDate asOf, string context)
        : base(Describe(denial, actor, activity, subject, asOf, context))
    {
        Denial = denial;
        Actor = actor;
        Activity = activity;
        Subject = subject;
        AsOf = asOf;
    }

    /// <summary>The denial, with its reason and the rules cited.</summary>
    public Ruling Denial { get; }

    /// <summary>The body refused.</summary>
    public ActingBody Actor { get; }

    /// <summary>The activity it would have performed.</summary>
    public ActivityKind Activity { get; }

    /// <summary>The subject it has no authority over.</summary>
    public OversightSubject Subject { get; }

    /// <summary>The date of the act.</summary>
    public LocalDate AsOf { get; }

    private static string Describe(Ruling denial, ActingBody actor, ActivityKind activity, OversightSubject subject, LocalDate asOf, string context)
    {
        ArgumentNullException.ThrowIfNull(denial);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(context);
        if (denial.Holds)
        {
            throw new ArgumentException($"The ruling for {actor} on {subject} allows the act; it cannot be the cause of a denial.", nameof(denial));
        }

        // The English sentence names the subject in English only; the reason follows in both languages.
        var who = subject.Organization is not null ? $"organisation {subject.Id}" : $"member {subject.Id}";
        return $"{context}: {actor} may not perform {activity} on {who} on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(asOf)}. {denial.Reason.Vietnamese} / {denial.Reason.English}";
    }
}
