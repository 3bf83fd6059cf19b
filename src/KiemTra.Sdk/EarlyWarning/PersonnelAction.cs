using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.EarlyWarning;

/// <summary>A personnel action concerning a member (<i>điều động, bổ nhiệm, đề bạt, khen thưởng</i>), checked against discipline in effect.</summary>
/// <param name="Member">The member.</param>
/// <param name="Action">Transfer, appointment, promotion or honours.</param>
/// <param name="On">When it took effect.</param>
/// <param name="Reference">The decision's reference.</param>
public sealed record PersonnelAction(MemberId Member, RestrictedAction Action, LocalDate On, string Reference);
