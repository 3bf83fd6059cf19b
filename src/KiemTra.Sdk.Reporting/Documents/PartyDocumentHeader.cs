using System.Collections.Immutable;

namespace KiemTra.Sdk.Reporting.Documents;

/// <summary>
/// The parts of a party document that are not computed from data (<i>thể thức văn bản của Đảng</i>, Hướng dẫn 36-HD/VPTW):
/// the superior and issuing bodies, the document symbol, the place, the signer's authority and position, and the
/// recipients (<i>nơi nhận</i>). The number is left blank for the office to fill when the report is signed.
/// </summary>
public sealed record PartyDocumentHeader
{
    private PartyDocumentHeader(string superiorBody, string issuingBody, string symbol, string place, string authority, string position, string signer, ImmutableArray<string> recipients)
    {
        SuperiorBody = superiorBody;
        IssuingBody = issuingBody;
        Symbol = symbol;
        Place = place;
        Authority = authority;
        Position = position;
        Signer = signer;
        Recipients = recipients;
    }

    /// <summary>The superior body's name as written at the top left, upper case (e.g. "TỈNH ỦY THÁI NGUYÊN").</summary>
    public string SuperiorBody { get; }

    /// <summary>The issuing body's name, upper case, bold, with a star beneath (e.g. "ỦY BAN KIỂM TRA").</summary>
    public string IssuingBody { get; }

    /// <summary>The symbol after the number (e.g. "BC/UBKTTU", written <c>Số    -BC/UBKTTU</c>).</summary>
    public string Symbol { get; }

    /// <summary>The place in the date line (e.g. "Thái Nguyên").</summary>
    public string Place { get; }

    /// <summary>The signing authority (e.g. "T/M ỦY BAN KIỂM TRA").</summary>
    public string Authority { get; }

    /// <summary>The signer's position (e.g. "CHỦ NHIỆM").</summary>
    public string Position { get; }

    /// <summary>The signer's name, or empty for the office to fill in.</summary>
    public string Signer { get; }

    /// <summary>The recipients, one per line (e.g. "Ban Thường vụ Tỉnh ủy (để báo cáo)"); the last is usually the archive ("Lưu …").</summary>
    public ImmutableArray<string> Recipients { get; }

    /// <summary>A header with every part given.</summary>
    /// <param name="superiorBody">The superior body's name.</param>
    /// <param name="issuingBody">The issuing body's name.</param>
    /// <param name="symbol">The document symbol after the number.</param>
    /// <param name="place">The place.</param>
    /// <param name="authority">The signing authority.</param>
    /// <param name="position">The signer's position.</param>
    /// <param name="signer">The signer's name, or empty.</param>
    /// <param name="recipients">The recipients (at least one).</param>
    /// <returns>The header.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A required part is blank or there is no recipient.</exception>
    public static PartyDocumentHeader Create(string superiorBody, string issuingBody, string symbol, string place, string authority, string position, string signer, IEnumerable<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(recipients);
        foreach (var (value, name) in new[] { (superiorBody, nameof(superiorBody)), (issuingBody, nameof(issuingBody)), (symbol, nameof(symbol)), (place, nameof(place)), (authority, nameof(authority)), (position, nameof(position)) })
        {
            ArgumentNullException.ThrowIfNull(value, name);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"The document's {name} is blank ('{value}').", name);
            }
        }

        var list = recipients.ToImmutableArray();
        if (list.IsEmpty || list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"A document needs at least one recipient and no blank one ({list.Length} given).", nameof(recipients));
        }

        return new PartyDocumentHeader(superiorBody.Trim(), issuingBody.Trim(), symbol.Trim(), place.Trim(), authority.Trim(), position.Trim(), signer.Trim(), list);
    }

    /// <summary>
    /// The header of a report of a provincial party committee's inspection commission (<i>Ủy ban Kiểm tra Tỉnh ủy</i>):
    /// "TỈNH ỦY {PROVINCE}" / "ỦY BAN KIỂM TRA", symbol "BC/UBKTTU", signed "T/M ỦY BAN KIỂM TRA" / "CHỦ NHIỆM", sent to the
    /// Central Inspection Commission, the provincial standing committee and the commission's members, archived at the
    /// commission's office.
    /// </summary>
    /// <param name="province">The province's name as written, e.g. "Thái Nguyên".</param>
    /// <exception cref="ArgumentException"><paramref name="province"/> is blank.</exception>
    public static PartyDocumentHeader ProvincialInspectionCommission(string province)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (string.IsNullOrWhiteSpace(province))
        {
            throw new ArgumentException("The province's name is blank.", nameof(province));
        }

        return Create(
            "TỈNH ỦY " + province.Trim().ToUpperInvariant(),
            "ỦY BAN KIỂM TRA",
            "BC/UBKTTU",
            province,
            "T/M ỦY BAN KIỂM TRA",
            "CHỦ NHIỆM",
            string.Empty,
            ["Ủy ban Kiểm tra Trung ương (để báo cáo)", "Ban Thường vụ Tỉnh ủy (để báo cáo)", "Các đồng chí Ủy viên Ủy ban Kiểm tra Tỉnh ủy", "Lưu Cơ quan Ủy ban Kiểm tra Tỉnh ủy"]);
    }
}
