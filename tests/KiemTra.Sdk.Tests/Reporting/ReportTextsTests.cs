using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;

namespace KiemTra.Sdk.Tests.Reporting;

public class ReportTextsTests
{
    [Fact]
    public void EveryValue_HasANameInBothLanguages_AndNoEnumNameInVietnamese()
    {
        // R-R2: a report is read by people: no enum member name stands in a Vietnamese text (an English name such as
        // "Met" may coincide with a member name).
        AssertNamed<IndicatorStatus>(ReportTexts.Of);
        AssertNamed<CaseState>(ReportTexts.Of);
        AssertNamed<DayKind>(ReportTexts.Of);
        AssertNamed<ActivityKind>(ReportTexts.Of);
        AssertNamed<OrganizationKind>(ReportTexts.Of);
        AssertNamed<DeadlineStatus>(ReportTexts.Of);
        AssertNamed<RecommendationSource>(ReportTexts.Of);
        AssertNamed<DisciplineForm>(ReportTexts.Of);
    }

    [Fact]
    public void FeaturesOf_NamesTheOrganisationsFeaturesInTheCoresOrder_InBothLanguages()
    {
        // R-R2: the features (đặc điểm tổ chức) and their order are PartyOrganization.Features; only the words are the
        // report's, and every feature the core can list has them.
        Assert.All(PartyOrganization.FeatureNames, name => Assert.False(string.IsNullOrWhiteSpace(ReportTexts.FeatureText(name).Vietnamese)));
        var province = PartyOrganization.Create(OrganizationId.From("A"), "Đảng bộ tỉnh A", OrganizationKind.Province, null, new NodaTime.LocalDate(2000, 1, 1), null,
            [BodyKind.InspectionCommission, BodyKind.StandingCommittee], hasCellCommittee: false, hasDelegatedPowers: true, [], [], 0);
        var cell = PartyOrganization.Create(OrganizationId.From("A.C1"), "Chi bộ Một", OrganizationKind.Cell, OrganizationId.From("A"), new NodaTime.LocalDate(2000, 1, 1), null,
            [], hasCellCommittee: true, hasDelegatedPowers: false, [], [], 1);
        var plain = PartyOrganization.Create(OrganizationId.From("A.C2"), "Chi bộ Hai", OrganizationKind.Cell, OrganizationId.From("A"), new NodaTime.LocalDate(2000, 1, 1), null,
            [], hasCellCommittee: false, hasDelegatedPowers: false, [], [], 1);

        Assert.Equal(LocalizedText.Of("được giao quyền cấp trên cơ sở, có ban thường vụ, có ủy ban kiểm tra", "delegated powers of the level above grassroots, standing committee, inspection commission"), ReportTexts.FeaturesOf(province));
        Assert.Equal(LocalizedText.Of("có chi ủy", "cell committee"), ReportTexts.FeaturesOf(cell));
        Assert.Equal(LocalizedText.Of("—", "—"), ReportTexts.FeaturesOf(plain));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportTexts.FeatureText("Committee"));
    }

    [Fact]
    public void RatingAnswers_AreNamedInBothLanguages_EachDifferently()
    {
        // R-R2: allowed, blocked and undetermined (a rating's MayBeGiven true, false, null) each read as their own words.
        Assert.Equal(LocalizedText.Of("Đủ điều kiện", "Allowed"), ReportTexts.OfRating(true));
        Assert.Equal(LocalizedText.Of("Không đủ điều kiện", "Blocked"), ReportTexts.OfRating(false));
        Assert.Equal(LocalizedText.Of("Chưa xác định", "Undetermined"), ReportTexts.OfRating(null));
    }

    [Fact]
    public void NamesTheCoreWritesInItsOwnSentences_AreTheNamesReportsGive()
    {
        // One table of names: a hierarchy finding, a follow-up list, an indicator note or a discipline decision names a
        // value exactly as ReportTexts does for a host.
        Assert.All(Enum.GetValues<OrganizationKind>(), k => Assert.Equal(HierarchyChecks.KindName(k), ReportTexts.Of(k)));
        Assert.All(Enum.GetValues<ActivityKind>(), a => Assert.Equal(IndicatorTerms.Of(a), ReportTexts.Of(a)));
        Assert.All(Enum.GetValues<DeadlineStatus>(), s => Assert.Equal(FollowUpNames.Of(s), ReportTexts.Of(s)));
        Assert.All(Enum.GetValues<RecommendationSource>(), s => Assert.Equal(FollowUpNames.Of(s), ReportTexts.Of(s)));
        Assert.All(Enum.GetValues<DisciplineForm>(), f => Assert.Equal(DisciplineNames.Of(f), ReportTexts.Of(f)));
    }

    [Fact]
    public void Names_AreTheOfficialTerms()
    {
        // Party Charter (Điều lệ Đảng): the forms of discipline of a member are khiển trách, cảnh cáo, cách chức, khai trừ.
        Assert.Equal(LocalizedText.Of("Khiển trách", "Reprimand"), ReportTexts.Of(DisciplineForm.Reprimand));
        Assert.Equal(LocalizedText.Of("Khai trừ", "Expulsion"), ReportTexts.Of(DisciplineForm.Expulsion));
        // Domain brief, hierarchy: a grassroots organisation of fewer than 30 members is a chi bộ cơ sở.
        Assert.Equal("chi bộ cơ sở", ReportTexts.Of(OrganizationKind.GrassrootsCell).Vietnamese);
        Assert.Equal("giám sát chuyên đề", ReportTexts.Of(ActivityKind.ThematicSupervision).Vietnamese);
        Assert.Equal("quá hạn", ReportTexts.Of(DeadlineStatus.Overdue).Vietnamese);
        Assert.Equal("Thiếu dữ liệu", ReportTexts.Of(IndicatorStatus.MissingData).Vietnamese);
    }

    [Fact]
    public void StatusCodes_AreTheDocumentedMachineCodes()
    {
        // R-R2: the JSON report's status codes as docs/reports.md lists them.
        Assert.Equal(
            ["MET", "NOT_MET", "MISSING", "IN_PROGRESS", "NOT_APPLICABLE"],
            new[] { IndicatorStatus.Met, IndicatorStatus.NotMet, IndicatorStatus.MissingData, IndicatorStatus.InProgress, IndicatorStatus.NotApplicable }.Select(ReportTexts.Code));
    }

    [Fact]
    public void OrganizationFeatures_AreListedInOneSentence_AndNoneIsADash()
    {
        static PartyOrganization Commune(IEnumerable<BodyKind> bodies, bool delegatedPowers) => PartyOrganization.Create(
            OrganizationId.From("X"), "Đảng bộ xã X", OrganizationKind.Commune, null, new NodaTime.LocalDate(2025, 7, 1), null, bodies, false, delegatedPowers, [], [], 0);

        Assert.Equal("—", ReportTexts.FeaturesOf(Commune([], delegatedPowers: false)).Vietnamese);
        Assert.Equal(
            LocalizedText.Of("có ban thường vụ, có ủy ban kiểm tra", "standing committee, inspection commission"),
            ReportTexts.FeaturesOf(Commune([BodyKind.InspectionCommission, BodyKind.StandingCommittee], delegatedPowers: false)));
        Assert.Equal(
            LocalizedText.Of("được giao quyền cấp trên cơ sở, có ủy ban kiểm tra", "delegated powers of the level above grassroots, inspection commission"),
            ReportTexts.FeaturesOf(Commune([BodyKind.InspectionCommission], delegatedPowers: true)));
    }

    [Fact]
    public void UndefinedValues_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportTexts.Of((IndicatorStatus)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportTexts.Of((OrganizationKind)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportTexts.Of((DisciplineForm)99));
    }

    private static void AssertNamed<T>(Func<T, LocalizedText> name)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            var text = name(value);
            Assert.False(string.IsNullOrWhiteSpace(text.Vietnamese), $"{typeof(T).Name}.{value} has no Vietnamese name.");
            Assert.False(string.IsNullOrWhiteSpace(text.English), $"{typeof(T).Name}.{value} has no English name.");
            Assert.NotEqual(value.ToString(), text.Vietnamese);
        }
    }
}
