using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// A written report by an assignee on the locality or field followed (<i>báo cáo định kỳ, đột xuất của người được phân công</i>),
/// with the date it was due, so its timeliness is a fact rather than an opinion.
/// </summary>
/// <param name="Id">Identifier, unique among assignee reports.</param>
/// <param name="AssignmentId">The <see cref="RecordedAssignment.Id"/> reported under.</param>
/// <param name="Kind">Periodic or ad hoc.</param>
/// <param name="DueOn">When it was due, or null for an ad hoc report asked for without a date.</param>
/// <param name="SubmittedOn">When it was submitted.</param>
public sealed record AssigneeReport(RecordId<AssigneeReport> Id, RecordId<RecordedAssignment> AssignmentId, AssigneeReportKind Kind, LocalDate? DueOn, LocalDate SubmittedOn)
{
    /// <summary>Whether it was submitted by its due date (a report without a due date is on time).</summary>
    public bool IsOnTime => DueOn is not { } due || SubmittedOn <= due;
}

/// <summary>Kind of an <see cref="AssigneeReport"/> (<i>loại báo cáo</i>).</summary>
public enum AssigneeReportKind
{
    /// <summary>Periodic report (<i>báo cáo định kỳ</i>).</summary>
    Periodic = 1,

    /// <summary>Ad hoc report (<i>báo cáo đột xuất</i>).</summary>
    AdHoc = 2,
}
