using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Register;
using static KiemTra.Sdk.Reporting.Documents.VietnameseText;

namespace KiemTra.Sdk.Reporting.Documents;

/// <summary>
/// Writes the statistical tables of the work as a workbook (<i>biểu thống kê công tác kiểm tra, giám sát và thi hành kỷ
/// luật đảng</i>), one sheet per table: inspections and supervisions by conducting body and subject, discipline
/// by form and subject, complaints and denunciations with their outcomes, follow-up of conclusions, indicators. Scope and
/// period stand in the header rows; every figure is a numeric cell; each total is a <c>SUM</c> formula over the rows above
/// it, stored with its computed value. The layout is the SDK's own, in the shape of a province's term figures; see
/// docs/reports.md.
/// </summary>
public static class XlsxReportWriter
{
    /// <summary>The MIME type of a .xlsx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The sheets' names, in order.</summary>
    public static IReadOnlyList<string> SheetNames { get; } = ["Kiểm tra", "Giám sát", "Kỷ luật", "Khiếu nại", "Tố cáo", "Kết luận, kiến nghị", "Chỉ tiêu"];

    private const uint Plain = 0;
    private const uint Title = 1;
    private const uint Head = 2;
    private const uint Text = 3;
    private const uint Num = 4;
    private const uint TotalText = 5;
    private const uint TotalNum = 6;
    private const int FirstDataRow = 6;

    /// <summary>Writes the workbook.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The .xlsx file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] Write(WorkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Statistics;
        var sheets = new List<SheetData>
        {
            OversightSheet(report, "Biểu 1. Kiểm tra tổ chức đảng, đảng viên theo chủ thể tiến hành", s, supervision: false),
            OversightSheet(report, "Biểu 2. Giám sát tổ chức đảng, đảng viên theo chủ thể tiến hành", s, supervision: true),
            DisciplineSheet(report, s),
            ComplaintSheet(report, s.Complaints),
            DenunciationSheet(report, s.Denunciations),
            FollowUpSheet(report, s),
            IndicatorSheet(report),
        };
        int[][] widths = [[40, 14, 14, 16, 18], [40, 14, 14, 16, 18], [40, 14, 14], [44, 16], [52, 16], [52, 20], [8, 60, 12, 12, 12, 14, 16]];

