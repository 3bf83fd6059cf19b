namespace KiemTra.Sdk.Register;

/// <summary>
/// Inspections and supervisions by subject (<i>kiểm tra, giám sát tổ chức đảng và đảng viên</i>), in the shape of
/// the Thái Nguyên 2020–2025 report's figures: organisations and members inspected or supervised, how many members sit on a committee, and how
/// many cases found signs of violation or a violation. Counted per case and subject (a subject covered twice counts twice),
/// for cases concluded in the period.
/// </summary>
/// <param name="OrganizationsInspected">Organisation subjects of inspections.</param>
/// <param name="MembersInspected">Member subjects of inspections.</param>
/// <param name="InspectedCommitteeMembers">Of the members inspected, those on a committee.</param>
/// <param name="InspectionsFindingViolation">Inspections whose conclusion found a violation.</param>
/// <param name="OrganizationsSupervised">Organisation subjects of supervisions.</param>
/// <param name="MembersSupervised">Member subjects of supervisions.</param>
/// <param name="SupervisedCommitteeMembers">Of the members supervised, those on a committee.</param>
/// <param name="SupervisionsWithSignsOfViolation">Supervisions whose conclusion found signs of violation.</param>
public sealed record OversightStatistics(
    int OrganizationsInspected,
    int MembersInspected,
    int InspectedCommitteeMembers,
    int InspectionsFindingViolation,
    int OrganizationsSupervised,
    int MembersSupervised,
    int SupervisedCommitteeMembers,
    int SupervisionsWithSignsOfViolation);
