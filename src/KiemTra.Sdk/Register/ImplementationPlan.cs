using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// A subordinate body's plan implementing a programme (<i>kế hoạch thực hiện của cấp dưới</i>), due by a date.
/// </summary>
/// <param name="Id">Identifier, unique among implementation plans.</param>
/// <param name="Organization">The subordinate organisation that must issue it.</param>
/// <param name="ProgramReference">The programme or resolution it implements (e.g. <c>05-NQ/TW</c>).</param>
/// <param name="DueOn">When it is due.</param>
/// <param name="IssuedOn">When it was issued, or null.</param>
public sealed record ImplementationPlan(RecordId<ImplementationPlan> Id, OrganizationId Organization, string ProgramReference, LocalDate DueOn, LocalDate? IssuedOn);

/// <summary>A periodic report on an <see cref="ImplementationPlan"/> through the inspection commission (<i>báo cáo kết quả thực hiện</i>).</summary>
/// <param name="Id">Identifier, unique among implementation reports.</param>
/// <param name="PlanId">The plan reported on.</param>
/// <param name="DueOn">When it was due.</param>
/// <param name="SubmittedOn">When it was submitted, or null.</param>
public sealed record ImplementationReport(RecordId<ImplementationReport> Id, RecordId<ImplementationPlan> PlanId, LocalDate DueOn, LocalDate? SubmittedOn);
