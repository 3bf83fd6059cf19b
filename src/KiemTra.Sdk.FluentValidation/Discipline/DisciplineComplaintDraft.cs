using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.Discipline;

/// <summary>
/// A complaint against a discipline decision as a host records it (<i>đơn khiếu nại kỷ luật đảng</i>); validate it
/// with <see cref="DisciplineComplaintDraftValidator"/>, then build it with <see cref="ToComplaint"/>. Whether it is
/// admissible (in time, signed, by the subject) is decided by <see cref="ComplaintRules.Assess"/>, not by the validator:
/// an inadmissible complaint is still a valid record.
/// </summary>
/// <param name="Id">The complaint id.</param>
/// <param name="Decision">The decision complained about.</param>
/// <param name="DecisionReceivedOn">When the subject received the decision, if known.</param>
/// <param name="FiledOn">When the complaint was filed (not after today).</param>
/// <param name="FiledBySubject">Whether the disciplined subject filed it.</param>
/// <param name="Signed">Whether it is signed.</param>
/// <param name="PreviouslyResolvedByCentralCommittee">Whether the Central Committee already resolved it.</param>
public sealed record DisciplineComplaintDraft(string? Id, DisciplineDecision? Decision, LocalDate? DecisionReceivedOn, LocalDate FiledOn, bool FiledBySubject, bool Signed,
    bool PreviouslyResolvedByCentralCommittee = false)
{
    /// <summary>Builds the (validated) complaint.</summary>
    /// <returns>The complaint.</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule (validate it first).</exception>
    public DisciplineComplaint ToComplaint() => DisciplineComplaint.Create(Id!, Decision!, DecisionReceivedOn, FiledOn, FiledBySubject, Signed, PreviouslyResolvedByCentralCommittee);
}
