using System.Text;
using KiemTra.Sdk.Reporting.Documents;

namespace KiemTra.Sdk.Reporting;

/// <summary>
/// The report's file formats in one place (<i>định dạng tệp báo cáo</i>): the bytes, MIME type and file name of each, so a
/// CLI and a web endpoint (<c>?format=docx|xlsx|html|json|csv</c>) write exactly the same files.
/// </summary>
public static class ReportFiles
{
    /// <summary>The formats, in the order a host lists them: <c>html</c>, <c>json</c>, <c>csv</c>, <c>docx</c>, <c>xlsx</c>.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["html", "json", "csv", "docx", "xlsx"];

    /// <summary>Whether <paramref name="format"/> is one of <see cref="Formats"/> (lower case).</summary>
    public static bool IsFormat(string? format) => format is not null && Formats.Contains(format, StringComparer.Ordinal);

    /// <summary>The MIME type of a format (UTF-8 for the text formats).</summary>
    /// <exception cref="ArgumentException">The format is unknown.</exception>
    public static string ContentType(string format) => format switch
    {
        "html" => "text/html; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "docx" => DocxReportWriter.ContentType,
        "xlsx" => XlsxReportWriter.ContentType,
        _ => throw new ArgumentException($"'{format}' is not a report format; use {string.Join(", ", Formats)}.", nameof(format)),
    };

    /// <summary>A file name of plain ASCII for the report, e.g. <c>bao-cao-TN-2025.docx</c> or <c>bao-cao-TN-term-2025-2030.xlsx</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The format is unknown.</exception>
    public static string FileName(IndicatorReport report, string format)
    {
        ArgumentNullException.ThrowIfNull(report);
        _ = ContentType(format);
        var safe = new string($"{report.Scope}-{report.Period.Code}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-').ToArray());
        return $"bao-cao-{safe}.{format}";
    }

    /// <summary>Writes the report in a format: the indicator report for html, json and csv, the whole report for docx and xlsx.</summary>
    /// <param name="report">The report.</param>
    /// <param name="header">The party document's header (used by docx).</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <returns>The file's bytes (UTF-8 without BOM for html and json, with BOM for csv).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The format is unknown.</exception>
    public static byte[] Write(WorkReport report, PartyDocumentHeader header, string format)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(header);
        return format switch
        {
            "html" => new UTF8Encoding(false).GetBytes(HtmlReportWriter.Write(report.Indicators)),
            "json" => new UTF8Encoding(false).GetBytes(JsonReportWriter.Write(report.Indicators)),
            "csv" => CsvReportWriter.Write(report.Indicators),
            "docx" => DocxReportWriter.Write(report, header),
            "xlsx" => XlsxReportWriter.Write(report),
            _ => throw new ArgumentException($"'{format}' is not a report format; use {string.Join(", ", Formats)}.", nameof(format)),
        };
    }
}
