using KiemTra.Sdk.Register;
using System.Collections.Immutable;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// The columns indicator measures read (<i>dữ liệu hoạt động</i>), one list per kind: an internal projection of a
/// <see cref="Register.WorkRegister"/>, built once per register snapshot by <c>RegisterProjection</c> (the SDK's own tests also
/// build it directly, to test a measure on a few hand-made rows). Hosts record facts in the register, never here.
/// </summary>
internal sealed class ActivityRecords
{
    /// <summary>No records.</summary>
    public static ActivityRecords Empty { get; } = new();

    /// <summary>Planned inspections and supervisions.</summary>
    public ImmutableArray<PlanItemRecord> PlanItems { get; init; } = [];

    /// <summary>Programmes, assignment decisions and regulations issued.</summary>
    public ImmutableArray<IssuedDocument> GovernanceDocuments { get; init; } = [];

    /// <summary>Party texts received and disseminated.</summary>
    public ImmutableArray<DirectiveDissemination> Directives { get; init; } = [];

    /// <summary>Inspection staff by year.</summary>
    public ImmutableArray<InspectionStaffYear> InspectionStaff { get; init; } = [];

    /// <summary>Conclusions and recommendations to carry out.</summary>
    public ImmutableArray<ConclusionFollowUpRecord> ConclusionFollowUps { get; init; } = [];

    /// <summary>Locality assignments.</summary>
    public ImmutableArray<LocalityAssignmentRecord> LocalityAssignments { get; init; } = [];

    /// <summary>Attendance at assigned localities' meetings.</summary>
    public ImmutableArray<MeetingAttendanceRecord> MeetingAttendance { get; init; } = [];

    /// <summary>Digital-transformation figures by organisation and year.</summary>
    public ImmutableArray<DigitalProcessingFigures> DigitalTransformation { get; init; } = [];

    /// <summary>Meetings held.</summary>
    public ImmutableArray<Meeting> Meetings { get; init; } = [];

    /// <summary>Tasks assigned.</summary>
    public ImmutableArray<AssignedTask> Tasks { get; init; } = [];

    /// <summary>Which organisation reported which kind of data for which year.</summary>
    public ImmutableArray<ReportedDataRecord> Reported { get; init; } = [];
}
