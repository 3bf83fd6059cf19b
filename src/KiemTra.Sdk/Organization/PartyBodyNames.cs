namespace KiemTra.Sdk.Organization;

/// <summary>
/// How the party names an organisation's bodies (<i>tên cơ quan đảng</i>): the
/// committee is named by its level ("Tỉnh ủy Thái Nguyên", "Đảng ủy xã Tân La", "Chi ủy Chi bộ thôn 1"), not by the
/// organisation ("Đảng bộ"), and every other body hangs off the committee's name ("Ban Thường vụ Tỉnh ủy Thái Nguyên",
/// "Ủy ban Kiểm tra Tỉnh ủy Thái Nguyên", "Ủy ban kiểm tra Đảng ủy xã Tân La", "Văn phòng Đảng ủy xã Tân La").
/// The one place of this rule.
/// </summary>
internal static class PartyBodyNames
{
    private const string Organisation = "Đảng bộ ";

    // Province and district levels name the committee after the unit ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy").
    private static readonly (string Unit, string Committee)[] Levels =
    [
        ("tỉnh ", "Tỉnh ủy "),
        ("thành phố ", "Thành ủy "),
        ("huyện ", "Huyện ủy "),
        ("quận ", "Quận ủy "),
        ("thị xã ", "Thị ủy "),
    ];

    /// <summary>The committee's name (<i>tên cấp ủy</i>) of an organisation named <paramref name="organizationName"/>.</summary>
    internal static string Committee(OrganizationKind kind, string organizationName)
    {
        if (kind is OrganizationKind.Cell or OrganizationKind.GrassrootsCell || organizationName.StartsWith("Chi bộ ", StringComparison.Ordinal))
        {
            return $"Chi ủy {organizationName}";
        }

        if (!organizationName.StartsWith(Organisation, StringComparison.Ordinal))
        {
            return $"Ban Chấp hành {organizationName}";
        }

        var rest = organizationName[Organisation.Length..];
        if (kind is OrganizationKind.Province or OrganizationKind.District)
        {
            foreach (var (unit, committee) in Levels)
            {
                if (rest.StartsWith(unit, StringComparison.Ordinal))
                {
                    return committee + rest[unit.Length..];
                }
            }
        }

        return $"Đảng ủy {rest}";
    }

    /// <summary>The Vietnamese name of a body of an organisation.</summary>
    internal static string Vietnamese(BodyKind body, AdvisoryAgencyKind? agency, OrganizationKind kind, string organizationName, string agencyName)
    {
        var committee = Committee(kind, organizationName);
        // Provincial and district commissions write "Ủy ban Kiểm tra", grassroots ones "Ủy ban kiểm tra" (party-documents.md).
        var upper = kind is OrganizationKind.Province or OrganizationKind.District && !committee.StartsWith("Đảng ủy", StringComparison.Ordinal);
        return body switch
        {
            BodyKind.Cell => organizationName,
            BodyKind.Committee => committee,
            BodyKind.StandingCommittee => $"Ban Thường vụ {committee}",
            BodyKind.InspectionCommission => $"{(upper ? "Ủy ban Kiểm tra" : "Ủy ban kiểm tra")} {committee}",
            _ => agency == AdvisoryAgencyKind.InspectionCommissionOffice
                ? $"Cơ quan {(upper ? "Ủy ban Kiểm tra" : "Ủy ban kiểm tra")} {committee}"
                : $"{agencyName} {committee}",
        };
    }
}
