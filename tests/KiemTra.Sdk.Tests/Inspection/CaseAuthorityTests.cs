using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Organization;
using NodaTime;

namespace KiemTra.Sdk.Tests.Inspection;

/// <summary>A case opens only when the conducting body has authority over every subject; and "who may?" in one call.</summary>
public class CaseAuthorityTests
{
    private static readonly PartyDataset Dataset = HandBuiltProvince.Build();
    private static readonly AuthorityRules Rules = new(Dataset, RuleBook.BuiltIn);
    private static readonly OversightCatalogs Catalogs = OversightCatalogs.BuiltIn;
    private static readonly LocalDate Day = new(2025, 10, 31); // QĐ 296 in force in its own right
    private static readonly OrganizationId Commune = OrganizationId.From("HB.X1");
    private static readonly OrganizationId CellId = OrganizationId.From("HB.X1.CB2");
    private static readonly OversightSubject Cell = OversightSubject.Of(CellId);
    private static readonly OversightSubject CellMember = OversightSubject.Of(MemberId.From("M0005")); // a member of HB.X1.CB2
    private static readonly OversightSubject OtherCellMember = OversightSubject.Of(MemberId.From("M0001")); // a member of HB.X1.CB1

    private static OversightCase OpenSigns(OrganizationId by, BodyKind body, OversightSubject[] subjects, AuthorityRules authority) =>
        OversightCase.Open(CaseId.From("KT-2025-01"), ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", by, body, subjects, Day, Catalogs, authority);

    [Fact]
    public void Cell_CannotOpenAnInspectionOnItsParentCommune()
    {
        // R-H4, R-I1: a cell acts only on its own members; an inspection on signs of violation of its parent commune is
        // refused, with the denial and its rule attached.
        var ex = Assert.Throws<AuthorityDeniedException>(() => OpenSigns(CellId, BodyKind.Cell, [OversightSubject.Of(Commune)], Rules));
        Assert.False(ex.Denial.Holds);
        Assert.Equal(OversightSubject.Of(Commune), ex.Subject);
        Assert.Equal(new ActingBody(CellId, BodyKind.Cell), ex.Actor);
        Assert.Equal(ActivityKind.InspectionOnSignsOfViolation, ex.Activity);
        Assert.Equal(Day, ex.AsOf);
        Assert.NotEmpty(ex.Denial.Rules);
        Assert.Contains("KT-2025-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cell_MayOpenAnInspectionOnItsOwnMember()
    {
        // R-H4, R-I1: within its remit the cell opens the case.
        var opened = OpenSigns(CellId, BodyKind.Cell, [CellMember], Rules);
        Assert.Equal(CaseState.Opened, opened.State);
    }

    [Fact]
    public void EverySubjectMustBeWithinJurisdiction_NotJustTheFirst()
    {
        // R-H4: the cell's own member is within its remit, a member of another cell is not; the case is refused for the second.
        var ex = Assert.Throws<AuthorityDeniedException>(() => OpenSigns(CellId, BodyKind.Cell, [CellMember, OtherCellMember], Rules));
        Assert.Equal(OversightSubject.Of(MemberId.From("M0001")), ex.Subject);
    }

    [Fact]
    public void TheDenialCarried_IsTheRulingOfTheAuthorityRules()
    {
        // R-H4: the exception carries the same ruling Decide gives for the refused subject: reason, rules, verification.
        var denial = Rules.Decide(new ActingBody(CellId, BodyKind.Cell), ActivityKind.InspectionOnSignsOfViolation, OversightSubject.Of(Commune), Day);
        Assert.False(denial.Holds);
        var ex = Assert.Throws<AuthorityDeniedException>(() => OpenSigns(CellId, BodyKind.Cell, [OversightSubject.Of(Commune)], Rules));
        Assert.Equal(denial, ex.Denial);
        Assert.Contains(denial.Reason.English, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoAuthority_IsAnError_NotASilentDefault()
    {
        // R-H4: there is no overload without authority; a null one is refused.
        Assert.Throws<ArgumentNullException>(() => OpenSigns(Commune, BodyKind.InspectionCommission, [Cell], null!));
    }

    [Fact]
    public void HandOver_ToACommissionWithoutJurisdiction_IsRefused()
    {
        // R-H4, R-S4: the ward's commission (HB.P1) has no jurisdiction over a member of commune HB.X1; the commune's own
        // commission has.
        var supervision = OversightCase.Open(CaseId.From("GS-2025-01"), ActivityKind.RegularSupervision, "regular", Commune, BodyKind.Committee, [Cell], Day, Catalogs, Rules)
            .IssueDecision("07-QĐ/ĐU", Day).ApprovePlan(CasePlan.Create("p", ["sensitive-fields"], new DateInterval(Day, Day), new DateInterval(Day, Day.PlusDays(30)), "m", Catalogs), Day)
            .FormTeam(CaseTeam.Create(MemberId.From("K1"), []), Day).Announce(Day);
        var ex = Assert.Throws<AuthorityDeniedException>(() => supervision.HandOverForInspection(CaseId.From("KT-2025-09"), OrganizationId.From("HB.P1"), [CellMember], "Dấu hiệu vi phạm", Day, Catalogs, Rules));
        Assert.Equal(new ActingBody(OrganizationId.From("HB.P1"), BodyKind.InspectionCommission), ex.Actor);
        var (_, inspection) = supervision.HandOverForInspection(CaseId.From("KT-2025-09"), Commune, [CellMember], "Dấu hiệu vi phạm", Day, Catalogs, Rules);
        Assert.Equal(Commune, inspection.ConductedBy);
    }

    [Fact]
    public void TakeUp_ByABodyThatIsNotAbove_IsRefused()
    {
        // R-H4, R-I4: ward HB.P1 is not above commune HB.X1 and cannot take up its case; the province can.
        var lower = OpenSigns(Commune, BodyKind.InspectionCommission, [Cell], Rules);
        Assert.Throws<AuthorityDeniedException>(() => lower.TakeUp(CaseId.From("KT-TU-1"), OrganizationId.From("HB.P1"), TakeUpReason.LowerLevelDidNotAct, "x", Day, Catalogs, Rules));
        var (_, higher) = lower.TakeUp(CaseId.From("KT-TU-1"), OrganizationId.From("HB"), TakeUpReason.LowerLevelDidNotAct, "x", Day, Catalogs, Rules);
        Assert.Equal(OrganizationId.From("HB"), higher.ConductedBy);
    }

    [Fact]
    public void WhoMay_InspectACell_ListsTheBodiesOfTheCommuneAndTheProvince_NearestFirst()
    {
        // R-H4, R-I1: inspection on signs of violation of cell HB.X1.CB2: the committee, standing committee and
        // commission of commune HB.X1, then of province HB (the authority table's row 4 has no advisory agency; the cell
        // does not inspect itself).
        var bodies = Rules.WhoMay(ActivityKind.InspectionOnSignsOfViolation, OversightSubject.Of(CellId), Day);
        Assert.Equal(
            [
                ("HB.X1", BodyKind.Committee), ("HB.X1", BodyKind.StandingCommittee), ("HB.X1", BodyKind.InspectionCommission),
                ("HB", BodyKind.Committee), ("HB", BodyKind.StandingCommittee), ("HB", BodyKind.InspectionCommission),
            ],
            bodies.Select(b => (b.Organization.Value, b.Body)));

        // Each body listed is allowed by Decide, which explains why (the province skips a level).
        var rulings = bodies.Select(b => Rules.Decide(b, ActivityKind.InspectionOnSignsOfViolation, OversightSubject.Of(CellId), Day)).ToArray();
        Assert.All(rulings, r => Assert.True(r.Holds));
        Assert.All(rulings, r => Assert.NotEmpty(r.Rules));
        Assert.Contains("level(s) skipped", rulings[^1].Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void WhoMay_DiscipliningAMember_DependsOnTheForm()
    {
        // R-D1, R-H4: the member's cell may warn but not expel; the commune and province bodies may do either.
        var member = OversightSubject.Of(MemberId.From("M0005"));
        var warn = Rules.WhoMay(ActivityKind.Discipline, member, Day, DisciplineForm.Warning);
        var expel = Rules.WhoMay(ActivityKind.Discipline, member, Day, DisciplineForm.Expulsion);
        Assert.Equal(new ActingBody(CellId, BodyKind.Cell), warn[0]);
        Assert.Equal(7, warn.Length);
        Assert.Equal(6, expel.Length);
        Assert.DoesNotContain(expel, b => b.Body == BodyKind.Cell);
    }

    [Fact]
    public void WhoMay_WrongArguments_AreErrors()
    {
        // R-D1: as for Decide, a missing or undefined form is an argument error naming the value, never an empty answer.
        var member = OversightSubject.Of(MemberId.From("M0005"));
        Assert.Throws<ArgumentException>(() => Rules.WhoMay(ActivityKind.Discipline, member, Day));
        var ex = Assert.Throws<ArgumentException>(() => Rules.WhoMay(ActivityKind.Discipline, member, Day, (DisciplineForm)42));
        Assert.Contains("42", ex.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => Rules.WhoMay(ActivityKind.RegularSupervision, OversightSubject.Of(MemberId.From("NOBODY")), Day));
    }
}
