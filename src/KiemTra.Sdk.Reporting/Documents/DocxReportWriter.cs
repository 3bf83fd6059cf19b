using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Indicators;
using BodyKind = KiemTra.Sdk.Organization.BodyKind;
using KiemTra.Sdk.Register;
using NodaTime;
using static KiemTra.Sdk.Reporting.Documents.VietnameseText;

namespace KiemTra.Sdk.Reporting.Documents;

/// <summary>
/// Writes the report of the work as a Word document in the party's document format (<i>báo cáo theo thể thức văn bản của
/// Đảng</i>, Hướng dẫn 36-HD/VPTW): A4, margins 25/25/35/15 mm, Times New Roman; the header block (superior
/// and issuing body, "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule, the number left blank, place and date), "BÁO CÁO" and its
/// summary line, the body in sections with tables, the signature block and the recipients. An ordinary editable document:
/// real paragraphs and tables, Vietnamese number format, identical bytes under any process culture (dates and document
/// properties from the data's as-of date).
/// </summary>
public static class DocxReportWriter
{
    /// <summary>The MIME type of a .docx file.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string Font = "Times New Roman";

    // A4 in twentieths of a point; margins per the party offices' text area (25 mm top and bottom, 35 mm left, 15 mm right).
    internal const int PageWidth = 11906;
    internal const int PageHeight = 16838;
    internal const int MarginTop = 1417;
    internal const int MarginBottom = 1417;
    internal const int MarginLeft = 1984;
    internal const int MarginRight = 850;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>Units named per indicator in the text; the rest are counted ("và N đơn vị khác") and listed in full by the HTML and JSON reports.</summary>
    internal const int UnitsListed = 5;

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="header">The document's header, signer and recipients.</param>
    /// <returns>The .docx file's bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static byte[] Write(WorkReport report, PartyDocumentHeader header)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(header);
        var asOf = report.Indicators.DataAsOf;
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = Styles();
            var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
            settings.Settings = new Settings(new DisplayBackgroundShape(), new DefaultTabStop { Val = 720 }, new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
            var pageHeader = main.AddNewPart<HeaderPart>("rIdHeader");
            pageHeader.Header = new Header(PageNumberParagraph());
            var firstHeader = main.AddNewPart<HeaderPart>("rIdFirstHeader");
            firstHeader.Header = new Header(new Paragraph());

            var body = new Body();
            body.Append(HeaderBlock(header, asOf));
            body.Append(Blank());
            body.Append(Para("BÁO CÁO", center: true, bold: true, size: 32, after: 0));
            body.Append(Para(SummaryLine(report), center: true, bold: true, size: 28, after: 0));
            body.Append(Para("-----", center: true, size: 28, after: 240));
            foreach (var note in report.Indicators.Notes)
            {
                body.Append(Para($"Lưu ý: {note.Vietnamese}", italic: true, indent: true));
            }

            Intro(body, report);
            Indicators(body, report.Indicators);
            Oversight(body, report.Statistics, supervision: false);
            Oversight(body, report.Statistics, supervision: true);
            Discipline(body, report.Statistics);
            Complaints(body, report.Statistics.Complaints);
            Denunciations(body, report.Statistics.Denunciations);
            FollowUp(body, report.Statistics);
            Warnings(body, report.Warnings);
            Assessment(body, report);
            body.Append(Blank());
            body.Append(SignatureBlock(header));
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
                new HeaderReference { Type = HeaderFooterValues.First, Id = "rIdFirstHeader" },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = (uint)MarginLeft, Right = (uint)MarginRight, Header = 567, Footer = 567, Gutter = 0 },
                new TitlePage()));
            main.Document = new Document(body);

            CoreProperties.Write(doc, "Báo cáo " + SummaryLine(report), header.IssuingBody, asOf);
        }

        return PackageNormalizer.Normalize(stream.ToArray(), asOf);
    }

    /// <summary>The summary line under "BÁO CÁO", e.g. "Kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2025".</summary>
    internal static string SummaryLine(WorkReport report) => $"Kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng {PeriodPhrase(report.Indicators.Period)}";

    private static string PeriodPhrase(ReportingPeriod period)
    {
        var label = period.Label.Vietnamese;
        return period.Kind switch
        {
            ReportingPeriodKind.Year or ReportingPeriodKind.Quarter => char.ToLowerInvariant(label[0]) + label[1..],
            _ => label.Length > 0 ? char.ToLowerInvariant(label[0]) + label[1..] : label,
        };
    }

    private static void Intro(Body body, WorkReport report)
    {
        var i = report.Indicators;
        body.Append(Para(
            $"Thực hiện chương trình kiểm tra, giám sát và chế độ báo cáo định kỳ, Ủy ban Kiểm tra báo cáo kết quả công tác kiểm tra, giám sát và thi hành kỷ luật đảng của {i.ScopeName}, {PeriodPhrase(i.Period)} (từ {ShortDate(i.Period.Start)} đến {ShortDate(i.Period.End)}; số liệu tính đến {ShortDate(i.DataAsOf)}), như sau:",
            indent: true));
    }

    private static void Indicators(Body body, IndicatorReport report)
    {
        body.Append(Heading("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"));
        body.Append(Para(
            $"Đánh giá {Number(report.Indicators.Length)} chỉ tiêu: đạt {Number(report.Count(IndicatorStatus.Met))}, không đạt {Number(report.Count(IndicatorStatus.NotMet))}, thiếu dữ liệu {Number(report.Count(IndicatorStatus.MissingData))}, đang thực hiện {Number(report.Count(IndicatorStatus.InProgress))}, không áp dụng {Number(report.Count(IndicatorStatus.NotApplicable))}.",
            indent: true));
        var rows = report.Indicators.Select((r, n) => new[]
        {
            Number(n + 1),
            r.Text.Vietnamese,
            $"{Number(r.Numerator)}/{Number(r.Denominator)}",
            r.Value is { } v ? Value(v, r.Target.Unit) : "—",
            Target(r.Target),
            ReportTexts.Of(r.Status).Vietnamese,
        }).ToList();
        body.Append(Table(["TT", "Chỉ tiêu", "Kết quả", "Tỷ lệ", "Chỉ tiêu đề ra", "Đánh giá"], [600, 3272, 1500, 900, 1200, 1600], rows, total: null, textColumns: [1]));
        foreach (var r in report.Indicators.Where(r => r.Misses.Length > 0 || r.MissingData.Length > 0))
        {
            var parts = new List<string>();
            if (r.Misses.Length > 0)
            {
                parts.Add($"chưa đạt {Number(r.UnitsMissed)} đơn vị ({Units(r.Misses, r.UnitsMissed)})");
            }

            if (r.MissingData.Length > 0)
            {
                parts.Add($"thiếu dữ liệu {Number(r.UnitsMissingData)} đơn vị ({Units(r.MissingData, r.UnitsMissingData)})");
            }

            body.Append(Para($"- {r.Text.Vietnamese}: {string.Join("; ", parts)}.", indent: true));
        }

        foreach (var rating in report.Ratings)
        {
            body.Append(Para($"- {rating.Rating.Vietnamese}: {ReportTexts.OfRating(rating.MayBeGiven).Vietnamese.ToLowerInvariant()}.", indent: true));
        }
    }

    private static string Units(IEnumerable<ReportUnit> units, int total)
    {
        var list = units.Take(UnitsListed).Select(u => $"{u.Name} {Number(u.Numerator)}/{Number(u.Denominator)}").ToList();
        var more = total - list.Count;
        return string.Join(", ", list) + (more > 0 ? $" và {Number(more)} đơn vị khác" : string.Empty);
    }

    private static void Oversight(Body body, WorkStatistics s, bool supervision)
    {
        var o = s.Oversight;
        if (!supervision)
        {
            body.Append(Heading("II. CÔNG TÁC KIỂM TRA"));
            body.Append(Para(
                $"Cấp ủy, ủy ban kiểm tra và các cơ quan tham mưu đã kiểm tra {Number(o.OrganizationsInspected)} tổ chức đảng và {Number(o.MembersInspected)} đảng viên, có {Number(o.InspectedCommitteeMembers)} đảng viên là cấp ủy viên; {Number(o.InspectionsFindingViolation)} cuộc kiểm tra kết luận có vi phạm. Hoàn thành {Number(s.PlanCompletion.Numerator)}/{Number(s.PlanCompletion.Denominator)} cuộc kiểm tra, giám sát theo chương trình, kế hoạch{(s.PlanCompletion.Denominator > 0 ? $" ({Percent((decimal)s.PlanCompletion.Numerator / s.PlanCompletion.Denominator)})" : string.Empty)}.",
                indent: true));
        }
        else
        {
            body.Append(Heading("III. CÔNG TÁC GIÁM SÁT"));
            body.Append(Para(
                $"Giám sát {Number(o.OrganizationsSupervised)} tổ chức đảng và {Number(o.MembersSupervised)} đảng viên, có {Number(o.SupervisedCommitteeMembers)} đảng viên là cấp ủy viên; qua giám sát, {Number(o.SupervisionsWithSignsOfViolation)} cuộc phát hiện dấu hiệu vi phạm.",
                indent: true));
        }

        var rows = s.OversightByBody.Select(b => Figures(BodyName(b.Key), b.Value, supervision)).ToList();
        var total = Figures("Cộng", o, supervision);
        body.Append(Table(
            ["Chủ thể tiến hành", "Tổ chức đảng", "Đảng viên", "Trong đó cấp ủy viên", supervision ? "Cuộc có dấu hiệu vi phạm" : "Cuộc kết luận có vi phạm"],
            [2871, 1550, 1550, 1550, 1550], rows, total, textColumns: [0]));
    }

    private static string[] Figures(string label, OversightStatistics f, bool supervision) => supervision
        ? [label, Number(f.OrganizationsSupervised), Number(f.MembersSupervised), Number(f.SupervisedCommitteeMembers), Number(f.SupervisionsWithSignsOfViolation)]
        : [label, Number(f.OrganizationsInspected), Number(f.MembersInspected), Number(f.InspectedCommitteeMembers), Number(f.InspectionsFindingViolation)];

    /// <summary>The kind of body, as the sector's statistics name it.</summary>
    internal static string BodyName(BodyKind body) => body switch
    {
        BodyKind.Committee => "Cấp ủy",
        BodyKind.StandingCommittee => "Ban Thường vụ cấp ủy",
        BodyKind.InspectionCommission => "Ủy ban kiểm tra",
        BodyKind.AdvisoryAgency => "Cơ quan tham mưu, giúp việc cấp ủy",
        BodyKind.Cell => "Chi bộ",
        _ => throw new ArgumentOutOfRangeException(nameof(body), body, "Unknown kind of body."),
    };

    private static void Discipline(Body body, WorkStatistics s)
    {
        var d = s.Discipline;
        body.Append(Heading("IV. THI HÀNH KỶ LUẬT ĐẢNG"));
        body.Append(Para(d.Summary.Vietnamese, indent: true));
        var tallies = DisciplineTally.From(d);
        var rows = tallies.Select(t => new[] { t.Form.Vietnamese, Number(t.Organizations), Number(t.Members) }).ToList();
        body.Append(Table(["Hình thức kỷ luật", "Tổ chức đảng", "Đảng viên"], [4071, 2500, 2500], rows, ["Cộng", Number(d.Organizations), Number(d.Members)], textColumns: [0]));
        body.Append(Para($"Trong số đảng viên bị kỷ luật: {Number(d.FullMembers)} đảng viên chính thức, {Number(d.ProbationaryMembers)} đảng viên dự bị; {Number(d.MembersWhoAreCommitteeMembers)} đảng viên là cấp ủy viên.", indent: true));
    }

    /// <summary>A complaint outcome as written.</summary>
    internal static string OutcomeName(ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.Upheld => "Giữ nguyên hình thức kỷ luật",
        ComplaintOutcome.Changed => "Thay đổi hình thức kỷ luật",
        ComplaintOutcome.Annulled => "Xóa bỏ quyết định kỷ luật",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>An allegation's conclusion as written.</summary>
    internal static string ConclusionName(AllegationConclusion conclusion) => conclusion switch
    {
        AllegationConclusion.False => "Tố cáo sai",
        AllegationConclusion.NoBasis => "Không có cơ sở kết luận",
        AllegationConclusion.TrueWithShortcoming => "Tố cáo đúng, có khuyết điểm",
        AllegationConclusion.TrueWithViolation => "Tố cáo đúng, có vi phạm",
        _ => throw new ArgumentOutOfRangeException(nameof(conclusion), conclusion, "Unknown conclusion."),
    };

    private static void Complaints(Body body, ComplaintStatistics c)
    {
        body.Append(Heading("V. GIẢI QUYẾT KHIẾU NẠI KỶ LUẬT ĐẢNG"));
        body.Append(Para($"Giải quyết khiếu nại kỷ luật đảng của {Number(c.Members)} đảng viên và {Number(c.Organizations)} tổ chức đảng.", indent: true));
        var rows = Enum.GetValues<ComplaintOutcome>().Select(o => new[] { OutcomeName(o), Number(c.ByOutcome[o]) }).ToList();
        body.Append(Table(["Kết quả giải quyết", "Số trường hợp"], [6071, 3000], rows, ["Cộng", Number(c.ByOutcome.Values.Sum())], textColumns: [0]));
    }

    private static void Denunciations(Body body, DenunciationStatistics d)
    {
        body.Append(Heading("VI. GIẢI QUYẾT TỐ CÁO"));
        body.Append(Para(
            $"Tiếp nhận {Number(d.Received)} đơn tố cáo ({Number(d.Named)} đơn đứng tên, {Number(d.Anonymous)} đơn giấu tên, {Number(d.FalseName)} đơn mạo tên); thụ lý giải quyết {Number(d.Accepted)} đơn, không thụ lý {Number(d.NotAccepted)} đơn, chuyển cấp có thẩm quyền {Number(d.Forwarded)} đơn, lưu làm thông tin {Number(d.RecordedAsInformation)} đơn. Đã giải quyết tố cáo đối với {Number(d.MembersResolved)} đảng viên và {Number(d.OrganizationsResolved)} tổ chức đảng; qua giải quyết, {Number(d.MembersFoundInViolation)} đảng viên có vi phạm.",
            indent: true));
        var rows = Enum.GetValues<AllegationConclusion>().Select(c => new[] { ConclusionName(c), Number(d.AllegationsByConclusion[c]) }).ToList();
        body.Append(Table(["Kết luận nội dung tố cáo", "Số nội dung"], [6071, 3000], rows, ["Cộng", Number(d.AllegationsByConclusion.Values.Sum())], textColumns: [0]));
    }

    private static void FollowUp(Body body, WorkStatistics s)
    {
        var f = FollowUpFigures.Of(s.FollowUp);
        body.Append(Heading("VII. THEO DÕI, ĐÔN ĐỐC THỰC HIỆN KẾT LUẬN, KIẾN NGHỊ"));
        body.Append(Para(
            $"Trong kỳ ban hành {Number(f.Issued)} kết luận, kiến nghị đối với tổ chức đảng trong phạm vi báo cáo: đã thực hiện đúng hạn {Number(f.CompletedOnTime)}, thực hiện sau hạn {Number(f.CompletedLate)}, quá hạn chưa thực hiện {Number(f.Overdue)}, chưa đến hạn {Number(f.NotYetDue)}. Số tiền kiến nghị thu hồi {Number(s.AmountToRecoverVnd)} đồng, đã thu hồi {Number(s.AmountRecoveredVnd)} đồng. Qua kiểm tra, giám sát có {Number(s.PolicyRecommendations)} kiến nghị sửa đổi, bổ sung cơ chế, chính sách và phát hiện {Number(s.PositiveFindings)} nhân tố mới, cách làm hay.",
            indent: true));
        body.Append(Table(["Tình hình thực hiện", "Số kết luận, kiến nghị"], [6071, 3000],
        [
            ["Đã thực hiện đúng hạn", Number(f.CompletedOnTime)],
            ["Đã thực hiện sau hạn", Number(f.CompletedLate)],
            ["Quá hạn, chưa thực hiện", Number(f.Overdue)],
            ["Chưa đến hạn", Number(f.NotYetDue)],
        ], ["Cộng", Number(f.Issued)], textColumns: [0]));
    }

    private static void Warnings(Body body, IReadOnlyList<WarningTally> warnings)
    {
        body.Append(Heading("VIII. CẢNH BÁO SỚM"));
        if (warnings.Count == 0)
        {
            body.Append(Para("Trong kỳ chưa đánh giá cảnh báo sớm.", indent: true));
            return;
        }

        body.Append(Para($"Qua theo dõi trên dữ liệu, có {Number(warnings.Sum(w => w.Count))} cảnh báo sớm cần chỉ đạo xem xét, theo các nội dung sau:", indent: true));
        var rows = warnings.Select(w => new[] { w.Rule.Vietnamese, Number(w.Count) }).ToList();
        body.Append(Table(["Nội dung cảnh báo", "Số cảnh báo"], [7071, 2000], rows, ["Cộng", Number(warnings.Sum(w => w.Count))], textColumns: [0]));
    }

    private static void Assessment(Body body, WorkReport report)
    {
        var i = report.Indicators;
        body.Append(Heading("IX. ĐÁNH GIÁ CHUNG"));
        var met = i.Count(IndicatorStatus.Met);
        body.Append(Para($"1. Ưu điểm: {Number(met)}/{Number(i.Indicators.Length)} chỉ tiêu đạt yêu cầu; hoàn thành {Number(report.Statistics.PlanCompletion.Numerator)}/{Number(report.Statistics.PlanCompletion.Denominator)} cuộc kiểm tra, giám sát theo chương trình, kế hoạch.", indent: true));
        var notMet = i.Indicators.Where(r => r.Status == IndicatorStatus.NotMet).Select(r => r.Text.Vietnamese).ToList();
        var missing = i.Indicators.Where(r => r.Status == IndicatorStatus.MissingData).Select(r => r.Text.Vietnamese).ToList();
        var limits = new List<string>();
        if (notMet.Count > 0)
        {
            limits.Add($"{Number(notMet.Count)} chỉ tiêu chưa đạt ({string.Join("; ", notMet)})");
        }

        if (missing.Count > 0)
        {
            limits.Add($"{Number(missing.Count)} chỉ tiêu chưa đủ dữ liệu để đánh giá");
        }

        if (report.Statistics.FollowUp.Count(Deadlines.DeadlineStatus.Overdue) > 0)
        {
            limits.Add($"{Number(report.Statistics.FollowUp.Count(Deadlines.DeadlineStatus.Overdue))} kết luận, kiến nghị quá hạn chưa thực hiện");
        }

        body.Append(Para(limits.Count == 0 ? "2. Hạn chế: không có chỉ tiêu chưa đạt." : $"2. Hạn chế: {string.Join("; ", limits)}.", indent: true));
        body.Append(Para("3. Nguyên nhân và phương hướng, nhiệm vụ thời gian tới: Ủy ban Kiểm tra bổ sung khi hoàn thiện báo cáo.", indent: true));
    }

    private static Table HeaderBlock(PartyDocumentHeader header, LocalDate asOf)
    {
        var left = new TableCell(
            CellWidth(3800),
            Para(header.SuperiorBody, center: true, size: 28, after: 0),
            Para(header.IssuingBody, center: true, bold: true, size: 28, after: 0),
            Para("*", center: true, size: 28, after: 0),
            Para($"Số    -{header.Symbol}", center: true, size: 28, after: 0));
        var title = Para("ĐẢNG CỘNG SẢN VIỆT NAM", center: true, bold: true, size: 30, after: 120);
        // The rule beneath the title runs its full length: the paragraph is indented to the title's width.
        title.ParagraphProperties!.InsertAt(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }), 0);
        title.ParagraphProperties.GetFirstChild<Indentation>()!.Left = "250";
        title.ParagraphProperties.GetFirstChild<Indentation>()!.Right = "250";
        var right = new TableCell(
            CellWidth(TextWidth - 3800),
            title,
            Para($"{header.Place}, {Date(asOf)}", center: true, italic: true, size: 28, after: 0));
        return new Table(BorderlessTable(), new TableGrid(new GridColumn { Width = "3800" }, new GridColumn { Width = (TextWidth - 3800).ToString(System.Globalization.CultureInfo.InvariantCulture) }), new TableRow(left, right));
    }

    private static Table SignatureBlock(PartyDocumentHeader header)
    {
        var leftParas = new List<OpenXmlElement> { CellWidth(4300) };
        var label = Para("Nơi nhận:", left: true, size: 28, after: 0);
        ((Run)label.LastChild!).RunProperties!.Append(new Underline { Val = UnderlineValues.Single });
        leftParas.Add(label);
        for (var i = 0; i < header.Recipients.Length; i++)
        {
            leftParas.Add(Para($"- {header.Recipients[i]}{(i == header.Recipients.Length - 1 ? "." : ",")}", left: true, size: 24, after: 0));
        }

        var right = new TableCell(
            CellWidth(TextWidth - 4300),
            Para(header.Authority, center: true, bold: true, size: 28, after: 0),
            Para(header.Position, center: true, bold: true, size: 28, after: 0),
            Blank(), Blank(), Blank(),
            Para(header.Signer.Length == 0 ? " " : header.Signer, center: true, bold: true, size: 28, after: 0));
        return new Table(BorderlessTable(), new TableGrid(new GridColumn { Width = "4300" }, new GridColumn { Width = (TextWidth - 4300).ToString(System.Globalization.CultureInfo.InvariantCulture) }), new TableRow(new TableCell(leftParas), right));
    }

    private static Table Table(string[] headings, int[] widths, IReadOnlyList<string[]> rows, string[]? total, int[] textColumns)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var head = new TableRow(new TableRowProperties(new TableHeader()));
        for (var c = 0; c < headings.Length; c++)
        {
            head.Append(new TableCell(CellWidth(widths[c]), Para(headings[c], center: true, bold: true, size: 24, after: 0)));
        }

        table.Append(head);
        foreach (var row in total is null ? rows : [.. rows, total])
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            var isTotal = ReferenceEquals(row, total);
            for (var c = 0; c < row.Length; c++)
            {
                var text = textColumns.Contains(c);
                tr.Append(new TableCell(CellWidth(widths[c]), Para(row[c], center: !text, left: text, bold: isTotal, size: 24, after: 0)));
            }

            table.Append(tr);
        }

        return table;
    }

    private static TableProperties BorderlessTable() => new(
        new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        new TableBorders(
            new TopBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None },
            new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None },
            new InsideVerticalBorder { Val = BorderValues.None }),
        new TableLayout { Type = TableLayoutValues.Fixed });

    private static TableCellProperties CellWidth(int width) => new(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });

    private static Paragraph Heading(string text)
    {
        var heading = Para(text, bold: true, indent: true, before: 120);
        heading.ParagraphProperties!.InsertAt(new KeepNext(), 0);
        return heading;
    }

    private static Paragraph Blank() => new(new ParagraphProperties(new SpacingBetweenLines { After = "0" }));

    private static Paragraph Para(string text, bool center = false, bool bold = false, bool italic = false, int size = 28, bool indent = false, int after = 120, int before = 0, bool left = false)
    {
        var props = new ParagraphProperties(
            new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new Indentation { FirstLine = indent ? "567" : "0" },
            new Justification { Val = center ? JustificationValues.Center : left ? JustificationValues.Left : JustificationValues.Both });
        var run = new RunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        run.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Paragraph(props, new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Paragraph PageNumberParagraph() => new(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("2")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }));

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "28" },
                new FontSizeComplexScript { Val = "28" },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
}
