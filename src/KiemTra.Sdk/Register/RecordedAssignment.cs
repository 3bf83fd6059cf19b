using KiemTra.Sdk.Supervision;

namespace KiemTra.Sdk.Register;

/// <summary>An assignment to follow a locality or a field (<i>phân công theo dõi địa bàn, lĩnh vực</i>) as recorded, with its id.</summary>
/// <param name="Id">Identifier, unique among assignments.</param>
/// <param name="Assignment">The assignment (checked by <see cref="LocalityAssignment.Create"/>).</param>
/// <param name="BodyId">The id of the assigning body in the organisation tree, or null to take the assigning organisation's first body of its kind.</param>
/// <param name="Field">For a field assignment, the field (a code of the content-area or high-risk-field catalogue); null for a locality only.</param>
public sealed record RecordedAssignment(string Id, LocalityAssignment Assignment, string? BodyId = null, string? Field = null);
