using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Reporting.Documents;
using KiemTra.Sdk.Testing;
using NodaTime;
using static KiemTra.Sdk.Tests.Register.CommuneYear;

namespace KiemTra.Sdk.Tests.Reporting.Documents;

/// <summary>
/// The commune year of docs/register.md with two denunciations added: one concluded (a violation found, named letter), an anonymous letter kept as information, and one accepted
/// but not concluded, whose informant and allegation carry planted names that no document may show (R-R3).
/// </summary>
internal static class DocumentFixture
{
    public const string PlantedInformant = "Nguyễn Văn Mật Báo";
    public const string PlantedAccused = "Lê Văn Bị Tố";
    public const string SecondInformant = "Phạm Thị Người Gửi";
    public const string PendingSubject = "M-PLANTED-77";
    public const string ConcludedSubject = "M-CONCLUDED-88";

    public static readonly ReportingPeriod Year = ReportingPeriod.Year(2025);

    public static WorkRegister Register() => KiemTra.Sdk.Tests.Register.CommuneYear.Register().ToBuilder()
        .AddDenunciation(DenunciationBuilder.AgainstMember(MemberId.From(PendingSubject)).WithId(DenunciationId.From("TC-P2")).Named(PlantedInformant)
            .Alleging(AllegationId.From("A1"), $"Ông {PlantedAccused} nhận tiền của người dân").ReceivedBy(OrganizationId.From("X"), new LocalDate(2025, 9, 1)).Accepted().Build())
        .AddDenunciation(DenunciationBuilder.AgainstMember(MemberId.From(ConcludedSubject)).WithId(DenunciationId.From("TC-P1")).Named(SecondInformant)
            .Alleging(AllegationId.From("A1"), "Sử dụng đất sai mục đích").ReceivedBy(OrganizationId.From("X"), new LocalDate(2025, 3, 2)).Accepted()
            .Concluded(AllegationId.From("A1"), AllegationConclusion.TrueWithViolation, new LocalDate(2025, 5, 20)).Build())
        .AddDenunciation(DenunciationBuilder.AgainstMember(MemberId.From(PendingSubject)).WithId(DenunciationId.From("TC-P3")).Anonymous()
            .Alleging(AllegationId.From("A1"), $"{PlantedAccused} có nhà to").ReceivedBy(OrganizationId.From("X"), new LocalDate(2025, 10, 1)).Accepted().Build())
        .Build();

    public static IndicatorDataSet Data() => IndicatorDataSet.Create(Tree(), AsOf, Register());

    public static IndicatorReport Indicators(IndicatorDataSet data) => IndicatorReport.Build(IndicatorCatalog.BuiltIn, data, Commune, Year, new LocalDate(2026, 1, 5));

    public static WorkReport Report()
    {
        var data = Data();
        var statistics = WorkStatistics.Compute(data, Commune, Year, Forms);
        return WorkReport.Create(Indicators(data), statistics, [new WarningTally("EW-OVERDUE-CONCLUSION", LocalizedText.Of("Kết luận quá hạn chưa thực hiện", "Overdue conclusions"), 1)]);
    }

    public static PartyDocumentHeader Header => PartyDocumentHeader.ProvincialInspectionCommission("Thái Nguyên");
}
