using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Supervision;

/// <summary>
/// An assignment to follow a locality (<i>phân công theo dõi địa bàn</i>): a committee member,
/// commission member or staff member follows an organisation, attends its committee meetings and reports in writing.
/// </summary>
public sealed record LocalityAssignment
{
    private LocalityAssignment(MemberId assignee, OrganizationId locality, ActingBody assignedBy, LocalDate from, LocalDate? to)
    {
        Assignee = assignee;
        Locality = locality;
        AssignedBy = assignedBy;
        From = from;
        To = to;
    }

    /// <summary>Who follows the locality.</summary>
    public MemberId Assignee { get; }

    /// <summary>The organisation followed.</summary>
    public OrganizationId Locality { get; }

    /// <summary>The body that made the assignment (standing committee, commission, advisory agency).</summary>
    public ActingBody AssignedBy { get; }

    /// <summary>First day of the assignment.</summary>
    public LocalDate From { get; }

    /// <summary>Last day, or null while it runs.</summary>
    public LocalDate? To { get; }

    /// <summary>Whether the assignment runs on a date.</summary>
    public bool IsActiveOn(LocalDate date) => date >= From && (To is null || date <= To);

    /// <summary>Records an assignment.</summary>
    /// <exception cref="ArgumentException">An id is default or the period is reversed.</exception>
    public static LocalityAssignment Create(MemberId assignee, OrganizationId locality, ActingBody assignedBy, LocalDate from, LocalDate? to = null)
    {
        if (assignee.Value.Length == 0)
        {
            throw new ArgumentException("The assignee must not be default.", nameof(assignee));
        }

        if (locality.Value.Length == 0)
        {
            throw new ArgumentException("The locality must not be default.", nameof(locality));
        }

        if (to is { } end && end < from)
        {
            throw new ArgumentException($"The assignment of {assignee} to {locality} ends on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(end)}, before it starts on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(from)}.", nameof(to));
        }

        return new LocalityAssignment(assignee, locality, assignedBy, from, to);
    }

    /// <summary>
    /// Checks that every organisation directly under <paramref name="organization"/> has someone assigned to follow it on
    /// a date (<see cref="ErrorCodes.AssignmentLocalityUnassigned"/>) and that no assignment of it points outside its
    /// subtree (<see cref="ErrorCodes.AssignmentOutsideSubtree"/>); problems in the data never throw.
    /// </summary>
    /// <param name="assignments">The assignments (those of other organisations are ignored).</param>
    /// <param name="dataset">The hierarchy.</param>
    /// <param name="organization">The assigning organisation.</param>
    /// <param name="asOf">The date checked.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The organisation is not in the dataset.</exception>
    public static IReadOnlyList<Finding> CheckCoverage(IEnumerable<LocalityAssignment> assignments, PartyDataset dataset, OrganizationId organization, LocalDate asOf)
        => LocalityAssignments.CheckCoverage(assignments, dataset, organization, asOf);
}
