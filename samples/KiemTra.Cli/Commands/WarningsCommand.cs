using System.CommandLine;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.EarlyWarning;
using KiemTra.Sdk.Inspection;
using KiemTra.SampleProvince;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Cli.Commands;

/// <summary>
/// <c>kiemtra warnings [--year 2026] [--json]</c>: early warnings (R-S5) over the embedded province's register of the work
/// (the same register <c>report</c> and <c>cases stats</c> read), seen on the last day of the year (or the sample's
/// extraction date), with the built-in rules: overdue conclusions (error after 60 days), a subject denounced 3 times in 12
/// months, high-risk fields without a case in 2 years, organisations not covered this term (since 1/10/2025), personnel
/// actions during discipline.
/// </summary>
internal static class WarningsCommand
{
    public static Command Create(CliContext context)
    {
        var year = new Option<int?>("--year") { Description = "Năm (mặc định: năm hiện tại) / year (default: this year)" };
        var json = new Option<bool>("--json") { Description = "Xuất JSON / JSON output" };
        var command = new Command("warnings", "Cảnh báo sớm trên dữ liệu mẫu / early warnings over the sample data");
        command.Options.Add(year);
        command.Options.Add(json);
        command.SetAction(parsed =>
        {
            var y = SampleActivity.Year(context, parsed.GetValue(year));
            var (_, findings) = Evaluate(context, y);
            if (parsed.GetValue(json))
            {
                CliJson.WriteLine(context, w =>
                {
                    w.WriteStartArray();
                    foreach (var f in findings)
                    {
                        w.WriteStartObject();
                        w.WriteString("code", f.Code);
                        w.WriteString("severity", f.Severity.ToString());
                        w.WriteString("subject", f.SubjectId);
                        w.WriteString("vi", f.Message.Vietnamese);
                        w.WriteString("en", f.Message.English);
                        if (f.Rule is not null)
                        {
                            w.WriteString("rule", f.Rule.ToString());
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
                return ExitCodes.Success;
            }

            context.Out.WriteLine($"Cảnh báo sớm / early warnings, năm / year {y}: {KiemTra.Sdk.Formatting.TextFormat.Integer(findings.Count)}");
            foreach (var group in findings.GroupBy(f => f.Code))
            {
                context.Out.WriteLine($"{group.Key}: {KiemTra.Sdk.Formatting.TextFormat.Integer(group.Count())}");
            }

            foreach (var f in findings)
            {
                context.Out.WriteLine(f.ToString());
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The built-in rules and their findings over the sample register, seen on the last day of <paramref name="year"/> (or
    /// the sample's extraction date when earlier): what this command prints and what the report counts.
    /// </summary>
    internal static (IReadOnlyList<IEarlyWarningRule> Rules, IReadOnlyList<Finding> Findings) Evaluate(CliContext context, int year)
        => Evaluate(context, year, SampleActivity.Work);

    /// <summary>
    /// The findings over <paramref name="work"/> seen on the last day of <paramref name="year"/> (or its extraction date):
    /// the register is read as it stood on that day (<see cref="EarlyWarningContext.FromRegister"/>), so a fact recorded
    /// after it does not count.
    /// </summary>
    internal static (IReadOnlyList<IEarlyWarningRule> Rules, IReadOnlyList<Finding> Findings) Evaluate(CliContext context, int year, SampleWorkData work)
    {
        var yearEnd = new LocalDate(year, 12, 31);
        var seenOn = yearEnd < work.AsOf ? yearEnd : work.AsOf;
        var clock = new SeenOnClock(seenOn.AtStartOfDayInZone(context.Zone).ToInstant());
        var monitor = DeadlineMonitor.Create(clock, context.Zone, context.Sdk.Calendar, RuleDuration.Of(5, RuleDurationUnit.WorkingDays));
        var engine = EarlyWarningEngine.Create(EarlyWarningEngine.BuiltInRules(
            DisciplineRules.FromRules(context.Sdk.Rules, new LocalDate(year, 1, 1)), OversightCatalogs.BuiltIn,
            overdueEscalationDays: 60, denunciationThreshold: 3, denunciationWindow: Period.FromMonths(12), highRiskLookBack: Period.FromYears(2), coverageTarget: null));
        var findings = engine.Evaluate(EarlyWarningContext.FromRegister(work.Register, monitor, SampleWork.TermStart, work.Subordinates) with
        {
            HighRiskFields = work.HighRiskFields,
            PersonnelActions = work.PersonnelActions,
        });
        return (engine.Rules, [.. findings]);
    }
}

/// <summary>The day the warnings are seen on, as an <see cref="IClock"/> for the deadline monitor.</summary>
internal sealed class SeenOnClock(Instant seenOn) : IClock
{
    public Instant GetCurrentInstant() => seenOn;
}
