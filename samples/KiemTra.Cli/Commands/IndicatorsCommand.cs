using System.CommandLine;
using System.Globalization;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Reporting;

namespace KiemTra.Cli.Commands;

/// <summary>
/// <c>kiemtra indicators [--json]</c> lists the catalogue (R-T1…R-T5); <c>kiemtra indicators evaluate --code --scope
/// --period [--json]</c> evaluates one indicator over a subtree and a period (R-T6).
/// </summary>
internal static class IndicatorsCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "In JSON / print JSON" };
        var command = new Command("indicators", "Danh mục chỉ tiêu và đánh giá / indicator catalogue and evaluation") { json };
        command.SetAction(parse =>
        {
            var catalog = context.Sdk.Indicators;
            if (parse.GetValue(json))
            {
                CliJson.WriteLine(context, w =>
                {
                    w.WriteStartArray();
                    foreach (var i in catalog.Indicators)
                    {
                        w.WriteStartObject();
                        w.WriteString("code", i.Code);
                        w.WriteString("text", i.Text.Vietnamese);
                        w.WriteString("textEn", i.Text.English);
                        w.WriteString("comparator", IndicatorTarget.Symbol(i.Target.Comparator));
                        w.WriteNumber("target", i.Target.Value);
                        w.WriteString("unit", i.Target.Unit.ToString().ToLowerInvariant());
                        w.WriteString("measure", i.Measure);
                        w.WriteString("numerator", i.Numerator.Vietnamese);
                        w.WriteString("denominator", i.Denominator.Vietnamese);
                        w.WriteString("periodKind", i.PeriodKind.ToString().ToLowerInvariant());
                        w.WriteNumber("validFrom", i.ValidFromYear);
                        w.WriteNumber("validTo", i.ValidToYear);
                        w.WriteString("source", i.Source.ToString());
                        w.WriteBoolean("verified", i.Verified);
                        if (i.NotMeasured is { } notMeasured)
                        {
                            w.WriteString("notMeasured", notMeasured.Vietnamese);
                            w.WriteString("notMeasuredEn", notMeasured.English);
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
                return ExitCodes.Success;
            }

            foreach (var i in catalog.Indicators)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i.Code,-14} {i.Target,-8} {i.PeriodKind,-6} {i.ValidFromYear}–{i.ValidToYear}  {i.Text.Vietnamese}"));
                context.Out.WriteLine($"{string.Empty,-14} Căn cứ / source: {i.Source}");
                if (i.NotMeasured is { } notMeasured)
                {
                    context.Out.WriteLine($"{string.Empty,-14} Chưa đo: {notMeasured.Vietnamese}");
                    context.Out.WriteLine($"{string.Empty,-14} Not measured: {notMeasured.English}");
                }
            }

            return ExitCodes.Success;
        });
        command.Subcommands.Add(Evaluate(context));
        return command;
    }

    private static Command Evaluate(CliContext context)
    {
        var code = new Option<string>("--code") { Description = "Mã chỉ tiêu, ví dụ KL34-2025-04 / indicator code", Required = true };
        var scope = new Option<string?>("--scope") { Description = "Mã tổ chức (mặc định: tỉnh) / organisation id" };
        var period = new Option<string?>("--period") { Description = "Kỳ: 2025, 2025Q3, term:2025-2030 / period (default: the latest complete year)" };
        var register = new Option<string?>("--register") { Description = "Tệp sổ theo dõi công tác JSON / register of the work file" };
        var json = new Option<bool>("--json") { Description = "In JSON / print JSON" };
        var command = new Command("evaluate", "Đánh giá một chỉ tiêu / evaluate one indicator") { code, scope, period, register, json };
        command.SetAction(parse =>
        {
            var codeText = parse.GetValue(code)!;
            if (!context.Sdk.Indicators.TryGet(codeText, out var indicator))
            {
                throw new CliUsageException($"--code: không có chỉ tiêu '{codeText}' / no indicator '{codeText}' (kiemtra indicators lists them)");
            }

            var data = IndicatorData.Load(parse.GetValue(register), context.Clock.GetCurrentInstant().InZone(context.Zone).Date);
            var root = data.Scope(parse.GetValue(scope));
            var p = data.Period(parse.GetValue(period));
            var result = context.Sdk.Evaluator.Evaluate(indicator, data.Data, root, p);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonReportWriter.Write(result));
                return ExitCodes.Success;
            }

            var o = context.Out;
            o.WriteLine($"{indicator.Code} — {indicator.Text.Vietnamese}");
            o.WriteLine($"Phạm vi / scope: {result.ScopeName} ({result.Scope}); kỳ / period: {p.Label.Vietnamese} ({p.Code})");
            o.WriteLine($"Kết quả / status: {ReportTexts.Of(result.Status).Vietnamese} / {ReportTexts.Of(result.Status).English}");
            o.WriteLine($"Tử số / numerator: {result.Numerator}; mẫu số / denominator: {result.Denominator}; giá trị / value: {(result.Value is { } v ? IndicatorTarget.Format(v, result.Target.Unit) : "—")}; chỉ tiêu / target: {result.Target}");
            o.WriteLine($"  {result.Reason.Vietnamese}");
            o.WriteLine($"  {result.Reason.English}");
            foreach (var u in result.Misses)
            {
                o.WriteLine($"  ✘ {u.UnitName} ({u.UnitId}): {u.Numerator}/{u.Denominator}");
            }

            foreach (var u in result.MissingData)
            {
                o.WriteLine($"  ? {u.UnitName} ({u.UnitId}): thiếu dữ liệu / data missing");
            }

            if (data.Synthetic)
            {
                o.WriteLine($"Lưu ý / note: {data.Notes[0].Vietnamese}");
            }

            o.WriteLine($"Căn cứ / source: {indicator.Source}");
            return ExitCodes.Success;
        });
        return command;
    }
}
