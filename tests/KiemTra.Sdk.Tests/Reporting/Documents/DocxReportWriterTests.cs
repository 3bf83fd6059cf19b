using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Reporting.Documents;
using NodaTime;

namespace KiemTra.Sdk.Tests.Reporting.Documents;

/// <summary>The .docx report in the party's document format (R-R2, R-R4), checked at the Open XML level.</summary>
public class DocxReportWriterTests
{
    private static readonly Lazy<WorkReport> Report = new(DocumentFixture.Report);

    private static byte[] Docx() => DocxReportWriter.Write(Report.Value, DocumentFixture.Header);

    private static List<string> Paragraphs(WordprocessingDocument doc) => doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    [Fact]
    public void Page_IsA4_WithTheGuidesMargins()
    {
        // R-R4: A4 (210 × 297 mm); 25 mm top and bottom, 35 mm left, 15 mm right (1 mm = 56.7 twentieths of a point).
        using var doc = Open(Docx());
        var section = doc.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((1417, 1417, 1984u, 850u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.NotNull(section.GetFirstChild<TitlePage>()); // no page number on the first page
    }

    [Fact]
    public void Font_IsTimesNewRoman_Everywhere()
    {
        // R-R4: Times New Roman; the body at 14 pt; no run chooses another font.
        using var doc = Open(Docx());
        var fonts = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", fonts.GetFirstChild<RunFonts>()!.Ascii!.Value);
        Assert.Equal("Times New Roman", fonts.GetFirstChild<RunFonts>()!.HighAnsi!.Value);
        Assert.Equal("28", fonts.GetFirstChild<FontSize>()!.Val!.Value);
        Assert.Empty(doc.MainDocumentPart.Document!.Descendants<RunFonts>());
    }

    [Fact]
    public void HeaderBlock_HasBodiesNumberTitleAndDate()
    {
        // R-R4 (Hướng dẫn 36-HD/VPTW): superior and issuing body at the top left with a star, the number left blank, the
        // party's title at the top right with a rule beneath it, place and date in italics; "BÁO CÁO" and its summary line.
        using var doc = Open(Docx());
        var header = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().First();
        var cells = header.Descendants<TableCell>().ToList();
        Assert.Equal(["TỈNH ỦY THÁI NGUYÊN", "ỦY BAN KIỂM TRA", "*", "Số    -BC/UBKTTU"], cells[0].Elements<Paragraph>().Select(p => p.InnerText));
        var right = cells[1].Elements<Paragraph>().ToList();
        Assert.Equal("ĐẢNG CỘNG SẢN VIỆT NAM", right[0].InnerText);
        Assert.NotNull(right[0].ParagraphProperties!.ParagraphBorders!.BottomBorder);
        Assert.NotNull(right[0].Descendants<Bold>().SingleOrDefault());
        Assert.Equal("30", right[0].Descendants<FontSize>().Single().Val!.Value);
        Assert.Equal("Thái Nguyên, ngày 31 tháng 12 năm 2025", right[1].InnerText);
        Assert.NotNull(right[1].Descendants<Italic>().SingleOrDefault());
        var paragraphs = Paragraphs(doc);
        var title = paragraphs.IndexOf("BÁO CÁO");
        Assert.True(title > 0);
        Assert.Equal("Kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2025", paragraphs[title + 1]);
    }

    [Fact]
    public void Body_HasEverySection_InOrder()
    {
        // R-R2: results against each indicator, inspection, supervision, discipline, complaints, denunciations,
        // follow-up of conclusions, early warnings, assessment.
        using var doc = Open(Docx());
        var headings = Paragraphs(doc).Where(p => p.Length > 3 && p.Split(' ')[0] is "I." or "II." or "III." or "IV." or "V." or "VI." or "VII." or "VIII." or "IX.").ToList();
        Assert.Equal(
        [
            "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "II. CÔNG TÁC KIỂM TRA", "III. CÔNG TÁC GIÁM SÁT", "IV. THI HÀNH KỶ LUẬT ĐẢNG",
            "V. GIẢI QUYẾT KHIẾU NẠI KỶ LUẬT ĐẢNG", "VI. GIẢI QUYẾT TỐ CÁO", "VII. THEO DÕI, ĐÔN ĐỐC THỰC HIỆN KẾT LUẬN, KIẾN NGHỊ",
            "VIII. CẢNH BÁO SỚM", "IX. ĐÁNH GIÁ CHUNG",
        ], headings);
    }

    [Fact]
    public void SignatureBlockAndRecipients_CloseTheDocument()
    {
        // R-R4: "Nơi nhận:" and its list at the left, "T/M ỦY BAN KIỂM TRA" / "CHỦ NHIỆM" at the right, after the body.
        using var doc = Open(Docx());
        var last = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Last();
        var cells = last.Descendants<TableCell>().ToList();
        var left = cells[0].Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("Nơi nhận:", left[0]);
        Assert.Equal("- Ủy ban Kiểm tra Trung ương (để báo cáo),", left[1]);
        Assert.Equal("- Lưu Cơ quan Ủy ban Kiểm tra Tỉnh ủy.", left[^1]);
        var right = cells[1].Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM"], right.Take(2));
    }

    [Fact]
    public void Document_IsEditable_ParagraphsAndTablesNoImages()
    {
        // R-R4: the officer edits it: real paragraphs and tables, no picture of text.
        using var doc = Open(Docx());
        var body = doc.MainDocumentPart!.Document!.Body!;
        Assert.True(body.Elements<Table>().Count() >= 9);
        Assert.Empty(body.Descendants<Drawing>());
        Assert.Empty(doc.MainDocumentPart.ImageParts);
    }

    [Fact]
    public void IndicatorTable_CarriesTheJsonReportsNumbers()
    {
        // R-R2: the document and the JSON report are the same evaluation: every indicator's numerator/denominator.
        var report = Report.Value;
        using var json = JsonDocument.Parse(JsonReportWriter.Write(report.Indicators));
        var expected = json.RootElement.GetProperty("indicators").EnumerateArray()
            .Select(i => $"{i.GetProperty("numerator").GetInt64()}/{i.GetProperty("denominator").GetInt64()}").ToList();
        using var doc = Open(Docx());
        var table = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().ElementAt(1);
        var rows = table.Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().ElementAt(2).InnerText).ToList();
        Assert.Equal(expected, rows);
        Assert.Contains("2/3", rows); // R-I2: plan completion, three items planned, two carried out (hand count, CommuneYear)
    }

    [Fact]
    public void StatisticsTables_AreTheHandCountedFigures()
    {
        // R-D7: inspections by the commission: 1 organisation, 1 member (a committee member), 1 with a violation; one
        // warning of a member; denunciations: one allegation found true with a violation; R-F1: two recommendations,
        // one carried out on time (KN-01), one overdue (KN-02, due 24/8/2025, not carried out).
        using var doc = Open(Docx());
        var tables = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        string[] Row(Table t, string label) => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).Single(r => r[0] == label);
        Assert.Equal(["Ủy ban kiểm tra", "1", "1", "1", "1"], Row(tables[2], "Ủy ban kiểm tra"));
        Assert.Equal(["Cộng", "1", "1", "1", "1"], Row(tables[3], "Cộng"));
        Assert.Equal(["Cảnh cáo", "0", "1"], Row(tables[4], "Cảnh cáo"));
        Assert.Equal(["Cộng", "0", "1"], Row(tables[4], "Cộng"));
        Assert.Equal(["Tố cáo đúng, có vi phạm", "1"], Row(tables[6], "Tố cáo đúng, có vi phạm"));
        Assert.Equal(["Đã thực hiện đúng hạn", "1"], Row(tables[7], "Đã thực hiện đúng hạn"));
        Assert.Equal(["Quá hạn, chưa thực hiện", "1"], Row(tables[7], "Quá hạn, chưa thực hiện"));
        Assert.Equal(["Cộng", "2"], Row(tables[7], "Cộng"));
        Assert.Equal(["Kết luận quá hạn chưa thực hiện", "1"], Row(tables[8], "Kết luận quá hạn chưa thực hiện"));
    }

