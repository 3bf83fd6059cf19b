using System.Globalization;
using KiemTra.Sdk.Indicators;

namespace KiemTra.Sdk.Reporting;

/// <summary>Writes a report's indicator summary as a plain-text table for a terminal (<i>bảng tóm tắt</i>).</summary>
public static class ConsoleReportWriter
{
    /// <summary>Writes the title, the summary counts, one line per indicator and the gated ratings.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IndicatorReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(report.Title.Vietnamese);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Dữ liệu đến / data as of {report.DataAsOf:uuuu-MM-dd}; lập ngày / generated {report.GeneratedOn:uuuu-MM-dd}"));
        foreach (var note in report.Notes)
        {
            output.WriteLine($"Lưu ý / note: {note.Vietnamese} / {note.English}");
        }

        output.WriteLine(string.Join("; ", Enum.GetValues<IndicatorStatus>().Select(s => $"{ReportTexts.Of(s).Vietnamese}: {TextFormat.Integer(report.Count(s))}")));
        output.WriteLine();
        var rows = report.Indicators.Select(r => new[]
        {
            r.Code,
            ReportTexts.Code(r.Status),
            TextFormat.Ratio(r.Numerator, r.Denominator),
            r.Value is { } v ? IndicatorTarget.FormatText(v, r.Target.Unit).Vietnamese : "—",
            r.Target.Text.Vietnamese,
            TextFormat.Integer(r.UnitsMissed),
            TextFormat.Integer(r.UnitsMissingData),
        }).ToList();
        var header = new[] { "Mã/Code", "Kết quả/Status", "Tử/Mẫu", "Giá trị/Value", "Chỉ tiêu/Target", "Không đạt/Missed", "Thiếu DL/Missing" };
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(Format(header, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Format(row, widths));
        }

        foreach (var rating in report.Ratings)
        {
            output.WriteLine();
            var blocking = rating.Blocking.IsEmpty ? string.Empty : $" — vướng / blocked by {string.Join(", ", rating.Blocking)}";
            output.WriteLine($"{rating.Rating.Vietnamese}: {ReportTexts.OfRating(rating.MayBeGiven).Vietnamese}{blocking}");
        }
    }

    private static string Format(string[] cells, int[] widths) => string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
}
