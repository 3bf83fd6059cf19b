using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>A meeting held (<i>hội nghị</i>) and its length in days.</summary>
/// <param name="Id">Identifier, unique among meetings.</param>
/// <param name="Organization">The organisation that held it.</param>
/// <param name="BodyId">The body that convened it, or null.</param>
/// <param name="Kind">The kind of meeting.</param>
/// <param name="Date">The first day.</param>
/// <param name="LengthInDays">Its length in working days: 0.5 for half a day, 1, 1.5…</param>
public sealed record Meeting(RecordId<Meeting> Id, OrganizationId Organization, RecordId<Body>? BodyId, MeetingKind Kind, LocalDate Date, decimal LengthInDays);
