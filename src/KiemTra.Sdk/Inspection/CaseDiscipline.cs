using KiemTra.Sdk.Discipline;
using NodaTime;

namespace KiemTra.Sdk.Inspection;

/// <summary>
/// The discipline a case decided within its competence or proposed to the competent body (<i>quyết định/đề nghị kỷ luật</i>),
/// as a typed outcome of the case: who, which form, decided or proposed, the reference, and — when decided — the
/// <see cref="DisciplineDecision"/> it produced (by id; the decision itself lives in the register of the work).
/// </summary>
public sealed record CaseDiscipline
{
    private CaseDiscipline(bool decided, DisciplineSubject subject, DisciplineForm form, string reference, LocalDate on, RecordId<DisciplineDecision>? decisionId)
    {
        Decided = decided;
        Subject = subject;
        Form = form;
        Reference = reference;
        On = on;
        DecisionId = decisionId;
    }

    /// <summary>True when the case's body decided it within its competence; false when it proposed it upward.</summary>
    public bool Decided { get; }

    /// <summary>Who is (to be) disciplined.</summary>
    public DisciplineSubject Subject { get; }

    /// <summary>The form decided or proposed.</summary>
    public DisciplineForm Form { get; }

    /// <summary>The decision or proposal reference (e.g. <c>21-QĐ/UBKT</c>).</summary>
    public string Reference { get; }

    /// <summary>When it was decided or proposed.</summary>
    public LocalDate On { get; }

    /// <summary>The id of the <see cref="DisciplineDecision"/> produced, when decided with one; null for a proposal.</summary>
    public RecordId<DisciplineDecision>? DecisionId { get; }

    /// <summary>A discipline decided by the case's body: the decision is the fact, this links it.</summary>
    /// <param name="decision">The decision (checked by <see cref="DisciplineDecision.Create"/>).</param>
    /// <param name="reference">The decision reference.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    /// <exception cref="ArgumentException">The reference is empty.</exception>
    public static CaseDiscipline Of(DisciplineDecision decision, string reference)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new CaseDiscipline(true, decision.Subject, decision.Form, RequireReference(reference), decision.DecidedOn, decision.Id);
    }

    /// <summary>A discipline proposed to the competent body (or decided without a decision recorded yet).</summary>
    /// <param name="decided">True when decided within competence, false when proposed.</param>
    /// <param name="subject">Who.</param>
    /// <param name="form">The form.</param>
    /// <param name="reference">The decision or proposal reference.</param>
    /// <param name="on">When.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentException">The form is undefined or does not fit the subject (dissolution for a member, removal from post for an organisation), or the reference is empty.</exception>
    public static CaseDiscipline Of(bool decided, DisciplineSubject subject, DisciplineForm form, string reference, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!Enum.IsDefined(form))
        {
            throw new ArgumentException($"Discipline form {(int)form} is not defined.", nameof(form));
        }

        if ((form == DisciplineForm.Dissolution && subject.IsMember) || ((form is DisciplineForm.RemovalFromPost or DisciplineForm.Expulsion) && !subject.IsMember))
        {
            throw new ArgumentException($"The form {form} does not apply to {subject.Kind} {subject.Id}.", nameof(form));
        }

        return new CaseDiscipline(decided, subject, form, RequireReference(reference), on, null);
    }

    /// <summary>Rebuilds an outcome a host persisted.</summary>
    /// <param name="decided">Decided or proposed.</param>
    /// <param name="subject">Who.</param>
    /// <param name="form">The form.</param>
    /// <param name="reference">The reference.</param>
    /// <param name="on">When.</param>
    /// <param name="decisionId">The decision produced, or null.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentException">A field is invalid, or a proposal names a decision.</exception>
    public static CaseDiscipline Restore(bool decided, DisciplineSubject subject, DisciplineForm form, string reference, LocalDate on, RecordId<DisciplineDecision>? decisionId)
    {
        var outcome = Of(decided, subject, form, reference, on);
        if (decisionId is null)
        {
            return outcome;
        }

        if (!decided)
        {
            throw new ArgumentException($"A proposed discipline ({reference}) cannot name the decision '{decisionId}'.", nameof(decisionId));
        }

        decisionId.Value.Required(nameof(decisionId));
        return new CaseDiscipline(true, subject, form, outcome.Reference, on, decisionId);
    }

    private static string RequireReference(string reference) =>
        string.IsNullOrWhiteSpace(reference) ? throw new ArgumentException("'reference' must not be empty.", nameof(reference)) : reference.Trim();
}