    [Fact]
    public void ProtectedData_NeverReachesTheDocuments()
    {
        // R-R3: no informant, no member named in a denunciation that is not concluded, no member id at all: the planted
        // names and ids appear in no part of the .docx or the .xlsx.
        foreach (var bytes in new[] { Docx(), XlsxReportWriter.Write(Report.Value) })
        {
            var text = AllText(bytes);
            foreach (var planted in new[] { DocumentFixture.PlantedInformant, DocumentFixture.SecondInformant, DocumentFixture.PlantedAccused, DocumentFixture.PendingSubject, DocumentFixture.ConcludedSubject, "M-11", "M-01", "M-21", "K-01" })
            {
                Assert.DoesNotContain(planted, text, StringComparison.Ordinal);
            }
        }

        // The commune year has one named letter (TC-01, received 10/8/2025); the fixture adds two named and one anonymous.
        Assert.Equal((4, 3, 1), (Report.Value.Statistics.Denunciations.Received, Report.Value.Statistics.Denunciations.Named, Report.Value.Statistics.Denunciations.Anonymous)); // every letter is counted, as numbers only
    }

    [Fact]
    public void Bytes_AreIdenticalUnderEveryCulture()
    {
        // Issue 14 item 1: the same report gives the same bytes whatever the process culture, other calendars and digits
        // included, and whenever it is written (dates come from the data's as-of date, never the clock).
        var reference = WithCulture(CultureInfo.InvariantCulture, () => (Docx(), XlsxReportWriter.Write(Report.Value)));
        foreach (var name in new[] { "de-DE", "ar-SA", "th-TH", "vi-VN", "fa-IR" })
        {
            var (docx, xlsx) = WithCulture(CultureInfo.GetCultureInfo(name), () => (Docx(), XlsxReportWriter.Write(Report.Value)));
            Assert.True(reference.Item1.AsSpan().SequenceEqual(docx), $"report.docx differs under {name}");
            Assert.True(reference.Item2.AsSpan().SequenceEqual(xlsx), $"report.xlsx differs under {name}");
        }

        Thread.Sleep(2100); // a zip entry's time has a 2-second resolution
        Assert.True(reference.Item1.AsSpan().SequenceEqual(Docx()), "report.docx differs when written again later");
    }

