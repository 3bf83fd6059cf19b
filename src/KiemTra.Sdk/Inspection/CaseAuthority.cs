using System.Collections.Immutable;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Inspection;

/// <summary>
/// The ground on which a body opens a case (<i>căn cứ thẩm quyền mở cuộc kiểm tra, giám sát</i>): every
/// subject must lie within the jurisdiction of the conducting body. There is no default: the caller says how authority
/// is established — checked now against the dataset and rule book (<see cref="CheckedBy"/>), or shown by decisions the
/// caller already obtained from <see cref="AuthorityRules.Decide"/> (<see cref="From"/>). A subject without authority
/// is refused with <see cref="AuthorityDeniedException"/> carrying the denial.
/// </summary>
/// <example>
/// <code>
/// var authority = new AuthorityRules(dataset, RuleBook.BuiltIn);
/// var c = OversightCase.Open("KT-2026-01", ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", org,
///     BodyKind.InspectionCommission, [subject], day, OversightCatalogues.BuiltIn, CaseAuthority.CheckedBy(authority));
/// </code>
/// </example>
public sealed class CaseAuthority
{
    private readonly AuthorityRules? _rules;
    private readonly ImmutableArray<AuthorityDecision> _decisions;

    private CaseAuthority(AuthorityRules? rules, ImmutableArray<AuthorityDecision> decisions)
    {
        _rules = rules;
        _decisions = decisions;
    }

    /// <summary>Authority checked when the case opens, for every subject, against the dataset and rule book of <paramref name="rules"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static CaseAuthority CheckedBy(AuthorityRules rules) => new(rules ?? throw new ArgumentNullException(nameof(rules)), []);

    /// <summary>
    /// Authority shown by decisions already made with <see cref="AuthorityRules.Decide"/>: for every subject, one decision
    /// about the conducting body, the case's activity, that subject and the opening date, and it must allow the act.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="decisions"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="decisions"/> is empty.</exception>
    public static CaseAuthority From(IEnumerable<AuthorityDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var list = decisions.ToImmutableArray();
        if (list.Any(d => d is null))
        {
            throw new ArgumentNullException(nameof(decisions), "A decision is null.");
        }

        if (list.IsEmpty)
        {
            throw new ArgumentException("At least one authority decision is needed.", nameof(decisions));
        }

        return new CaseAuthority(null, list);
    }

    /// <summary>Returns how authority is established.</summary>
    public override string ToString() => _rules is not null ? "checked by the authority rules" : $"{_decisions.Length} decision(s)";

    /// <summary>Confirms that the body may act on every subject; returns the decisions that allow it, one per subject.</summary>
    /// <exception cref="AuthorityDeniedException">A subject is outside the body's authority.</exception>
    /// <exception cref="ArgumentException">A subject has no matching decision (for <see cref="From"/>).</exception>
    /// <exception cref="KeyNotFoundException">The body's organisation or a subject is not in the dataset (for <see cref="CheckedBy"/>).</exception>
    internal ImmutableArray<AuthorityDecision> Confirm(string caseId, ActingBody actor, ActivityKind activity, IReadOnlyList<OversightSubject> subjects, LocalDate on, string paramName)
    {
        var confirmed = ImmutableArray.CreateBuilder<AuthorityDecision>(subjects.Count);
        foreach (var subject in subjects)
        {
            var target = subject.Organization is { } o ? AuthoritySubject.Organization(o) : AuthoritySubject.Member(subject.Member!.Value);
            AuthorityDecision decision;
            if (_rules is not null)
            {
                decision = _rules.Decide(actor, activity, target, on);
            }
            else
            {
                decision = _decisions.FirstOrDefault(d => d.Actor == actor && d.Activity == activity && d.Subject == target && d.AsOf == on)
                    ?? throw new ArgumentException(
                        $"Case {caseId}: no authority decision for {actor} performing {activity} on {target} on {on:uuuu-MM-dd}; the decisions given are about {string.Join("; ", _decisions.Select(d => $"{d.Actor}, {d.Activity}, {d.Subject}, {d.AsOf:uuuu-MM-dd}"))}.",
                        paramName);
            }

            if (!decision.Allowed)
            {
                throw new AuthorityDeniedException(decision, $"Case {caseId} cannot be opened");
            }

            confirmed.Add(decision);
        }

        return confirmed.MoveToImmutable();
    }
}
