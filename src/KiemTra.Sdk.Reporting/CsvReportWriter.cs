using System.Globalization;
using System.Text;
using KiemTra.Sdk.Indicators;

namespace KiemTra.Sdk.Reporting;

/// <summary>
/// Writes a report as CSV (<i>xuất CSV</i>) for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Vietnamese
/// correctly), CRLF line ends, fields quoted per RFC 4180 when they hold a comma, quote, CR or LF (quotes doubled).
/// One <c>note</c> row per report note, then one row per indicator followed by one row per listed unit (missing the target or missing data).
/// A field that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is written with a leading
/// apostrophe, so that a spreadsheet shows it as text instead of running it as a formula (CSV formula injection: a unit or
/// indicator name is data a host's users typed).
/// </summary>
public static class CsvReportWriter
{
    /// <summary>The header row's fields.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "row", "code", "indicator", "status", "numerator", "denominator", "value", "comparator", "target", "unit", "met",
        "units_counted", "units_missed", "units_missing_data", "unit_id", "unit_name", "reason", "source", "verified",
    ];

    /// <summary>The CSV as bytes, starting with the UTF-8 byte-order mark.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] Write(IndicatorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        Line(sb, Header);
        foreach (var note in report.Notes)
        {
            Line(sb, ["note", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, note.Vietnamese, string.Empty, string.Empty]);
        }

        foreach (var r in report.Indicators)
        {
            Line(sb,
            [
                "indicator", r.Code, r.Text.Vietnamese, ReportTexts.Of(r.Status).Vietnamese,
                Number(r.Numerator), Number(r.Denominator),
                r.Value is { } v ? Math.Round(v, 4).ToString(CultureInfo.InvariantCulture) : string.Empty,
                IndicatorTarget.Symbol(r.Target.Comparator), r.Target.Value.ToString(CultureInfo.InvariantCulture), r.Target.Unit.ToString().ToLowerInvariant(),
                r.Met is { } met ? (met ? "true" : "false") : string.Empty,
                Number(r.UnitsCounted), Number(r.UnitsMissed), Number(r.UnitsMissingData),
                string.Empty, string.Empty, r.Reason.Vietnamese, r.Source.ToString(), r.Verified ? "true" : "false",
            ]);
            foreach (var (kind, units) in new[] { ("miss", r.Misses), ("missing_data", r.MissingData) })
            {
                foreach (var u in units)
                {
                    Line(sb,
                    [
                        kind, r.Code, r.Text.Vietnamese, ReportTexts.Of(r.Status).Vietnamese,
                        Number(u.Numerator), Number(u.Denominator), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
                        string.Empty, string.Empty, string.Empty, u.Id, u.Name, ReportTexts.UnitReason(u), r.Source.ToString(), r.Verified ? "true" : "false",
                    ]);
                }
            }
        }

        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(sb.ToString());
        var bytes = new byte[preamble.Length + body.Length];
        preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, preamble.Length);
        return bytes;
    }

    /// <summary>Neutralises a formula (a leading apostrophe before <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR), then quotes the field per RFC 4180 when it needs it.</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder sb, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(Quote(fields[i]));
        }

        sb.Append("\r\n");
    }
}
