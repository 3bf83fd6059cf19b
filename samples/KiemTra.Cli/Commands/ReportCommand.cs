using System.CommandLine;
using System.Text;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Reporting;

namespace KiemTra.Cli.Commands;

/// <summary>
/// <c>kiemtra report</c>: evaluates every indicator over a subtree and a period and writes <c>report.html</c>,
/// <c>report.json</c> and <c>report.csv</c> (R-T6, R-R2, R-R3), printing the summary table; progress goes to stderr.
/// </summary>
internal static class ReportCommand
{
    private static readonly string[] Formats = ["html", "json", "csv"];

    public static Command Create(CliContext context)
    {
        var scope = new Option<string?>("--scope") { Description = "Mã tổ chức (mặc định: tỉnh) / organisation id (default: the province)" };
        var period = new Option<string?>("--period") { Description = "Kỳ: 2025, 2025Q3, term:2025-2030, midterm:2025-2030, final:2025-2030 (mặc định: năm trọn gần nhất) / period (default: the latest complete year)" };
        var dataset = new Option<string?>("--dataset") { Description = "Tệp dữ liệu chỉ tiêu JSON (mặc định: tỉnh Thái Nguyên giả lập) / indicator data set file (default: the embedded synthetic Thái Nguyên)" };
        var register = new Option<string?>("--register") { Description = "Tệp sổ theo dõi công tác JSON (đánh giá trên hệ thống tổ chức của tỉnh mẫu) / register of the work file (evaluated over the embedded province's hierarchy)" };
        var output = new Option<string?>("--out") { Description = "Thư mục ghi báo cáo (mặc định: ./kiemtra-report) / output directory" };
        var format = new Option<string?>("--format") { Description = "Định dạng, phân cách bằng dấu phẩy: html,json,csv / formats" };
        var command = new Command("report", "Báo cáo kết quả thực hiện chỉ tiêu / indicator report (HTML, JSON, CSV)") { scope, period, dataset, register, output, format };
        command.SetAction(parse =>
        {
            var formats = ParseFormats(parse.GetValue(format));
            var directory = parse.GetValue(output) ?? "kiemtra-report";
            context.Error.WriteLine("kiemtra: [1/3] nạp dữ liệu / loading data…");
            var today = context.Clock.GetCurrentInstant().InZone(context.Zone).Date;
            var data = IndicatorData.Load(parse.GetValue(dataset), parse.GetValue(register), today);
            var root = data.Scope(parse.GetValue(scope));
            var p = data.Period(parse.GetValue(period));
            context.Error.WriteLine($"kiemtra: [2/3] đánh giá {context.Sdk.Indicators.Indicators.Length} chỉ tiêu cho {root}, {p.Code} / evaluating…");
            var report = IndicatorReport.Build(context.Sdk.Indicators, data.Data, root, p, today, context.Sdk.Evaluator, discipline: data.Discipline(context.Sdk, root, p), notes: data.Notes);
            ConsoleReportWriter.Write(report, context.Out);
            context.Error.WriteLine($"kiemtra: [3/3] ghi báo cáo vào / writing to {directory}…");
            Directory.CreateDirectory(directory);
            context.Out.WriteLine();
            foreach (var f in formats)
            {
                var path = Path.Combine(directory, $"report.{f}");
                switch (f)
                {
                    case "html":
                        File.WriteAllText(path, HtmlReportWriter.Write(report), new UTF8Encoding(false));
                        break;
                    case "json":
                        File.WriteAllText(path, JsonReportWriter.Write(report), new UTF8Encoding(false));
                        break;
                    default:
                        File.WriteAllBytes(path, CsvReportWriter.Write(report));
                        break;
                }

                context.Out.WriteLine($"Đã ghi / wrote {path}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyList<string> ParseFormats(string? text)
    {
        if (text is null)
        {
            return Formats;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => p.ToLowerInvariant()).Distinct().ToList();
        var unknown = parts.FirstOrDefault(p => !Formats.Contains(p));
        if (parts.Count == 0 || unknown is not null)
        {
            throw new CliUsageException($"--format: '{unknown ?? text}' không hợp lệ; dùng html, json, csv / is not a format; use html, json, csv");
        }

        return parts;
    }
}
