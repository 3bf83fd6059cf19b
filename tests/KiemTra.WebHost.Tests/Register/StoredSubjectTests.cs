using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.WebHost.Endpoints;
using KiemTra.WebHost.Persistence;
using KiemTra.WebHost.Security;

namespace KiemTra.WebHost.Tests.Register;

/// <summary>
/// The stored subject-kind column (<c>Organization</c>, <c>FullMember</c>, <c>ProbationaryMember</c>) has one writer
/// (<see cref="Jurisdiction.KindColumn"/>) and one reader (<see cref="Jurisdiction.SubjectFromColumn"/>), which the
/// denunciation register and the jurisdiction checks both use; and the organisation's <c>flags</c> text is the core's
/// list of features.
/// </summary>
public sealed class StoredSubjectTests
{
    public static TheoryData<string> Subjects => ["Organization", "FullMember", "ProbationaryMember"];

    [Theory]
    [MemberData(nameof(Subjects))]
    public void SubjectFromColumn_ReadsBackWhatKindColumnWrote(string kind)
    {
        var id = kind == "Organization" ? "TN.X001" : "TN.M000001";
        var subject = Jurisdiction.SubjectFromColumn(kind, id, holdsPost: kind != "Organization");

        Assert.Equal(kind, Jurisdiction.KindColumn(subject));
        Assert.Equal(id, subject.Id);
        Assert.NotNull(Jurisdiction.SubjectOf(kind, id));
    }

    [Fact]
    public void SubjectFromColumn_AnUnknownKind_IsRefusedNamingIt_AndReadsAsNoSubjectForJurisdiction()
    {
        var ex = Assert.Throws<ArgumentException>(() => Jurisdiction.SubjectFromColumn("Member", "TN.M000001", holdsPost: false));
        Assert.Contains("'Member'", ex.Message, StringComparison.Ordinal);
        Assert.Null(Jurisdiction.SubjectOf("Member", "TN.M000001"));
    }

    [Fact]
    public void Rebuild_AStoredProbationaryMemberDenunciation_ReadsBackAsProbationary()
    {
        // A denunciation stored against a probationary member (SubjectKind "ProbationaryMember") was read back as a full
        // member before; it is probationary, as it was recorded, and is written back with the same kind.
        var row = new DenunciationRecord
        {
            Id = "TC-PROB-1",
            IdKey = "TC-PROB-1",
            SubjectKind = "ProbationaryMember",
            SubjectId = "TN.M000001",
            SubjectHoldsPost = false,
            Source = nameof(DenunciationSource.Named),
            ReceivedBy = "TN.X001",
            ReceivedByBody = nameof(BodyKind.InspectionCommission),
            ReceivedOn = new DateOnly(2025, 9, 1),
            Allegations = [new DenunciationAllegationRecord { DenunciationId = "TC-PROB-1", AllegationId = "ND1", Content = "Nội dung tố cáo", Position = 0 }],
        };

        var denunciation = DenunciationEndpoints.Rebuild(row, RuleBook.BuiltIn);

        Assert.True(denunciation.Subject.IsMember);
        Assert.True(denunciation.Subject.IsProbationary);
        Assert.Equal("ProbationaryMember", Jurisdiction.KindColumn(denunciation.Subject));
    }

    [Fact]
    public void FlagsText_IsTheOrganisationsFeaturesInTheCoresOrder_OrNone()
    {
        var province = PartyOrganization.Create(OrganizationId.From("A"), "Đảng bộ tỉnh A", OrganizationKind.Province, null, new NodaTime.LocalDate(2000, 1, 1), null,
            [BodyKind.InspectionCommission, BodyKind.StandingCommittee], hasCellCommittee: false, hasDelegatedPowers: true, [], [], 0);
        var cell = PartyOrganization.Create(OrganizationId.From("A.C1"), "Chi bộ Một", OrganizationKind.Cell, OrganizationId.From("A"), new NodaTime.LocalDate(2000, 1, 1), null,
            [], hasCellCommittee: false, hasDelegatedPowers: false, [], [], 1);

        Assert.Equal("DelegatedPowers, StandingCommittee, InspectionCommission", OrganizationEndpoints.FlagsText(province));
        Assert.Equal("None", OrganizationEndpoints.FlagsText(cell));
    }
}