    [Fact]
    public void Properties_AreDatedFromTheAsOfDate()
    {
        using var doc = Open(Docx());
        Assert.Equal(new DateTime(2025, 12, 31, 0, 0, 0, DateTimeKind.Utc), doc.PackageProperties.Created!.Value.ToUniversalTime());
        Assert.Equal("vi-VN", doc.PackageProperties.Language);
    }

    [Theory]
    [InlineData(4235L, "4.235")]
    [InlineData(1152L, "1.152")]
    [InlineData(10755L, "10.755")]
    [InlineData(999L, "999")]
    [InlineData(5370000000L, "5.370.000.000")]
    public void Numbers_AreGroupedWithDots(long value, string expected) => Assert.Equal(expected, VietnameseText.Number(value));

    [Theory]
    [InlineData("0.975", "97,5%")]
    [InlineData("1", "100%")]
    [InlineData("0.66123", "66,1%")]
    [InlineData("0", "0%")]
    public void Percentages_UseADecimalComma(string share, string expected) => Assert.Equal(expected, VietnameseText.Percent(decimal.Parse(share, CultureInfo.InvariantCulture)));

    [Fact]
    public void DateLine_WritesDayAndMonthOnTwoDigits() => Assert.Equal("ngày 05 tháng 02 năm 2026", VietnameseText.Date(new LocalDate(2026, 2, 5)));

    internal static string AllText(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }

    internal static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
