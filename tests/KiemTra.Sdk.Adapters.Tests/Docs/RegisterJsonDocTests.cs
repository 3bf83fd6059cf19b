using System.Text;
using KiemTra.Sdk.Adapters.Tests.Json;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Supervision;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.Docs;

/// <summary>The example document of docs/adapters.md ("Register JSON") is exactly what the package writes for the small register below, and reads back.</summary>
public class RegisterJsonDocTests
{
    private static readonly OrganizationId Commune = OrganizationId.From("X");
    private static readonly OrganizationId Cell1 = OrganizationId.From("X.CB1");

    /// <summary>Commune X's commission plans one supervision of cell 1, carries it out, and the conclusion makes one recommendation.</summary>
    internal static WorkRegister Small()
    {
        var catalogs = OversightCatalogs.BuiltIn;
        var program = OversightProgram.Create(ProgramId.From("CT-2025"), new ActingBody(Commune, BodyKind.InspectionCommission), ReportingPeriodKind.Year,
            new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31),
            [ProgramItem.Create(ProgramItemId.From("I1"), ActivityKind.RegularSupervision, "regular", Cell1, new LocalDate(2025, 3, 1), new LocalDate(2025, 4, 30), ["organisational-principles"], catalogs)]);
        var supervision = KiemTra.Sdk.Adapters.Tests.Json.RichRegister.Opened("GS-01", ActivityKind.RegularSupervision, "regular", Commune, BodyKind.InspectionCommission,
                [OversightSubject.Of(Cell1)], new LocalDate(2025, 3, 3), catalogs)
            .IssueDecision("01-QĐ/UBKT", new LocalDate(2025, 3, 3))
            .ApprovePlan(CasePlan.Create("Giám sát thường xuyên năm 2025", ["organisational-principles"], new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)), new DateInterval(new LocalDate(2025, 3, 10), new LocalDate(2025, 4, 20)), "Nghiên cứu hồ sơ", catalogs), new LocalDate(2025, 3, 4))
            .FormTeam(CaseTeam.Create(MemberId.From("K-01"), []), new LocalDate(2025, 3, 4))
            .Announce(new LocalDate(2025, 3, 10))
            .ReceiveSelfReport(new LocalDate(2025, 3, 24))
            .DraftReport(new LocalDate(2025, 4, 10))
            .HoldConclusionMeeting(new CaseConclusion("Chi bộ thôn 1 thực hiện tốt nguyên tắc tổ chức", ViolationFound: false, SignsOfViolation: false), new LocalDate(2025, 4, 18));
        var recommendation = Recommendation.Create(RecommendationId.From("KN-01"), RecommendationSource.PartySupervision, "02-TB/UBKT", Cell1, "Hoàn thiện sổ ghi biên bản sinh hoạt",
            new LocalDate(2025, 4, 20), DeadlineRule.Create("conclusion.time-limit", RuleDurationUnit.CalendarDays, 30, LocalizedText.Of("ngày ban hành thông báo", "issue of the notice"),
                RuleCitation.Of(RuleSetId.From("TB-UBKT-2025"), "Thông báo kết quả giám sát", null, true)), DeadlineCalculator.Default);
        var letter = Denunciation.Create(DenunciationId.From("TC-01"), DisciplineSubject.OfFullMember(MemberId.From("M-11"), holdsPost: true), DenunciationSource.Named,
            ProtectedInformant.Create("Người tố cáo", null, null), [Allegation.Create(AllegationId.From("A1"), "Sử dụng quỹ thôn sai mục đích")],
            [new DenunciationReceipt(Commune, new LocalDate(2025, 5, 2), IsCompetent: true)]);
        return WorkRegister.CreateBuilder()
            .AddCase(supervision)
            .AddProgram(program.Issue(new LocalDate(2025, 1, 10)))
            .LinkProgramItem(ProgramId.From("CT-2025"), ProgramItemId.From("I1"), CaseId.From("GS-01"))
            .AddAssignment(RecordedAssignment.Create(RecordId<RecordedAssignment>.From("PC-01"), MemberId.From("M-01"), Cell1, new ActingBody(Commune, BodyKind.Committee), new LocalDate(2025, 1, 15)))
            .AddAssigneeReport(new AssigneeReport(RecordId<AssigneeReport>.From("BC-01"), RecordId<RecordedAssignment>.From("PC-01"), AssigneeReportKind.Periodic, new LocalDate(2025, 6, 30), new LocalDate(2025, 6, 28)))
            .AddDenunciation(letter)
            .AddRecommendation(recommendation, caseId: CaseId.From("GS-01"))
            .AddAnnualReturn(new AnnualReturn(Commune, 2025, new LocalDate(2025, 12, 30)))
            .Build();
    }

    [Fact]
    public void AdaptersPage_RegisterExample_IsWhatThePackageWrites_AndReadsBack()
    {
        var written = WorkRegisterJsonTests.Write(Small()).ReplaceLineEndings("\n");
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "adapters.md")).ReplaceLineEndings("\n");
        var start = page.IndexOf("```json\n{\n  \"formatVersion\": 1,", StringComparison.Ordinal);
        if (start < 0)
        {
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "register-example.json"), written, new UTF8Encoding(false));
        }

        Assert.True(start >= 0, "docs/adapters.md has no register example (```json block starting with formatVersion).");
        start += "```json\n".Length;
        var example = page[start..page.IndexOf("\n```", start, StringComparison.Ordinal)];
        Assert.Equal(written, example);

        // R-I2: the example's one planned item is carried out by its case (hand-counted: 1 of 1).
        var back = WorkRegisterJsonTests.Read(example, "adapters.md");
        Assert.Equal(CaseId.From("GS-01"), back.CarrierOf(ProgramId.From("CT-2025"), ProgramItemId.From("I1")));
        Assert.Equal(CaseId.From("GS-01"), back.CaseOfRecommendation(RecommendationId.From("KN-01")));
        Assert.True(back.Denunciations[0].InformantWithheld);
        Assert.DoesNotContain("Người tố cáo", example, StringComparison.Ordinal);

        // The two error messages the page shows are the ones Read gives for the example with one value changed.
        foreach (var (from, to) in new[] { ("\"itemId\": \"I1\",\n      \"caseId\": \"GS-01\"", "\"itemId\": \"I1\",\n      \"caseId\": \"GS-99\""), ("\"issuedOn\": \"2025-01-10\"", "\"issuedOn\": \"2025-02-30\"") })
        {
            Assert.Contains(from, example, StringComparison.Ordinal);
            var ex = Assert.Throws<KiemTra.Sdk.Diagnostics.DataFormatException>(() => WorkRegisterJsonTests.Read(example.Replace(from, to, StringComparison.Ordinal), "so-theo-doi-2025.json"));
            Assert.Contains(ex.Message, page, StringComparison.Ordinal);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KiemTra.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"KiemTra.Sdk.sln not found above {AppContext.BaseDirectory}.");
    }
}
