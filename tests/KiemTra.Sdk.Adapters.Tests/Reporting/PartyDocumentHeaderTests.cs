using KiemTra.Sdk.Reporting.Documents;

namespace KiemTra.Sdk.Adapters.Tests.Reporting;

/// <summary>A party document's header: every part named by the caller, checked as it is set (also by <c>with</c>).</summary>
public class PartyDocumentHeaderTests
{
    private static PartyDocumentHeader Header() => new()
    {
        SuperiorBody = " TỈNH ỦY THÁI NGUYÊN ",
        IssuingBody = "ỦY BAN KIỂM TRA",
        Symbol = "BC/UBKTTU",
        Place = "Thái Nguyên",
        Authority = "T/M ỦY BAN KIỂM TRA",
        Position = "CHỦ NHIỆM",
        Signer = "",
        Recipients = ["Ban Thường vụ Tỉnh ủy (để báo cáo)", "Lưu Cơ quan Ủy ban Kiểm tra Tỉnh ủy"],
    };

    [Fact]
    public void EveryPart_IsKeptTrimmed()
    {
        var header = Header() with { Signer = " Nguyễn Văn A " };
        Assert.Equal("TỈNH ỦY THÁI NGUYÊN", header.SuperiorBody);
        Assert.Equal("Nguyễn Văn A", header.Signer);
        Assert.Equal(2, header.Recipients.Length);
    }

    [Fact]
    public void TheProvincialCommissionsHeader_NamesTheProvince()
    {
        var header = PartyDocumentHeader.ProvincialInspectionCommission("Thái Nguyên");
        Assert.Equal("TỈNH ỦY THÁI NGUYÊN", header.SuperiorBody);
        Assert.Equal("Thái Nguyên", header.Place);
        Assert.Equal(string.Empty, header.Signer);
        Assert.StartsWith("Lưu ", header.Recipients[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void ABlankPart_IsRefused_NamingThePartAndTheValue()
    {
        var blank = Assert.Throws<ArgumentException>(() => Header() with { Symbol = "  " });
        Assert.Equal(nameof(PartyDocumentHeader.Symbol), blank.ParamName);
        Assert.Contains("Symbol is blank ('  ')", blank.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<ArgumentNullException>(() => Header() with { Place = null! });
        Assert.Equal(nameof(PartyDocumentHeader.Place), missing.ParamName);
        Assert.Equal(nameof(PartyDocumentHeader.Signer), Assert.Throws<ArgumentNullException>(() => Header() with { Signer = null! }).ParamName);
    }

    [Fact]
    public void NoRecipientOrABlankOne_IsRefused_WithTheCount()
    {
        var none = Assert.Throws<ArgumentException>(() => Header() with { Recipients = [] });
        Assert.Equal(nameof(PartyDocumentHeader.Recipients), none.ParamName);
        Assert.Contains("(0 given)", none.Message, StringComparison.Ordinal);
        Assert.Contains("(2 given)", Assert.Throws<ArgumentException>(() => Header() with { Recipients = ["Lưu", " "] }).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Header() with { Recipients = default });
    }
}
