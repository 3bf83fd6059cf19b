using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KiemTra.Sdk.Reporting.Documents;

namespace KiemTra.Sdk.Tests.Reporting.Documents;

/// <summary>The statistical tables (.xlsx): one sheet per table, numbers as numbers, totals that add up (R-D7, R-R4).</summary>
public class XlsxReportWriterTests
{
    private static readonly Lazy<WorkReport> Report = new(DocumentFixture.Report);

    private static SpreadsheetDocument Open() => SpreadsheetDocument.Open(new MemoryStream(XlsxReportWriter.Write(Report.Value)), false);

    private static IReadOnlyList<Row> Rows(SpreadsheetDocument doc, string sheet)
    {
        var book = doc.WorkbookPart!;
        var id = book.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!.Value!;
        return [.. ((WorksheetPart)book.GetPartById(id)).Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>()];
    }

    private static string Text(Cell c) => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? string.Empty;

    private static Row RowOf(IReadOnlyList<Row> rows, string label) => rows.Single(r => Text(r.Elements<Cell>().First()) == label);

    [Fact]
    public void Sheets_OnePerTable()
    {
        // R-R4: inspections, supervisions, discipline, complaints, denunciations, follow-up, indicators.
        using var doc = Open();
        Assert.Equal(XlsxReportWriter.SheetNames, doc.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        Assert.Equal(["Kiểm tra", "Giám sát", "Kỷ luật", "Khiếu nại", "Tố cáo", "Kết luận, kiến nghị", "Chỉ tiêu"], XlsxReportWriter.SheetNames);
    }

    [Fact]
    public void HeaderRows_NameScopeAndPeriod()
    {
        using var doc = Open();
        foreach (var sheet in XlsxReportWriter.SheetNames)
        {
            var rows = Rows(doc, sheet);
            Assert.Equal("Phạm vi: Đảng bộ xã X", Text(rows[1].Elements<Cell>().Single()));
            Assert.Equal("Kỳ báo cáo: Năm 2025 (từ 01/01/2025 đến 31/12/2025); số liệu tính đến 31/12/2025", Text(rows[2].Elements<Cell>().Single()));
        }
    }

    [Fact]
    public void Figures_AreNumericCells()
    {
        // R-R4: numbers as numbers: every cell after the label column of a data row is numeric (no data type, a value).
        using var doc = Open();
        foreach (var sheet in XlsxReportWriter.SheetNames.Take(6))
        {
            foreach (var row in Rows(doc, sheet).Where(r => r.RowIndex!.Value >= 6))
            {
                foreach (var cell in row.Elements<Cell>().Skip(1))
                {
                    Assert.Null(cell.DataType);
                    Assert.True(long.TryParse(cell.CellValue!.Text, out _), $"{sheet}!{cell.CellReference}: '{cell.CellValue.Text}' is not a number");
                }
            }
        }
    }

    [Fact]
    public void Totals_AreSumFormulasThatAddUp()
    {
        // R-D7: each total is SUM over the rows above, and its stored value is their sum.
        using var doc = Open();
        foreach (var sheet in XlsxReportWriter.SheetNames.Take(6))
        {
            var rows = Rows(doc, sheet);
            var total = rows.First(r => r.Elements<Cell>().Skip(1).Any(c => c.CellFormula is not null));
            var above = rows.Where(r => r.RowIndex!.Value >= 6 && r.RowIndex.Value < total.RowIndex!.Value).ToList();
            foreach (var cell in total.Elements<Cell>().Skip(1))
            {
                var column = cell.CellReference!.Value![..1];
                Assert.Equal($"SUM({column}6:{column}{total.RowIndex!.Value - 1})", cell.CellFormula!.Text);
                var sum = above.Sum(r => long.Parse(r.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith(column, StringComparison.Ordinal)).CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(sum.ToString(System.Globalization.CultureInfo.InvariantCulture), cell.CellValue!.Text);
            }
        }
    }

    [Fact]
    public void Discipline_IsTheHandCountedWarning()
    {
        // R-D7: one warning of a member who sits on the committee (CommuneYear), no organisation.
        using var doc = Open();
        var rows = Rows(doc, "Kỷ luật");
        Assert.Equal(["Cảnh cáo", "0", "1"], RowOf(rows, "Cảnh cáo").Elements<Cell>().Select(Text));
        Assert.Equal(["Cộng", "0", "1"], RowOf(rows, "Cộng").Elements<Cell>().Select(Text));
        Assert.Equal(["Trong đó: đảng viên là cấp ủy viên", "0", "1"], RowOf(rows, "Trong đó: đảng viên là cấp ủy viên").Elements<Cell>().Select(Text));
        var followUp = Rows(doc, "Kết luận, kiến nghị");
        Assert.Equal("2", Text(RowOf(followUp, "Cộng kết luận, kiến nghị ban hành trong kỳ").Elements<Cell>().ElementAt(1)));
        Assert.Equal("40000000", Text(RowOf(followUp, "Số tiền đã thu hồi (đồng)").Elements<Cell>().ElementAt(1)));
    }
}
