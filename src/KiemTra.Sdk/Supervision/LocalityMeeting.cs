using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Supervision;

/// <summary>A meeting of a locality's committee or standing committee and who of the assignees attended (<i>dự họp</i>).</summary>
/// <param name="Locality">The organisation that met.</param>
/// <param name="On">When.</param>
/// <param name="Attendees">Assignees who attended.</param>
public sealed record LocalityMeeting(OrganizationId Locality, LocalDate On, IReadOnlyList<MemberId> Attendees);
