using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Supervision;
using NodaTime;

namespace KiemTra.Sdk.Tests.Supervision;

public class LocalityAssignmentsTests
{
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly OrganizationId Province = OrganizationId.From("TN");
    private static readonly ActingBody Standing = new(Province, BodyKind.StandingCommittee);
    private static readonly MemberId A = MemberId.From("UV-01");
    private static readonly MemberId B = MemberId.From("UV-02");

    private static PartyDataset Dataset()
    {
        var b = new PartyDatasetBuilder("Tỉnh thử", new LocalDate(2026, 6, 1), "test");
        b.AddOrganization(OrganizationId.From("TN"), "Đảng bộ tỉnh", OrganizationKind.Province, null, new LocalDate(1990, 1, 1), [BodyKind.StandingCommittee, BodyKind.InspectionCommission]);
        b.AddOrganization(OrganizationId.From("TN.X1"), "Đảng bộ xã Một", OrganizationKind.Commune, OrganizationId.From("TN"), Reform);
        b.AddOrganization(OrganizationId.From("TN.X2"), "Đảng bộ xã Hai", OrganizationKind.Commune, OrganizationId.From("TN"), Reform);
        b.AddOrganization(OrganizationId.From("TN.X3"), "Đảng bộ xã Ba", OrganizationKind.Commune, OrganizationId.From("TN"), Reform);
        b.AddOrganization(OrganizationId.From("HG"), "Đảng bộ tỉnh khác", OrganizationKind.Province, null, new LocalDate(1990, 1, 1));
        return b.Build();
    }

    private static readonly RecordedAssignment[] Assignments =
    [
        RecordedAssignment.Create(RecordId<RecordedAssignment>.From("PC-1"), A, OrganizationId.From("TN.X1"), Standing, new LocalDate(2025, 10, 15)),
        RecordedAssignment.Create(RecordId<RecordedAssignment>.From("PC-2"), A, OrganizationId.From("TN.X2"), Standing, new LocalDate(2025, 10, 15), new LocalDate(2026, 6, 30)),
        RecordedAssignment.Create(RecordId<RecordedAssignment>.From("PC-3"), B, OrganizationId.From("HG"), Standing, new LocalDate(2025, 10, 15)),
    ];

    [Fact]
    public void Coverage_EveryLocalityAssigned_NoneOutsideTheSubtree()
    {
        // R-S2: every locality is assigned.
        var findings = RecordedAssignment.CheckCoverage(Assignments, Dataset(), Province, new LocalDate(2026, 8, 1));
        Assert.Equal(
            [(LocalityAssignments.OutsideSubtree, "HG"), (LocalityAssignments.Unassigned, "TN.X2"), (LocalityAssignments.Unassigned, "TN.X3")],
            findings.Select(f => (f.Code, f.SubjectId)));
    }

    [Fact]
    public void YearlyAssessment_CountsMeetingsAttendedAndReportsSubmitted()
    {
        // R-S2: assignees attend the locality's committee meetings and report in writing; compliance assessed yearly.
        var meetings = new[]
        {
            new LocalityMeeting(OrganizationId.From("TN.X1"), new LocalDate(2026, 3, 10), [A]),
            new LocalityMeeting(OrganizationId.From("TN.X1"), new LocalDate(2026, 9, 10), []),
            new LocalityMeeting(OrganizationId.From("TN.X2"), new LocalDate(2026, 5, 10), [A]),
            new LocalityMeeting(OrganizationId.From("TN.X2"), new LocalDate(2026, 8, 10), []), // after A's assignment ended: not counted
        };
        var reports = new[]
        {
            new AssignmentReport(A, OrganizationId.From("TN.X1"), 1, new LocalDate(2026, 7, 5)),
            new AssignmentReport(A, OrganizationId.From("TN.X1"), 2, new LocalDate(2027, 1, 5)),
            new AssignmentReport(A, OrganizationId.From("TN.X2"), 1, new LocalDate(2026, 7, 5)),
        };
        var (compliance, findings) = LocalityAssignments.AssessYear(Assignments.Take(2), meetings, reports, 2026, reportsPerYear: 2);
        var a = Assert.Single(compliance);
        Assert.Equal(new AssigneeCompliance(A, MeetingsHeld: 3, MeetingsAttended: 2, ReportsDue: 3, ReportsSubmitted: 3), a);
        Assert.False(a.IsCompliant);
        Assert.Contains("dự 2/3 cuộc họp", Assert.Single(findings).Message.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RefusesAReversedPeriodAndABadId_NamingTheValues()
    {
        // R-S2: an assignment runs from its first to its last day; its id follows the identifier rules.
        var reversed = Assert.Throws<ArgumentException>(() => RecordedAssignment.Create(RecordId<RecordedAssignment>.From("PC-9"), A, OrganizationId.From("TN.X1"), Standing, new LocalDate(2026, 3, 1), new LocalDate(2026, 2, 28)));
        Assert.Equal("to", reversed.ParamName);
        Assert.Contains("2026-02-28", reversed.Message, StringComparison.Ordinal);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => RecordedAssignment.Create(default, A, OrganizationId.From("TN.X1"), Standing, new LocalDate(2026, 3, 1))).ParamName);
        var badId = Assert.Throws<ArgumentException>(() => RecordedAssignment.Create(RecordId<RecordedAssignment>.From("PC 9"), A, OrganizationId.From("TN.X1"), Standing, new LocalDate(2026, 3, 1)));
        Assert.Equal("value", badId.ParamName); // the id text is refused by RecordId.From, naming the kind of id and the value
        Assert.Contains("assignment id 'PC 9'", badId.Message, StringComparison.Ordinal);
        Assert.Equal("assignee", Assert.Throws<ArgumentException>(() => RecordedAssignment.Create(RecordId<RecordedAssignment>.From("PC-9"), default, OrganizationId.From("TN.X1"), Standing, new LocalDate(2026, 3, 1))).ParamName);
        var open = RecordedAssignment.Create(RecordId<RecordedAssignment>.From("PC-9"), A, OrganizationId.From("TN.X1"), Standing, new LocalDate(2026, 3, 1));
        Assert.False(open.IsActiveOn(new LocalDate(2026, 2, 28)));
        Assert.True(open.IsActiveOn(new LocalDate(2030, 1, 1)));
    }

    [Fact]
    public void YearlyAssessment_RejectsAPeriodCountThatDoesNotDivideTheYear()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LocalityAssignments.AssessYear([], [], [], 2026, 5));
    }
}