        var asOf = report.Indicators.DataAsOf;
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook, autoSave: true))
        {
            var book = doc.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdBook");
            var styles = book.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Stylesheet();
            var sheetList = new Sheets();
            for (var i = 0; i < sheets.Count; i++)
            {
                var id = $"rIdSheet{i + 1}";
                var part = book.AddNewPart<WorksheetPart>(id);
                var columns = new Columns(widths[i].Select((w, c) => new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = w, CustomWidth = true }));
                part.Worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }), columns, sheets[i], new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 }, new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 });
                sheetList.Append(new Sheet { Name = SheetNames[i], SheetId = (uint)(i + 1), Id = id });
            }

            book.Workbook = new Workbook(sheetList, new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
            CoreProperties.Write(doc, "Biểu thống kê " + DocxReportWriter.SummaryLine(report), "KiemTra.Sdk", asOf);
        }

        return PackageNormalizer.Normalize(stream.ToArray(), asOf);
    }

    private static SheetData Sheet(WorkReport report, string title, string[] headings)
    {
        var i = report.Indicators;
        var data = new SheetData();
        data.Append(Row(1, [Str("A", 1, title, Title)]));
        data.Append(Row(2, [Str("A", 2, $"Phạm vi: {i.ScopeName}", Plain)]));
        data.Append(Row(3, [Str("A", 3, $"Kỳ báo cáo: {i.Period.Label.Vietnamese} (từ {ShortDate(i.Period.Start)} đến {ShortDate(i.Period.End)}); số liệu tính đến {ShortDate(i.DataAsOf)}", Plain)]));
        var head = Row(5, headings.Select((h, c) => Str(Col(c), 5, h, Head)));
        head.Height = 33;
        head.CustomHeight = true;
        data.Append(head);
        return data;
    }

    private static SheetData Table(WorkReport report, string title, string[] headings, IReadOnlyList<(string Label, long[] Values)> rows, string totalLabel = "Cộng", IReadOnlyList<(string Label, long[] Values)>? after = null)
    {
        var data = Sheet(report, title, headings);
        var r = FirstDataRow;
        foreach (var (label, values) in rows)
        {
            data.Append(Row(r, [Str("A", r, label, Text), .. values.Select((v, c) => Number(Col(c + 1), r, v, Num))]));
            r++;
        }

        var width = headings.Length - 1;
        var total = r;
        data.Append(Row(total, [Str("A", total, totalLabel, TotalText), .. Enumerable.Range(0, width).Select(c =>
            Sum(Col(c + 1), total, FirstDataRow, total - 1, rows.Sum(x => x.Values[c])))]));
        r = total + 1;
        foreach (var (label, values) in after ?? [])
        {
            data.Append(Row(r, [Str("A", r, label, Text), .. values.Select((v, c) => Number(Col(c + 1), r, v, Num))]));
            r++;
        }

        return data;
    }

    private static SheetData OversightSheet(WorkReport report, string title, WorkStatistics s, bool supervision)
    {
        var rows = s.OversightByBody.Select(b => (DocxReportWriter.BodyName(b.Key), Figures(b.Value, supervision))).ToList();
        return Table(report, title,
            ["Chủ thể tiến hành", "Tổ chức đảng", "Đảng viên", "Trong đó cấp ủy viên", supervision ? "Cuộc có dấu hiệu vi phạm" : "Cuộc kết luận có vi phạm"],
            rows);
    }

    private static long[] Figures(OversightStatistics f, bool supervision) => supervision
        ? [f.OrganizationsSupervised, f.MembersSupervised, f.SupervisedCommitteeMembers, f.SupervisionsWithSignsOfViolation]
        : [f.OrganizationsInspected, f.MembersInspected, f.InspectedCommitteeMembers, f.InspectionsFindingViolation];

    private static SheetData DisciplineSheet(WorkReport report, WorkStatistics s)
    {
        var d = s.Discipline;
        var rows = DisciplineTally.From(d).Select(t => (t.Form.Vietnamese, new long[] { t.Organizations, t.Members })).ToList();
        return Table(report, "Biểu 3. Thi hành kỷ luật tổ chức đảng, đảng viên theo hình thức", ["Hình thức kỷ luật", "Tổ chức đảng", "Đảng viên"], rows, after:
        [
            ("Trong đó: đảng viên chính thức", [0, d.FullMembers]),
            ("Trong đó: đảng viên dự bị", [0, d.ProbationaryMembers]),
            ("Trong đó: đảng viên là cấp ủy viên", [0, d.MembersWhoAreCommitteeMembers]),
        ]);
    }

    private static SheetData ComplaintSheet(WorkReport report, ComplaintStatistics c)
    {
        var rows = Enum.GetValues<ComplaintOutcome>().Select(o => (DocxReportWriter.OutcomeName(o), new long[] { c.ByOutcome[o] })).ToList();
        return Table(report, "Biểu 4. Giải quyết khiếu nại kỷ luật đảng", ["Kết quả giải quyết", "Số trường hợp"], rows, after:
        [
            ("Số đảng viên có khiếu nại được giải quyết", [c.Members]),
            ("Số tổ chức đảng có khiếu nại được giải quyết", [c.Organizations]),
        ]);
    }

    private static SheetData DenunciationSheet(WorkReport report, DenunciationStatistics d)
    {
        var rows = Enum.GetValues<AllegationConclusion>().Select(c => (DocxReportWriter.ConclusionName(c), new long[] { d.AllegationsByConclusion[c] })).ToList();
        var data = Table(report, "Biểu 5. Tiếp nhận, giải quyết tố cáo", ["Kết luận nội dung tố cáo", "Số nội dung"], rows, totalLabel: "Cộng nội dung đã kết luận", after:
        [
            ("Đơn tố cáo tiếp nhận", [d.Received]),
            ("   Đơn đứng tên", [d.Named]),
            ("   Đơn giấu tên", [d.Anonymous]),
            ("   Đơn mạo tên", [d.FalseName]),
            ("Thụ lý giải quyết", [d.Accepted]),
            ("Không thụ lý", [d.NotAccepted]),
            ("Chuyển cấp có thẩm quyền", [d.Forwarded]),
            ("Lưu làm thông tin", [d.RecordedAsInformation]),
            ("Số đảng viên được giải quyết tố cáo", [d.MembersResolved]),
            ("Số tổ chức đảng được giải quyết tố cáo", [d.OrganizationsResolved]),
            ("Số đảng viên có vi phạm qua giải quyết tố cáo", [d.MembersFoundInViolation]),
        ]);
        return data;
    }

    private static SheetData FollowUpSheet(WorkReport report, WorkStatistics s)
    {
        var f = FollowUpFigures.Of(s.FollowUp);
        return Table(report, "Biểu 6. Theo dõi thực hiện kết luận, kiến nghị", ["Tình hình thực hiện", "Số kết luận, kiến nghị"],
        [
            ("Đã thực hiện đúng hạn", [f.CompletedOnTime]),
            ("Đã thực hiện sau hạn", [f.CompletedLate]),
            ("Quá hạn, chưa thực hiện", [f.Overdue]),
            ("Chưa đến hạn", [f.NotYetDue]),
        ], totalLabel: "Cộng kết luận, kiến nghị ban hành trong kỳ", after:
        [
            ("Số tiền kiến nghị thu hồi (đồng)", [s.AmountToRecoverVnd]),
            ("Số tiền đã thu hồi (đồng)", [s.AmountRecoveredVnd]),
            ("Kiến nghị sửa đổi, bổ sung cơ chế, chính sách", [s.PolicyRecommendations]),
            ("Nhân tố mới, cách làm hay", [s.PositiveFindings]),
        ]);
    }

    private static SheetData IndicatorSheet(WorkReport report)
    {
        var data = Sheet(report, "Biểu 7. Kết quả thực hiện các chỉ tiêu", ["TT", "Chỉ tiêu", "Tử số", "Mẫu số", "Tỷ lệ", "Chỉ tiêu đề ra", "Đánh giá"]);
        var r = FirstDataRow;
        foreach (var row in report.Indicators.Indicators)
        {
            var n = r - FirstDataRow + 1;
            var value = row.Value is { } v
                ? new Cell { CellReference = $"E{r}", StyleIndex = Num, CellValue = new CellValue(Math.Round(v, 4).ToString(CultureInfo.InvariantCulture)) }
                : Str("E", r, "—", Text);
            data.Append(Row(r,
            [
                Number("A", r, n, Num), Str("B", r, row.Text.Vietnamese, Text), Number("C", r, row.Numerator, Num), Number("D", r, row.Denominator, Num),
                value, Str("F", r, Target(row.Target), Text), Str("G", r, ReportTexts.Of(row.Status).Vietnamese, Text),
            ]));
            r++;
        }

        return data;
    }

    private static Row Row(int index, IEnumerable<Cell> cells) => new(cells) { RowIndex = (uint)index };

    private static string Col(int index) => ((char)('A' + index)).ToString();

    private static Cell Str(string col, int row, string text, uint style) => new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = $"{col}{row}",
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static Cell Number(string col, int row, long value, uint style) => new()
    {
        CellReference = $"{col}{row}",
        StyleIndex = style,
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
    };

    private static Cell Sum(string col, int row, int from, int to, long value) => new()
    {
        CellReference = $"{col}{row}",
        StyleIndex = TotalNum,
        CellFormula = new CellFormula(to >= from ? $"SUM({col}{from}:{col}{to})" : "0"),
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
    };

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = "Times New Roman" })) { Count = 3 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder())) { Count = 2 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { FontId = 2, FillId = 0, BorderId = 0, ApplyFont = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }) { FontId = 1, FillId = 0, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true }) { FontId = 0, FillId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 1, NumberFormatId = 164, ApplyBorder = true, ApplyNumberFormat = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true }) { FontId = 1, FillId = 0, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 1, NumberFormatId = 164, ApplyFont = true, ApplyBorder = true, ApplyNumberFormat = true }) { Count = 7 });
}
