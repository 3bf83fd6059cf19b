using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Discipline.Complaints;

/// <summary>
/// The resolution of a complaint (<i>quyết định giải quyết khiếu nại</i>): upheld, changed to another form, or
/// annulled; and, when the party form changed or was annulled, the follow-on review of the administrative or
/// mass-organisation form.
/// </summary>
public sealed record ComplaintResolution
{
    internal ComplaintResolution(DisciplineComplaint complaint, ComplaintOutcome outcome, DisciplineForm? resultingForm, LocalDate resolvedOn, LocalizedText? followOn, RuleCitation? followOnRule)
    {
        Complaint = complaint;
        Outcome = outcome;
        ResultingForm = resultingForm;
        ResolvedOn = resolvedOn;
        FollowOn = followOn;
        FollowOnRule = followOnRule;
    }

    /// <summary>The complaint resolved.</summary>
    public DisciplineComplaint Complaint { get; }

    /// <summary>Upheld, changed or annulled.</summary>
    public ComplaintOutcome Outcome { get; }

    /// <summary>The form after resolution (null when annulled).</summary>
    public DisciplineForm? ResultingForm { get; }

    /// <summary>When it was resolved.</summary>
    public LocalDate ResolvedOn { get; }

    /// <summary>Whether the administrative or mass-organisation form must be reviewed.</summary>
    public bool RequiresAdministrativeReview => FollowOn is not null;

    /// <summary>The follow-on action, when the party form changed or was annulled.</summary>
    public LocalizedText? FollowOn { get; }

    /// <summary>The rule requiring the follow-on action.</summary>
    public RuleCitation? FollowOnRule { get; }
}
