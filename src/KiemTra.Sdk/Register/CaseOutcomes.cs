using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// The one definition of when a case counts as carried out, and what it covers: indicator measures (plan completion,
/// coverage, regular supervision), statistics and early warnings all call these, so the rules cannot drift apart.
/// </summary>
internal static class CaseOutcomes
{
    /// <summary>The activities that cover their subject (<i>được kiểm tra, giám sát</i>): supervisions and inspections, not denunciation, complaint or discipline work.</summary>
    internal static bool IsCoveringActivity(ActivityKind kind) => kind is ActivityKind.RegularSupervision or ActivityKind.ThematicSupervision
        or ActivityKind.ComplianceInspection or ActivityKind.InspectionOnSignsOfViolation or ActivityKind.InspectionOfInspectionDuties
        or ActivityKind.PartyFinanceInspection or ActivityKind.AssetDeclarationInspection;

    /// <summary>
    /// The day a case was carried out: the day of its concluding meeting (<see cref="CaseStep.HoldConclusionMeeting"/>,
    /// state <see cref="CaseState.Concluded"/>), or null while it has not concluded. Notice, discipline and follow-up come
    /// after and do not move it.
    /// </summary>
    internal static LocalDate? ConcludedOn(OversightCase c)
    {
        foreach (var e in c.History)
        {
            if (e.Step == CaseStep.HoldConclusionMeeting)
            {
                return e.On;
            }
        }

        return null;
    }

    /// <summary>
    /// The day a case carried out what it was opened for, following a take-up to the higher level's case: a case
    /// taken up is carried out when the case that took it up concludes.
    /// </summary>
    internal static LocalDate? CarriedOutOn(OversightCase c, Func<RecordId<OversightCase>, OversightCase?> takenUpBy)
    {
        var current = c;
        for (var hops = 0; hops < 16; hops++)
        {
            if (ConcludedOn(current) is { } on)
            {
                return on;
            }

            if (current.State != CaseState.TakenUp || takenUpBy(current.Id) is not { } higher)
            {
                return null;
            }

            current = higher;
        }

        return null;
    }

    /// <summary>The day a case covers its organisation subjects: its conclusion, when it is a covering activity.</summary>
    internal static LocalDate? CoveredOn(OversightCase c) => IsCoveringActivity(c.Activity) ? ConcludedOn(c) : null;

    /// <summary>The organisations covered by any of <paramref name="cases"/> between <paramref name="from"/> and <paramref name="to"/> (both included).</summary>
    internal static HashSet<OrganizationId> CoveredBetween(IEnumerable<OversightCase> cases, LocalDate from, LocalDate to)
    {
        var covered = new HashSet<OrganizationId>();
        foreach (var c in cases)
        {
            if (CoveredOn(c) is not { } on || on < from || on > to)
            {
                continue;
            }

            foreach (var s in c.Subjects)
            {
                if (s.Organization is { } o)
                {
                    covered.Add(o);
                }
            }
        }

        return covered;
    }
}
