using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using NodaTime;

namespace KiemTra.Sdk.Supervision;

/// <summary>
/// Checks locality assignments (<i>phân công theo dõi địa bàn</i>): every subordinate organisation of the assigning
/// organisation has someone following it, no assignment points outside its subtree, and each assignee's yearly
/// attendance and written reports are assessed.
/// </summary>
internal static class LocalityAssignments
{
    /// <summary>Finding code: a subordinate organisation has no assignee.</summary>
    public const string Unassigned = ErrorCodes.AssignmentLocalityUnassigned;

    /// <summary>Finding code: an assignment points outside the assigning organisation's subtree or to an unknown organisation.</summary>
    public const string OutsideSubtree = ErrorCodes.AssignmentOutsideSubtree;

    /// <summary>Finding code: an assignee missed meetings or reports in the year.</summary>
    public const string NotCompliant = "ASSIGN-NOT-COMPLIANT";

    /// <summary>Checks coverage on a date: every organisation directly under <paramref name="organization"/> is assigned.</summary>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The organisation is not in the dataset.</exception>
    public static IReadOnlyList<Finding> CheckCoverage(IEnumerable<RecordedAssignment> assignments, PartyDataset dataset, OrganizationId organization, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(dataset);
        var active = assignments.Where(a => a.AssignedBy.Organization == organization && a.IsActiveOn(asOf)).ToArray();
        var findings = new List<Finding>();
        foreach (var a in active.Where(a => !dataset.Contains(a.Locality) || !dataset.IsInSubtree(organization, a.Locality) || a.Locality == organization))
        {
            findings.Add(Finding.Create(OutsideSubtree, FindingSeverity.Error, a.Locality.Value, LocalizedText.Of(
                $"{a.Assignee} được phân công theo dõi {a.Locality}, không thuộc phạm vi của {organization}.",
                $"{a.Assignee} is assigned to {a.Locality}, which is not under {organization}.")));
        }

        var followed = active.Select(a => a.Locality).ToHashSet();
        foreach (var child in dataset.ChildrenOf(organization, asOf).Where(c => !followed.Contains(c.Id)))
        {
            findings.Add(Finding.Create(Unassigned, FindingSeverity.Warning, child.Id.Value, LocalizedText.Of(
                $"{child.Id} ({child.Name}) chưa được phân công theo dõi ngày {KiemTra.Sdk.Formatting.TextFormat.Date(asOf)}: mọi địa bàn đều phải có người theo dõi.",
                $"{child.Id} ({child.Name}) has nobody assigned to follow it on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(asOf)}: every locality must be assigned.")));
        }

        return findings;
    }

    /// <summary>Assesses each assignee's attendance and written reports over a year.</summary>
    /// <param name="assignments">The assignments.</param>
    /// <param name="meetings">Meetings held by the localities.</param>
    /// <param name="reports">Reports submitted.</param>
    /// <param name="year">The year assessed.</param>
    /// <param name="reportsPerYear">Reporting periods per year chosen by the assigning body (e.g. 4 for quarterly, 2 for half-yearly).</param>
    /// <returns>One entry per assignee (ordered by id), and a finding per assignee who missed something.</returns>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reportsPerYear"/> is not 1, 2, 3, 4, 6 or 12.</exception>
    public static (IReadOnlyList<AssigneeCompliance> Compliance, IReadOnlyList<Finding> Findings) AssessYear(
        IEnumerable<RecordedAssignment> assignments, IEnumerable<LocalityMeeting> meetings, IEnumerable<AssignmentReport> reports, int year, int reportsPerYear)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(meetings);
        ArgumentNullException.ThrowIfNull(reports);
        if (reportsPerYear is not (1 or 2 or 3 or 4 or 6 or 12))
        {
            throw new ArgumentOutOfRangeException(nameof(reportsPerYear), reportsPerYear, "Reporting periods per year must divide the year into whole months: 1, 2, 3, 4, 6 or 12.");
        }

        var meetingList = meetings.Where(m => m.On.Year == year).ToArray();
        var reportList = reports.ToArray();
        var months = 12 / reportsPerYear;
        var result = new List<AssigneeCompliance>();
        var findings = new List<Finding>();
        foreach (var group in assignments.GroupBy(a => a.Assignee).OrderBy(g => g.Key))
        {
            int held = 0, attended = 0, due = 0, submitted = 0;
            foreach (var a in group)
            {
                foreach (var m in meetingList.Where(m => m.Locality == a.Locality && a.IsActiveOn(m.On)))
                {
                    held++;
                    attended += m.Attendees.Contains(a.Assignee) ? 1 : 0;
                }

                for (var period = 1; period <= reportsPerYear; period++)
                {
                    var periodEnd = new LocalDate(year, period * months, 1).PlusMonths(1).PlusDays(-1);
                    if (!a.IsActiveOn(periodEnd))
                    {
                        continue;
                    }

                    due++;
                    submitted += reportList.Any(r => r.Assignee == a.Assignee && r.Locality == a.Locality && r.Period == period && r.SubmittedOn.Year >= year) ? 1 : 0;
                }
            }

            var compliance = new AssigneeCompliance(group.Key, held, attended, due, submitted);
            result.Add(compliance);
            if (!compliance.IsCompliant)
            {
                findings.Add(Finding.Create(NotCompliant, FindingSeverity.Warning, group.Key.Value, LocalizedText.Of(
                    $"{group.Key} năm {year}: dự {attended}/{held} cuộc họp của địa bàn, nộp {submitted}/{due} báo cáo bằng văn bản.",
                    $"{group.Key} in {year}: attended {attended} of {held} locality meetings, submitted {submitted} of {due} written reports.")));
            }
        }

        return (result, findings);
    }
}
