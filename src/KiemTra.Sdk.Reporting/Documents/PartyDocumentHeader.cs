using System.Collections.Immutable;

namespace KiemTra.Sdk.Reporting.Documents;

/// <summary>
/// The parts of a party document that are not computed from data (<i>thể thức văn bản của Đảng</i>, Hướng dẫn 36-HD/VPTW):
/// the superior and issuing bodies, the document symbol, the place, the signer's authority and position, and the
/// recipients (<i>nơi nhận</i>). The number is left blank for the office to fill when the report is signed.
/// </summary>
/// <remarks>
/// Every part is a required init property, so a caller names each one:
/// <code>
/// var header = new PartyDocumentHeader
/// {
///     SuperiorBody = "TỈNH ỦY THÁI NGUYÊN",
///     IssuingBody = "ỦY BAN KIỂM TRA",
///     Symbol = "BC/UBKTTU",
///     Place = "Thái Nguyên",
///     Authority = "T/M ỦY BAN KIỂM TRA",
///     Position = "CHỦ NHIỆM",
///     Signer = "",
///     Recipients = ["Ban Thường vụ Tỉnh ủy (để báo cáo)", "Lưu Cơ quan Ủy ban Kiểm tra Tỉnh ủy"],
/// };
/// </code>
/// Each part is checked as it is set (also by <c>with</c>): text is trimmed, a required part may not be blank, and there
/// is at least one recipient and no blank one.
/// </remarks>
public sealed record PartyDocumentHeader
{
    /// <summary>The superior body's name as written at the top left, upper case (e.g. "TỈNH ỦY THÁI NGUYÊN").</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public required string SuperiorBody { get; init => field = Stated(value, nameof(SuperiorBody)); }

    /// <summary>The issuing body's name, upper case, bold, with a star beneath (e.g. "ỦY BAN KIỂM TRA").</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public required string IssuingBody { get; init => field = Stated(value, nameof(IssuingBody)); }

    /// <summary>The symbol after the number (e.g. "BC/UBKTTU", written <c>Số    -BC/UBKTTU</c>).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public required string Symbol { get; init => field = Stated(value, nameof(Symbol)); }

    /// <summary>The place in the date line (e.g. "Thái Nguyên").</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public required string Place { get; init => field = Stated(value, nameof(Place)); }

    /// <summary>The signing authority (e.g. "T/M ỦY BAN KIỂM TRA").</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public required string Authority { get; init => field = Stated(value, nameof(Authority)); }

    /// <summary>The signer's position (e.g. "CHỦ NHIỆM").</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public required string Position { get; init => field = Stated(value, nameof(Position)); }

    /// <summary>The signer's name, or empty for the office to fill in.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public required string Signer
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Signer));
            field = value.Trim();
        }
    }

    /// <summary>The recipients, one per line (e.g. "Ban Thường vụ Tỉnh ủy (để báo cáo)"); the last is usually the archive ("Lưu …").</summary>
    /// <exception cref="ArgumentException">There is no recipient, or one is blank.</exception>
    public required ImmutableArray<string> Recipients
    {
        get;
        init
        {
            if (value.IsDefaultOrEmpty || value.Any(string.IsNullOrWhiteSpace))
            {
                throw new ArgumentException($"A document needs at least one recipient and no blank one ({(value.IsDefault ? 0 : value.Length)} given).", nameof(Recipients));
            }

            field = value;
        }
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

        return new PartyDocumentHeader
        {
            SuperiorBody = "TỈNH ỦY " + province.Trim().ToUpperInvariant(),
            IssuingBody = "ỦY BAN KIỂM TRA",
            Symbol = "BC/UBKTTU",
            Place = province,
            Authority = "T/M ỦY BAN KIỂM TRA",
            Position = "CHỦ NHIỆM",
            Signer = string.Empty,
            Recipients = ["Ủy ban Kiểm tra Trung ương (để báo cáo)", "Ban Thường vụ Tỉnh ủy (để báo cáo)", "Các đồng chí Ủy viên Ủy ban Kiểm tra Tỉnh ủy", "Lưu Cơ quan Ủy ban Kiểm tra Tỉnh ủy"],
        };
    }

    private static string Stated(string value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"The document's {name} is blank ('{value}').", name)
            : value.Trim();
    }
}
