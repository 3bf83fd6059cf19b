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
    private static readonly OversightCatalogues Catalogues = OversightCatalogues.BuiltIn;
    private static readonly LocalDate Day = new(2025, 10, 31); // QĐ 296 in force in its own right
    private static readonly OrganizationId Commune = OrganizationId.From("HB.X1");
    private static readonly OrganizationId CellId = OrganizationId.From("HB.X1.CB2");
    private static readonly OversightSubject Cell = OversightSubject.Of(CellId);
    private static readonly OversightSubject CellMember = OversightSubject.Of(MemberId.From("M0005")); // a member of HB.X1.CB2
    private static readonly OversightSubject OtherCellMember = OversightSubject.Of(MemberId.From("M0001")); // a member of HB.X1.CB1

    private static OversightCase OpenSigns(OrganizationId by, BodyKind body, OversightSubject[] subjects, CaseAuthority authority) =>
        OversightCase.Open("KT-2025-01", ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", by, body, subjects, Day, Catalogues, authority);

    [Fact]
    public void Cell_CannotOpenAnInspectionOnItsParentCommune()
    {
        // R-H4, R-I1: a cell acts only on its own members; an inspection on signs of violation of its parent commune is
        // refused, with the denial and its rule attached.
        var ex = Assert.Throws<AuthorityDeniedException>(() => OpenSigns(CellId, BodyKind.Cell, [OversightSubject.Of(Commune)], CaseAuthority.CheckedBy(Rules)));
        Assert.False(ex.Decision.Allowed);
        Assert.Equal(AuthoritySubject.Organization(Commune), ex.Decision.Subject);
        Assert.NotEmpty(ex.Decision.Rules);
        Assert.Contains("KT-2025-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cell_MayOpenAnInspectionOnItsOwnMember()
    {
        // R-H4, R-I1: within its remit the cell opens the case.
        var opened = OpenSigns(CellId, BodyKind.Cell, [CellMember], CaseAuthority.CheckedBy(Rules));
        Assert.Equal(CaseState.Opened, opened.State);
    }

    [Fact]
    public void EverySubjectMustBeWithinJurisdiction_NotJustTheFirst()
    {
        // R-H4: the cell's own member is within its remit, a member of another cell is not; the case is refused for the second.
        var ex = Assert.Throws<AuthorityDeniedException>(() => OpenSigns(CellId, BodyKind.Cell, [CellMember, OtherCellMember], CaseAuthority.CheckedBy(Rules)));
        Assert.Equal(AuthoritySubject.Member(MemberId.From("M0001")), ex.Decision.Subject);
    }

    [Fact]
    public void DecisionsAlreadyMade_OpenTheCase_WhenTheyCoverEverySubjectAndAllow()
    {
        // R-H4, R-I1: the caller passes the decisions it obtained; each must be about this body, activity, subject and date.
        var commission = new ActingBody(Commune, BodyKind.InspectionCommission);
        var decisions = new[] { Cell, CellMember }.Select(s => Rules.Decide(commission, ActivityKind.InspectionOnSignsOfViolation,
            s.Organization is { } o ? AuthoritySubject.Organization(o) : AuthoritySubject.Member(s.Member!.Value), Day)).ToArray();
        var opened = OpenSigns(Commune, BodyKind.InspectionCommission, [Cell, CellMember], CaseAuthority.From(decisions));
        Assert.Equal(2, opened.Subjects.Count);

        // A decision about one subject does not cover another.
        var ex = Assert.Throws<ArgumentException>(() => OpenSigns(Commune, BodyKind.InspectionCommission, [Cell, CellMember], CaseAuthority.From([decisions[0]])));
        Assert.Equal("authority", ex.ParamName);
        Assert.Contains("M0005", ex.Message, StringComparison.Ordinal);

        // A decision for another date does not either.
        var otherDay = Rules.Decide(commission, ActivityKind.InspectionOnSignsOfViolation, AuthoritySubject.Organization(CellId), Day.PlusDays(1));
        Assert.Throws<ArgumentException>(() => OpenSigns(Commune, BodyKind.InspectionCommission, [Cell], CaseAuthority.From([otherDay])));
    }

    [Fact]
    public void ADenialPassedAsTheDecision_IsRefused()
    {
        // R-H4: passing a denial is not authority.
        var denial = Rules.Decide(new ActingBody(CellId, BodyKind.Cell), ActivityKind.InspectionOnSignsOfViolation, AuthoritySubject.Organization(Commune), Day);
        Assert.False(denial.Allowed);
        var ex = Assert.Throws<AuthorityDeniedException>(() => OpenSigns(CellId, BodyKind.Cell, [OversightSubject.Of(Commune)], CaseAuthority.From([denial])));
        Assert.Same(denial, ex.Decision);
    }

    [Fact]
    public void NoAuthority_IsAnError_NotASilentDefault()
    {
        // R-H4: there is no overload without authority; a null one is refused.
        Assert.Throws<ArgumentNullException>(() => OpenSigns(Commune, BodyKind.InspectionCommission, [Cell], null!));
        Assert.Throws<ArgumentNullException>(() => CaseAuthority.CheckedBy(null!));
        Assert.Throws<ArgumentException>(() => CaseAuthority.From([]));
    }

    [Fact]
    public void HandOver_ToACommissionWithoutJurisdiction_IsRefused()
    {
        // R-H4, R-S4: the ward's commission (HB.P1) has no jurisdiction over a member of commune HB.X1; the commune's own
        // commission has.
        var supervision = OversightCase.Open("GS-2025-01", ActivityKind.RegularSupervision, "regular", Commune, BodyKind.Committee, [Cell], Day, Catalogues, CaseAuthority.CheckedBy(Rules))
            .IssueDecision("07-QĐ/ĐU", Day).ApprovePlan(CasePlan.Create("p", ["sensitive-fields"], Day, Day, Day, Day.PlusDays(30), "m", Catalogues), Day)
            .FormTeam(CaseTeam.Create(MemberId.From("K1"), []), Day).Announce(Day);
        var ex = Assert.Throws<AuthorityDeniedException>(() => supervision.HandOverForInspection("KT-2025-09", OrganizationId.From("HB.P1"), [CellMember], "Dấu hiệu vi phạm", Day, Catalogues, CaseAuthority.CheckedBy(Rules)));
        Assert.Equal(new ActingBody(OrganizationId.From("HB.P1"), BodyKind.InspectionCommission), ex.Decision.Actor);
        var (_, inspection) = supervision.HandOverForInspection("KT-2025-09", Commune, [CellMember], "Dấu hiệu vi phạm", Day, Catalogues, CaseAuthority.CheckedBy(Rules));
        Assert.Equal(Commune, inspection.ConductedBy);
    }

    [Fact]
    public void TakeUp_ByABodyThatIsNotAbove_IsRefused()
    {
        // R-H4, R-I4: ward HB.P1 is not above commune HB.X1 and cannot take up its case; the province can.
        var lower = OpenSigns(Commune, BodyKind.InspectionCommission, [Cell], CaseAuthority.CheckedBy(Rules));
        Assert.Throws<AuthorityDeniedException>(() => lower.TakeUp("KT-TU-1", OrganizationId.From("HB.P1"), TakeUpReason.LowerLevelDidNotAct, "x", Day, Catalogues, CaseAuthority.CheckedBy(Rules)));
        var (_, higher) = lower.TakeUp("KT-TU-1", OrganizationId.From("HB"), TakeUpReason.LowerLevelDidNotAct, "x", Day, Catalogues, CaseAuthority.CheckedBy(Rules));
        Assert.Equal(OrganizationId.From("HB"), higher.ConductedBy);
    }

    [Fact]
    public void WhoMay_InspectACell_ListsTheBodiesOfTheCommuneAndTheProvince_NearestFirst()
    {
        // R-H4, R-I1: inspection on signs of violation of cell HB.X1.CB2: the committee, standing committee and
        // commission of commune HB.X1, then of province HB (the authority table's row 4 has no advisory agency; the cell
        // does not inspect itself).
        var bodies = Rules.WhoMay(ActivityKind.InspectionOnSignsOfViolation, AuthoritySubject.Organization(CellId), Day);
        Assert.Equal(
            [
                ("HB.X1", BodyKind.Committee), ("HB.X1", BodyKind.StandingCommittee), ("HB.X1", BodyKind.InspectionCommission),
                ("HB", BodyKind.Committee), ("HB", BodyKind.StandingCommittee), ("HB", BodyKind.InspectionCommission),
            ],
            bodies.Select(d => (d.Actor.Organization.Value, d.Actor.Body)));
        Assert.All(bodies, d => Assert.True(d.Allowed));
        Assert.All(bodies, d => Assert.NotEmpty(d.Rules));
        Assert.Contains("level(s) skipped", bodies[^1].Reason.English, StringComparison.Ordinal);
    }

    [Fact]
    public void WhoMay_DiscipliningAMember_DependsOnTheForm()
    {
        // R-D1, R-H4: the member's cell may warn but not expel; the commune and province bodies may do either.
        var member = AuthoritySubject.Member(MemberId.From("M0005"));
        var warn = Rules.WhoMay(ActivityKind.Discipline, member, Day, DisciplineForm.Warning);
        var expel = Rules.WhoMay(ActivityKind.Discipline, member, Day, DisciplineForm.Expulsion);
        Assert.Equal(new ActingBody(CellId, BodyKind.Cell), warn[0].Actor);
        Assert.Equal(7, warn.Length);
        Assert.Equal(6, expel.Length);
        Assert.DoesNotContain(expel, d => d.Actor.Body == BodyKind.Cell);
    }

    [Fact]
    public void WhoMay_WrongArguments_AreErrors()
    {
        // R-D1: as for Decide, a missing or undefined form is an argument error naming the value, never an empty answer.
        var member = AuthoritySubject.Member(MemberId.From("M0005"));
        Assert.Throws<ArgumentException>(() => Rules.WhoMay(ActivityKind.Discipline, member, Day));
        var ex = Assert.Throws<ArgumentException>(() => Rules.WhoMay(ActivityKind.Discipline, member, Day, (DisciplineForm)42));
        Assert.Contains("42", ex.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => Rules.WhoMay(ActivityKind.RegularSupervision, AuthoritySubject.Member(MemberId.From("NOBODY")), Day));
    }
}
