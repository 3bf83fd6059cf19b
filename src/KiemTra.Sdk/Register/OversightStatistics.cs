namespace KiemTra.Sdk.Register;

/// <summary>
/// Inspections and supervisions by subject (<i>kiểm tra, giám sát tổ chức đảng và đảng viên</i>), in the shape of
/// the Thái Nguyên 2020–2025 report's figures: organisations and members inspected or supervised, how many members sit on a committee, and how
/// many cases found signs of violation or a violation. Counted per case and subject (a subject covered twice counts twice),
/// for cases concluded in the period.
/// </summary>
public sealed record OversightStatistics
{
    /// <summary>Organisation subjects of inspections.</summary>
    public required int OrganizationsInspected { get; init; }

    /// <summary>Member subjects of inspections.</summary>
    public required int MembersInspected { get; init; }

    /// <summary>Of the members inspected, those on a committee.</summary>
    public required int InspectedCommitteeMembers { get; init; }

    /// <summary>Inspections whose conclusion found a violation.</summary>
    public required int InspectionsFindingViolation { get; init; }

    /// <summary>Organisation subjects of supervisions.</summary>
    public required int OrganizationsSupervised { get; init; }

    /// <summary>Member subjects of supervisions.</summary>
    public required int MembersSupervised { get; init; }

    /// <summary>Of the members supervised, those on a committee.</summary>
    public required int SupervisedCommitteeMembers { get; init; }

    /// <summary>Supervisions whose conclusion found signs of violation.</summary>
    public required int SupervisionsWithSignsOfViolation { get; init; }
}
