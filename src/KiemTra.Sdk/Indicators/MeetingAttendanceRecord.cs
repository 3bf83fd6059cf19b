using NodaTime;

namespace KiemTra.Sdk.Indicators;

/// <summary>Attendance at a meeting of the assigned locality's committee (<i>dự hội nghị, cuộc họp của địa bàn</i>).</summary>
/// <param name="AssignmentId">The <see cref="LocalityAssignmentRecord.Id"/> attended under.</param>
/// <param name="Date">The meeting date.</param>
internal sealed record MeetingAttendanceRecord(string AssignmentId, LocalDate Date);
