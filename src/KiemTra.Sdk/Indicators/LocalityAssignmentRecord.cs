using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Indicators;

/// <summary>An assignment to follow a locality (<i>phân công theo dõi địa bàn</i>) by a body's member or staff.</summary>
/// <param name="Id">Identifier, unique among assignments.</param>
/// <param name="Organization">The organisation that assigned.</param>
/// <param name="BodyId">The body whose member or staff is assigned, or null.</param>
/// <param name="Locality">The organisation followed.</param>
/// <param name="From">First day of the assignment.</param>
/// <param name="To">Last day, or null while current.</param>
internal sealed record LocalityAssignmentRecord(string Id, OrganizationId Organization, string? BodyId, OrganizationId Locality, LocalDate From, LocalDate? To);
