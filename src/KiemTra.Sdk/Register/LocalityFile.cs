using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>A locality file (<i>hồ sơ địa bàn</i>) opened by an assignee for the locality followed.</summary>
/// <param name="Id">Identifier, unique among locality files.</param>
/// <param name="AssignmentId">The <see cref="RecordedAssignment.Id"/> it belongs to.</param>
/// <param name="OpenedOn">When it was opened.</param>
/// <param name="LastUpdatedOn">When it was last brought up to date, or null.</param>
public sealed record LocalityFile(RecordId<LocalityFile> Id, RecordId<RecordedAssignment> AssignmentId, LocalDate OpenedOn, LocalDate? LastUpdatedOn = null);
