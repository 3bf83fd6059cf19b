using System.Globalization;
using System.Text;
using KiemTra.Sdk.Indicators;

namespace KiemTra.Sdk.Reporting;

/// <summary>
/// Writes a report as one self-contained HTML page in Vietnamese (<i>báo cáo HTML</i>): inline CSS, inline SVG charts
/// (indicator attainment, discipline by form, coverage by organisation), summary tiles, the indicator table and
/// drill-down lists. It loads nothing from anywhere (no script, no external style, image or font), and every text is
/// HTML-escaped.
/// </summary>
public static class HtmlReportWriter
{
    private const string StyleSheet = """
        :root{--met:#1b7f3b;--notmet:#b3261e;--missing:#8a6d00;--progress:#1f5fa8;--na:#6b6b6b;--ink:#1c1c1c;--line:#d9d9d9}
        *{box-sizing:border-box}body{font-family:"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);margin:0;background:#f6f6f4}
        main{max-width:1180px;margin:0 auto;padding:24px}
        header{border-bottom:3px solid #a50e0e;margin-bottom:16px}h1{font-size:1.5rem;margin:0 0 4px}h2{font-size:1.15rem;margin:28px 0 8px}
        .meta{color:#555;font-size:.9rem;margin:0 0 12px}.note{background:#fff4d6;border:1px solid #e0c36a;padding:6px 10px;margin:0 0 12px;border-radius:4px}
        .tiles{display:flex;flex-wrap:wrap;gap:12px}.tile{flex:1 1 150px;background:#fff;border:1px solid var(--line);border-left:6px solid var(--na);padding:10px 14px;border-radius:4px}
        .tile b{display:block;font-size:1.8rem}.tile.met{border-left-color:var(--met)}.tile.notmet{border-left-color:var(--notmet)}.tile.missing{border-left-color:var(--missing)}.tile.progress{border-left-color:var(--progress)}
        table{border-collapse:collapse;width:100%;background:#fff;font-size:.88rem}th,td{border:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}th{background:#eee}
        td.num{text-align:right;white-space:nowrap}.st{font-weight:600;white-space:nowrap}.st.met{color:var(--met)}.st.notmet{color:var(--notmet)}.st.missing{color:var(--missing)}.st.progress{color:var(--progress)}.st.na{color:var(--na)}
        .chart{background:#fff;border:1px solid var(--line);padding:8px;border-radius:4px}svg text{font-family:inherit;font-size:12px;fill:#333}
        details{background:#fff;border:1px solid var(--line);margin:6px 0;padding:6px 10px;border-radius:4px}summary{cursor:pointer;font-weight:600}
        ul{margin:6px 0 6px 18px;padding:0}li{margin:2px 0}.facts li{font-size:.85rem;color:#444}.unverified{color:var(--missing);font-size:.8rem}
        footer{margin-top:32px;color:#666;font-size:.8rem;border-top:1px solid var(--line);padding-top:8px}
        """;

    /// <summary>The HTML page.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Write(IndicatorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<title>").Append(E(report.Title.Vietnamese)).Append("</title>\n<style>").Append(StyleSheet).Append("</style>\n</head>\n<body>\n<main>\n");
        h.Append("<header>\n<h1>").Append(E(report.Title.Vietnamese)).Append("</h1>\n<p class=\"meta\">")
            .Append(E($"Phạm vi: {report.ScopeName} ({report.Scope}) · Kỳ báo cáo: {report.Period.Label.Vietnamese} ({D(report.Period.Start)} – {D(report.Period.End)}) · Dữ liệu đến ngày {D(report.DataAsOf)} · Lập ngày {D(report.GeneratedOn)}"))
            .Append("</p>\n");
        foreach (var note in report.Notes)
        {
            h.Append("<p class=\"note\">").Append(E(note.Vietnamese)).Append("</p>\n");
        }

        h.Append("</header>\n");

