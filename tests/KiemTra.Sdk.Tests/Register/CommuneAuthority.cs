using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Tests.Register;

/// <summary>
/// The hierarchy of the commune example as a party dataset — province P, commune X, cells X.CB1–X.CB3 with their
/// members — so that every case the example opens is checked against the authority rules (R-H4, R-I1).
/// </summary>
internal static class CommuneAuthority
{
    private static readonly Lazy<CaseAuthority> Checked = new(() =>
    {
        var founded = new LocalDate(2000, 1, 1);
        var b = new PartyDatasetBuilder("commune example", new LocalDate(2025, 12, 31), source: "test");
        b.AddOrganization("P", "Đảng bộ tỉnh P", OrganizationKind.Province, null, founded);
        b.AddOrganization("X", "Đảng bộ xã X", OrganizationKind.Commune, "P", founded);
        for (var c = 1; c <= 3; c++)
        {
            b.AddOrganization($"X.CB{c}", $"Chi bộ thôn {c}", OrganizationKind.Cell, "X", founded);
            b.AddMember($"M-{c}1", $"Đảng viên {c}.1", $"X.CB{c}", MemberStatus.Full, new LocalDate(2001, 1, 1));
        }

        b.AddMember("M-01", "Ủy viên ủy ban kiểm tra", "X.CB1", MemberStatus.Full, new LocalDate(2001, 1, 1));
        return CaseAuthority.CheckedBy(new AuthorityRules(b.Build(), RuleBook.BuiltIn));
    });

    /// <summary>Authority checked against the example's hierarchy and the built-in rule book.</summary>
    public static CaseAuthority Authority => Checked.Value;
}
