using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Supervision;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// An assignment to follow a locality or a field (<i>phân công theo dõi địa bàn, lĩnh vực</i>) as recorded in the
/// register: a committee member, commission member or staff member follows an organisation, attends its committee
/// meetings and reports in writing. The one record of an assignment: coverage, attendance and assignee reports all read it.
/// </summary>
public sealed record RecordedAssignment
{
    private RecordedAssignment(RecordId<RecordedAssignment> id, MemberId assignee, OrganizationId locality, ActingBody assignedBy, LocalDate from, LocalDate? to, RecordId<Body>? bodyId, string? field)
    {
        Id = id;
        Assignee = assignee;
        Locality = locality;
        AssignedBy = assignedBy;
        From = from;
        To = to;
        BodyId = bodyId;
        Field = field;
    }

    /// <summary>Identifier, unique among assignments.</summary>
    public RecordId<RecordedAssignment> Id { get; }

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

    /// <summary>The id of the assigning body in the organisation tree, or null to take the assigning organisation's first body of its kind.</summary>
    public RecordId<Body>? BodyId { get; }

    /// <summary>For a field assignment, the field (a code of the content-area or high-risk-field catalogue); null for a locality only.</summary>
    public string? Field { get; }

    /// <summary>Whether the assignment runs on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True from <see cref="From"/> to <see cref="To"/> inclusive.</returns>
    public bool IsActiveOn(LocalDate date) => date >= From && (To is null || date <= To);

    /// <summary>Records an assignment.</summary>
    /// <param name="id">Identifier, unique among assignments.</param>
    /// <param name="assignee">Who follows the locality.</param>
    /// <param name="locality">The organisation followed.</param>
    /// <param name="assignedBy">The body that made the assignment.</param>
    /// <param name="from">First day.</param>
    /// <param name="to">Last day, or null while it runs.</param>
    /// <param name="bodyId">The id of the assigning body in the organisation tree, or null.</param>
    /// <param name="field">For a field assignment, the field code; null for a locality only.</param>
    /// <returns>The assignment.</returns>
    /// <exception cref="ArgumentException">The id is invalid, an id is default or the period is reversed.</exception>
    public static RecordedAssignment Create(RecordId<RecordedAssignment> id, MemberId assignee, OrganizationId locality, ActingBody assignedBy, LocalDate from, LocalDate? to = null, RecordId<Body>? bodyId = null, string? field = null)
    {
        id = id.Required(nameof(id));
        if (assignee.Value is null || assignee.Value.Length == 0)
        {
            throw new ArgumentException($"The assignee of assignment '{id}' must not be default.", nameof(assignee));
        }

        if (locality.Value is null || locality.Value.Length == 0)
        {
            throw new ArgumentException($"The locality of assignment '{id}' must not be default.", nameof(locality));
        }

        if (to is { } end && end < from)
        {
            throw new ArgumentException($"The assignment '{id}' of {assignee} to {locality} ends on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(end)}, before it starts on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(from)}.", nameof(to));
        }

        return new RecordedAssignment(id, assignee, locality, assignedBy, from, to, bodyId, field);
    }

    /// <summary>
    /// Checks that every organisation directly under <paramref name="organization"/> has someone assigned to follow it on
    /// a date (<see cref="ErrorCodes.AssignmentLocalityUnassigned"/>) and that no assignment of it points outside its
    /// subtree (<see cref="ErrorCodes.AssignmentOutsideSubtree"/>); problems in the data never throw.
    /// </summary>
    /// <param name="assignments">The assignments (those of other organisations are ignored), e.g. <see cref="WorkRegister.Assignments"/>.</param>
    /// <param name="dataset">The hierarchy.</param>
    /// <param name="organization">The assigning organisation.</param>
    /// <param name="asOf">The date checked.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The organisation is not in the dataset.</exception>
    public static IReadOnlyList<Finding> CheckCoverage(IEnumerable<RecordedAssignment> assignments, PartyDataset dataset, OrganizationId organization, LocalDate asOf)
        => LocalityAssignments.CheckCoverage(assignments, dataset, organization, asOf);
}
