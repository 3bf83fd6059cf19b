using KiemTra.Sdk.Register;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// A kind of activity record an organisation reports for a year (<i>loại dữ liệu báo cáo</i>). An
/// organisation that did not report a kind for a year has MISSING data for it: absence of records is
/// then not read as "nothing was done".
/// </summary>
public enum RecordKind
{
    /// <summary>Planned inspections and supervisions and their completion (<see cref="PlanItemRecord"/>).</summary>
    PlanItems = 0,

    /// <summary>Programmes, assignment decisions and regulations issued (<see cref="IssuedDocument"/>).</summary>
    GovernanceDocuments = 1,

    /// <summary>Party texts received and disseminated (<see cref="DirectiveDissemination"/>).</summary>
    Directives = 2,

    /// <summary>Inspection staff and their training (<see cref="InspectionStaffYear"/>).</summary>
    InspectionStaff = 3,

    /// <summary>Conclusions and recommendations to carry out (<see cref="ConclusionFollowUpRecord"/>).</summary>
    ConclusionFollowUps = 4,

    /// <summary>Locality assignments and meeting attendance (<see cref="LocalityAssignmentRecord"/>, <see cref="MeetingAttendanceRecord"/>).</summary>
    LocalityAssignments = 5,

    /// <summary>Digital processing figures (<see cref="DigitalProcessingFigures"/>); the record itself is the report.</summary>
    DigitalTransformation = 6,

    /// <summary>Meetings held and their length (<see cref="Meeting"/>).</summary>
    Meetings = 7,

    /// <summary>Tasks assigned and how they are specified (<see cref="AssignedTask"/>).</summary>
    Tasks = 8,
}