        Tiles(h, report);
        h.Append("<h2>Mức độ đạt chỉ tiêu</h2>\n<div class=\"chart\">").Append(AttainmentChart(report)).Append("</div>\n");
        h.Append("<h2>Kết quả từng chỉ tiêu</h2>\n");
        Table(h, report);
        h.Append("<h2>Độ bao phủ kiểm tra, giám sát theo đơn vị</h2>\n<div class=\"chart\">").Append(CoverageChart(report)).Append("</div>\n");
        h.Append("<h2>Thi hành kỷ luật theo hình thức</h2>\n<div class=\"chart\">").Append(DisciplineChart(report)).Append("</div>\n");
        Ratings(h, report);
        h.Append("<h2>Đơn vị không đạt và thiếu dữ liệu</h2>\n");
        DrillDown(h, report);
        h.Append("<footer>").Append(E("Báo cáo do KiemTra.Sdk lập từ dữ liệu đã báo cáo. Không có thông tin cá nhân được bảo vệ (người tố cáo, người chịu trách nhiệm…) trong báo cáo. “Thiếu dữ liệu” không được tính là đạt hay không đạt.")).Append("</footer>\n");
        h.Append("</main>\n</body>\n</html>\n");
        return h.ToString();
    }

    /// <summary>HTML-escapes text for element content and attribute values (<c>&amp; &lt; &gt; " '</c>).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    private static string E(string text) => Escape(text);

    private static string D(NodaTime.LocalDate date) => date.ToString("dd/MM/uuuu", CultureInfo.InvariantCulture);

    private static string Css(IndicatorStatus s) => s switch
    {
        IndicatorStatus.Met => "met",
        IndicatorStatus.NotMet => "notmet",
        IndicatorStatus.MissingData => "missing",
        IndicatorStatus.InProgress => "progress",
        _ => "na",
    };

    private static string Colour(IndicatorStatus s) => s switch
    {
        IndicatorStatus.Met => "#1b7f3b",
        IndicatorStatus.NotMet => "#b3261e",
        IndicatorStatus.MissingData => "#8a6d00",
        IndicatorStatus.InProgress => "#1f5fa8",
        _ => "#6b6b6b",
    };

    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static void Tiles(StringBuilder h, IndicatorReport report)
    {
        h.Append("<div class=\"tiles\">\n");
        h.Append("<div class=\"tile\"><b>").Append(report.Indicators.Length).Append("</b>Chỉ tiêu được đánh giá</div>\n");
        foreach (var s in new[] { IndicatorStatus.Met, IndicatorStatus.NotMet, IndicatorStatus.InProgress, IndicatorStatus.MissingData, IndicatorStatus.NotApplicable })
        {
            h.Append("<div class=\"tile ").Append(Css(s)).Append("\"><b>").Append(TextFormat.Integer(report.Count(s))).Append("</b>").Append(E(ReportTexts.Of(s).Vietnamese)).Append("</div>\n");
        }

        h.Append("</div>\n");
    }

    private static string AttainmentChart(IndicatorReport report)
    {
        const int left = 130, barMax = 560, rowH = 22, top = 24;
        var rows = report.Indicators;
        var height = top + (rows.Length * rowH) + 16;
        var s = new StringBuilder();
        s.Append("<svg role=\"img\" aria-label=\"").Append(E("Biểu đồ mức độ đạt chỉ tiêu")).Append("\" width=\"100%\" viewBox=\"0 0 ").Append(left + barMax + 200).Append(' ').Append(height).Append("\">\n");
        s.Append("<text x=\"").Append(left).Append("\" y=\"14\">0%</text><text x=\"").Append(left + barMax - 30).Append("\" y=\"14\">100%</text>\n");
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            var y = top + (i * rowH);
            s.Append("<text x=\"4\" y=\"").Append(y + 14).Append("\">").Append(E(r.Code)).Append("</text>\n");
            s.Append("<rect x=\"").Append(left).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(barMax).Append("\" height=\"14\" fill=\"#eeeeee\"/>\n");
            var shown = r.Value ?? (r.Denominator > 0 ? (decimal)r.Numerator / r.Denominator : 0m);
            var fraction = r.Target.Unit == IndicatorUnit.Percent || r.Target.Unit == IndicatorUnit.Boolean ? Math.Clamp((double)shown, 0, 1) : (r.Met == true ? 1 : 0.5);
            var colour = Colour(r.Status);
            var dashed = r.Value is null ? " fill-opacity=\"0.45\"" : string.Empty;
            s.Append("<rect x=\"").Append(left).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(N(fraction * barMax)).Append("\" height=\"14\" fill=\"").Append(colour).Append('"').Append(dashed).Append("><title>")
                .Append(E($"{r.Code}: {TextFormat.Ratio(r.Numerator, r.Denominator)} — {ReportTexts.Of(r.Status).Vietnamese}")).Append("</title></rect>\n");
            if (r.Target.Unit == IndicatorUnit.Percent)
            {
                var tx = left + ((double)r.Target.Value * barMax);
                s.Append("<line x1=\"").Append(N(tx)).Append("\" x2=\"").Append(N(tx)).Append("\" y1=\"").Append(y + 1).Append("\" y2=\"").Append(y + 19).Append("\" stroke=\"#000\" stroke-width=\"2\"/>\n");
            }

            var label = r.Value is { } v ? IndicatorTarget.FormatText(v, r.Target.Unit).Vietnamese : TextFormat.Ratio(r.Numerator, r.Denominator);
            s.Append("<text x=\"").Append(left + barMax + 8).Append("\" y=\"").Append(y + 14).Append("\">").Append(E($"{label} · {ReportTexts.Of(r.Status).Vietnamese}")).Append("</text>\n");
        }

        s.Append("</svg>");
        return s.ToString();
    }

    private static string CoverageChart(IndicatorReport report)
    {
        if (report.Coverage.IsEmpty)
        {
            return "<p>" + E("Không có chỉ tiêu độ bao phủ áp dụng cho kỳ này, hoặc phạm vi không có đơn vị trực thuộc.") + "</p>";
        }

        const int left = 260, barMax = 520, rowH = 22, top = 8;
        var rows = report.Coverage;
        var s = new StringBuilder();
        s.Append("<svg role=\"img\" aria-label=\"").Append(E("Biểu đồ độ bao phủ theo đơn vị")).Append("\" width=\"100%\" viewBox=\"0 0 ").Append(left + barMax + 170).Append(' ').Append(top + (rows.Length * rowH) + 8).Append("\">\n");
        for (var i = 0; i < rows.Length; i++)
        {
            var c = rows[i];
            var y = top + (i * rowH);
            var fraction = c.Total > 0 ? (double)c.Covered / c.Total : 0;
            s.Append("<text x=\"4\" y=\"").Append(y + 14).Append("\">").Append(E(Shorten(c.Name, 40))).Append("</text>\n");
            s.Append("<rect x=\"").Append(left).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(barMax).Append("\" height=\"14\" fill=\"#eeeeee\"/>\n");
            s.Append("<rect x=\"").Append(left).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(N(fraction * barMax)).Append("\" height=\"14\" fill=\"").Append(fraction >= 1 ? "#1b7f3b" : "#1f5fa8").Append("\"><title>")
                .Append(E($"{c.Name}: {TextFormat.Ratio(c.Covered, c.Total)}")).Append("</title></rect>\n");
            var text = c.Total > 0 ? $"{TextFormat.Ratio(c.Covered, c.Total)} ({TextFormat.Percent((decimal)c.Covered * 100m / c.Total)})" : "—";
            if (c.MissingData > 0)
            {
                text += $" · thiếu dữ liệu {TextFormat.Integer(c.MissingData)}";
            }

            s.Append("<text x=\"").Append(left + barMax + 8).Append("\" y=\"").Append(y + 14).Append("\">").Append(E(text)).Append("</text>\n");
        }

        s.Append("</svg>");
        return s.ToString();
    }

    private static string DisciplineChart(IndicatorReport report)
    {
        if (report.Discipline.IsEmpty)
        {
            return "<p>" + E("Không có số liệu kỷ luật cho kỳ này trong dữ liệu được cung cấp.") + "</p>";
        }

        const int left = 150, barMax = 520, rowH = 34, top = 24;
        var rows = report.Discipline;
        var max = Math.Max(1, rows.Max(d => Math.Max(d.Organizations, d.Members)));
        var s = new StringBuilder();
        s.Append("<svg role=\"img\" aria-label=\"").Append(E("Biểu đồ kỷ luật theo hình thức")).Append("\" width=\"100%\" viewBox=\"0 0 ").Append(left + barMax + 120).Append(' ').Append(top + (rows.Length * rowH) + 8).Append("\">\n");
        s.Append("<rect x=\"").Append(left).Append("\" y=\"4\" width=\"12\" height=\"10\" fill=\"#a50e0e\"/><text x=\"").Append(left + 16).Append("\" y=\"13\">").Append(E("Tổ chức đảng")).Append("</text>");
        s.Append("<rect x=\"").Append(left + 130).Append("\" y=\"4\" width=\"12\" height=\"10\" fill=\"#e08a00\"/><text x=\"").Append(left + 146).Append("\" y=\"13\">").Append(E("Đảng viên")).Append("</text>\n");
        for (var i = 0; i < rows.Length; i++)
        {
            var d = rows[i];
            var y = top + (i * rowH);
            s.Append("<text x=\"4\" y=\"").Append(y + 18).Append("\">").Append(E(d.Form.Vietnamese)).Append("</text>\n");
            s.Append("<rect x=\"").Append(left).Append("\" y=\"").Append(y + 2).Append("\" width=\"").Append(N((double)d.Organizations / max * barMax)).Append("\" height=\"12\" fill=\"#a50e0e\"/>\n");
            s.Append("<text x=\"").Append(N(left + ((double)d.Organizations / max * barMax) + 4)).Append("\" y=\"").Append(y + 12).Append("\">").Append(TextFormat.Integer(d.Organizations)).Append("</text>\n");
            s.Append("<rect x=\"").Append(left).Append("\" y=\"").Append(y + 16).Append("\" width=\"").Append(N((double)d.Members / max * barMax)).Append("\" height=\"12\" fill=\"#e08a00\"/>\n");
            s.Append("<text x=\"").Append(N(left + ((double)d.Members / max * barMax) + 4)).Append("\" y=\"").Append(y + 26).Append("\">").Append(TextFormat.Integer(d.Members)).Append("</text>\n");
        }

        s.Append("</svg>");
        return s.ToString();
    }

    private static void Table(StringBuilder h, IndicatorReport report)
    {
        h.Append("<table>\n<thead><tr><th>Mã</th><th>Chỉ tiêu</th><th>Kết quả</th><th>Tử số/Mẫu số</th><th>Giá trị</th><th>Chỉ tiêu đặt ra</th><th>Đơn vị không đạt</th><th>Thiếu dữ liệu</th><th>Căn cứ</th></tr></thead>\n<tbody>\n");
        foreach (var r in report.Indicators)
        {
            h.Append("<tr><td>").Append(E(r.Code)).Append("</td><td>").Append(E(r.Text.Vietnamese));
            if (!r.Verified)
            {
                h.Append("<br><span class=\"unverified\">").Append(E("(cách đo/chỉ tiêu chưa kiểm chứng)")).Append("</span>");
            }

            h.Append("</td><td class=\"st ").Append(Css(r.Status)).Append("\">").Append(E(ReportTexts.Of(r.Status).Vietnamese)).Append("</td>");
            h.Append("<td class=\"num\">").Append(TextFormat.Ratio(r.Numerator, r.Denominator)).Append("</td>");
            h.Append("<td class=\"num\">").Append(E(r.Value is { } v ? IndicatorTarget.FormatText(v, r.Target.Unit).Vietnamese : "—")).Append("</td>");
            h.Append("<td class=\"num\">").Append(E(r.Target.Text.Vietnamese)).Append("</td>");
            h.Append("<td class=\"num\">").Append(TextFormat.Integer(r.UnitsMissed)).Append("</td><td class=\"num\">").Append(TextFormat.Integer(r.UnitsMissingData)).Append("</td>");
            h.Append("<td title=\"").Append(E(r.Source.ToString())).Append("\">").Append(E(r.Source.Article is { } a ? $"{r.Source.RuleSetId.Value}, {a}" : r.Source.RuleSetId.Value)).Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n<p class=\"meta\">Căn cứ:</p>\n<ul class=\"facts\">\n");
        foreach (var source in report.Indicators.Select(r => r.Source).DistinctBy(x => x.RuleSetId))
        {
            h.Append("<li>").Append(E($"{source.RuleSetId}: {source.Instrument}")).Append("</li>\n");
        }

        h.Append("</ul>\n");
    }

    private static void Ratings(StringBuilder h, IndicatorReport report)
    {
        if (report.Ratings.IsEmpty)
        {
            return;
        }

        h.Append("<h2>Điều kiện xếp loại</h2>\n<ul>\n");
        foreach (var r in report.Ratings)
        {
            h.Append("<li>").Append(E($"{r.Rating.Vietnamese}: {ReportTexts.OfRating(r.MayBeGiven).Vietnamese}"));
            if (!r.Blocking.IsEmpty)
            {
                h.Append(E($" — chỉ tiêu không đạt: {string.Join(", ", r.Blocking)}"));
            }

            if (!r.Undetermined.IsEmpty)
            {
                h.Append(E($" — chưa xác định: {string.Join(", ", r.Undetermined)}"));
            }

            h.Append("</li>\n");
        }

        h.Append("</ul>\n");
    }

    private static void DrillDown(StringBuilder h, IndicatorReport report)
    {
        var any = false;
        foreach (var r in report.Indicators.Where(r => !r.Misses.IsEmpty || !r.MissingData.IsEmpty))
        {
            any = true;
            h.Append("<details>\n<summary>").Append(E($"{r.Code} — {ReportTexts.Of(r.Status).Vietnamese}: {TextFormat.Integer(r.UnitsMissed)} đơn vị không đạt, {TextFormat.Integer(r.UnitsMissingData)} đơn vị thiếu dữ liệu")).Append("</summary>\n");
            h.Append("<p>").Append(E(r.Reason.Vietnamese)).Append("</p>\n");
            Units(h, "Không đạt", r.Misses, r.UnitsMissed);
            Units(h, "Thiếu dữ liệu", r.MissingData, r.UnitsMissingData);
            h.Append("</details>\n");
        }

        if (!any)
        {
            h.Append("<p>").Append(E("Không có đơn vị nào không đạt hoặc thiếu dữ liệu.")).Append("</p>\n");
        }
    }

    private static void Units(StringBuilder h, string heading, IReadOnlyList<ReportUnit> units, int total)
    {
        if (units.Count == 0)
        {
            return;
        }

        h.Append("<p><b>").Append(E(heading)).Append("</b>");
        if (units.Count < total)
        {
            h.Append(E($" (liệt kê {TextFormat.Ratio(units.Count, total)} đơn vị)"));
        }

        h.Append("</p>\n<ul>\n");
        foreach (var u in units)
        {
            h.Append("<li>").Append(E($"{u.Name} ({u.Id}): {u.Reason.Vietnamese}")).Append("\n<ul class=\"facts\">\n");
            foreach (var f in u.Facts)
            {
                h.Append("<li>").Append(f.Counted ? "✔ " : "✘ ").Append(E($"{f.RecordId}: {f.Note.Vietnamese}")).Append("</li>\n");
            }

            h.Append("</ul></li>\n");
        }

        h.Append("</ul>\n");
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
