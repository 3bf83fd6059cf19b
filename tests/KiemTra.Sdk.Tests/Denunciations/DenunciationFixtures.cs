using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Denunciations;

internal static class DenunciationFixtures
{
    // Distinctive planted values: if any output contains one of them, the identity leaked.
    public const string PlantedName = "Trịnh Bí Mật Zxqvy";
    public const string PlantedAddress = "Số 77 ngõ Kín Đáo Qwzx";
    public const string PlantedContact = "0987-654-ZXQ";

    public static readonly OrganizationId Commission = OrganizationId.From("TN.X01.UBKT");
    public static readonly OrganizationId Office = OrganizationId.From("TN.X01.VP");
    public static readonly LocalDate Received = new(2026, 3, 2);

    public static readonly DenunciationIntakePolicy Intake = DenunciationIntakePolicy.FromRules(RuleBook.BuiltIn, Received);

    public static ProtectedInformant Informant() => ProtectedInformant.Create(PlantedName, PlantedAddress, PlantedContact);

    public static Denunciation Named(string id = "TC-001", string member = "M-100") => Denunciation.Create(
        DenunciationId.From(id),
        DisciplineSubject.OfFullMember(MemberId.From(member), holdsPost: true),
        DenunciationSource.Named,
        Informant(),
        [Allegation.Create(AllegationId.From("A1"), "Nhận tiền của doanh nghiệp khi cấp phép xây dựng"), Allegation.Create(AllegationId.From("A2"), "Kê khai tài sản không trung thực")],
        [new DenunciationReceipt(Office, Received.PlusDays(-5), IsCompetent: false), new DenunciationReceipt(Commission, Received, IsCompetent: true)]);

    public static Denunciation Anonymous(string id = "TC-002") => Denunciation.Create(
        DenunciationId.From(id),
        DisciplineSubject.OfFullMember(MemberId.From("M-200"), holdsPost: false),
        DenunciationSource.Anonymous,
        null,
        [Allegation.Create(AllegationId.From("A1"), "Sử dụng xe công vào việc riêng ngày 14/2/2026")],
        [new DenunciationReceipt(Commission, Received, IsCompetent: true)]);
}
