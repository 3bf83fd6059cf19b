using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Supervision;

/// <summary>A written periodic report by an assignee on a locality (<i>báo cáo bằng văn bản</i>).</summary>
/// <param name="Assignee">Who reported.</param>
/// <param name="Locality">On which locality.</param>
/// <param name="Period">The reporting period number within the year (1-based, e.g. the quarter).</param>
/// <param name="SubmittedOn">When it was submitted.</param>
internal sealed record AssignmentReport(MemberId Assignee, OrganizationId Locality, int Period, LocalDate SubmittedOn);
