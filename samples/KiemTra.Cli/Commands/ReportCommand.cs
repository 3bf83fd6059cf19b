using System.CommandLine;
using System.Text;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Reporting.Documents;

namespace KiemTra.Cli.Commands;

/// <summary>
/// <c>kiemtra report</c>: evaluates every indicator over a subtree and a period and writes <c>report.html</c>,
/// <c>report.json</c> and <c>report.csv</c> (R-T6, R-R2, R-R3) by default, and on request (<c>--format docx,xlsx</c>) the report
/// in the party's document format and the statistical tables (R-R4), printing the summary table; progress goes to stderr.
/// </summary>
internal static class ReportCommand
{
    private static readonly string[] Formats = ["html", "json", "csv", "docx", "xlsx"];

    /// <summary>What <c>report</c> writes without <c>--format</c>.</summary>
    private static readonly string[] DefaultFormats = ["html", "json", "csv"];

    public static Command Create(CliContext context)
    {
        var scope = new Option<string?>("--scope") { Description = "Mã tổ chức (mặc định: tỉnh) / organisation id (default: the province)" };
        var period = new Option<string?>("--period") { Description = "Kỳ: 2025, 2025Q3, term:2025-2030, midterm:2025-2030, final:2025-2030 (mặc định: năm trọn gần nhất) / period (default: the latest complete year)" };
        var register = new Option<string?>("--register") { Description = "Tệp sổ theo dõi công tác JSON (mặc định: sổ của tỉnh Thái Nguyên giả lập; đánh giá trên hệ thống tổ chức của tỉnh mẫu) / register of the work file (default: the embedded synthetic Thái Nguyên's; evaluated over the embedded province's hierarchy)" };
        var output = new Option<string?>("--out") { Description = "Thư mục ghi báo cáo (mặc định: ./kiemtra-report) / output directory" };
        var format = new Option<string?>("--format") { Description = "Định dạng, phân cách bằng dấu phẩy: html,json,csv,docx,xlsx (mặc định: html,json,csv) / formats (default: html,json,csv)" };
        var command = new Command("report", "Báo cáo kết quả thực hiện chỉ tiêu / indicator report (HTML, JSON, CSV, DOCX, XLSX)") { scope, period, register, output, format };
        command.SetAction(parse =>
        {
            var formats = ParseFormats(parse.GetValue(format));
            var directory = parse.GetValue(output) ?? "kiemtra-report";
            CliFiles.EnsureDirectory("--out", directory);
            context.Error.WriteLine("kiemtra: [1/3] nạp dữ liệu / loading data…");
            var today = context.Clock.GetCurrentInstant().InZone(context.Zone).Date;
            var data = IndicatorData.Load(parse.GetValue(register), today);
            var root = data.Scope(parse.GetValue(scope));
            var p = data.Period(parse.GetValue(period));
            context.Error.WriteLine($"kiemtra: [2/3] đánh giá {context.Sdk.Indicators.Indicators.Length} chỉ tiêu cho {root}, {p.Code} / evaluating…");
            var report = IndicatorReport.Build(context.Sdk.Indicators, data.Data, root, p, today, context.Sdk.Evaluator, discipline: data.Discipline(context.Sdk, root, p), notes: data.Notes);
            ConsoleReportWriter.Write(report, context.Out);
            context.Error.WriteLine($"kiemtra: [3/3] ghi báo cáo vào / writing to {directory}…");
            context.Out.WriteLine();
            foreach (var f in formats)
            {
                var bytes = f switch
                {
                    "html" => new UTF8Encoding(false).GetBytes(HtmlReportWriter.Write(report)),
                    "json" => new UTF8Encoding(false).GetBytes(JsonReportWriter.Write(report)),
                    "docx" => DocxReportWriter.Write(WorkReportOf(context, data, root, p, report), SampleDocumentHeader),
                    "xlsx" => XlsxReportWriter.Write(WorkReportOf(context, data, root, p, report)),
                    _ => CsvReportWriter.Write(report),
                };

                // A temporary file in the folder renamed over report.<f>: a planted symbolic link is replaced, never followed.
                var path = CliFiles.WriteReplacing("--out", directory, $"report.{f}", bytes);
                context.Out.WriteLine($"Đã ghi / wrote {path}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The header of the sample province's commission (the embedded data is Thái Nguyên's hierarchy).</summary>
    private static PartyDocumentHeader SampleDocumentHeader => PartyDocumentHeader.ProvincialInspectionCommission("Thái Nguyên");

    /// <summary>The indicator report with the statistics and early warnings of the same register, scope and period.</summary>
    private static WorkReport WorkReportOf(CliContext context, IndicatorData data, KiemTra.Sdk.Organization.OrganizationId scope, ReportingPeriod period, IndicatorReport report)
    {
        var statistics = data.Statistics(context.Sdk, scope, period);
        var (rules, findings) = data.Synthetic ? WarningsCommand.Evaluate(context, period.End.Year) : ([], []);
        return WorkReport.Create(report, statistics, WarningTally.From(rules, findings));
    }

    private static IReadOnlyList<string> ParseFormats(string? text)
    {
        if (text is null)
        {
            return DefaultFormats;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => p.ToLowerInvariant()).Distinct().ToList();
        var unknown = parts.FirstOrDefault(p => !Formats.Contains(p));
        if (parts.Count == 0 || unknown is not null)
        {
            throw new CliUsageException($"--format: '{unknown ?? text}' không hợp lệ; dùng html, json, csv, docx, xlsx / is not a format; use html, json, csv, docx, xlsx");
        }

        return parts;
    }
}
