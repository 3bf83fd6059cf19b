using System.CommandLine;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.EarlyWarning;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Cli.Commands;

/// <summary>
/// <c>kiemtra warnings [--year 2026] [--json]</c>: early warnings (R-S5) over the seeded year of activity of the embedded
/// province, with the built-in rules: overdue conclusions (error after 60 days), a subject denounced 3 times in 12 months,
/// high-risk fields without a case in 2 years, organisations not covered this term (since 1/10/2025), personnel actions
/// during discipline.
/// </summary>
internal static class WarningsCommand
{
    private static readonly LocalDate TermStart = new(2025, 10, 1);

    public static Command Create(CliContext context)
    {
        var year = new Option<int?>("--year") { Description = "Năm (mặc định: năm hiện tại) / year (default: this year)" };
        var json = new Option<bool>("--json") { Description = "Xuất JSON / JSON output" };
        var command = new Command("warnings", "Cảnh báo sớm trên dữ liệu mẫu / early warnings over the sample data");
        command.Options.Add(year);
        command.Options.Add(json);
        command.SetAction(parsed =>
        {
            var activity = SampleActivity.For(context, parsed.GetValue(year));
            var monitor = DeadlineMonitor.Create(context.Clock, context.Zone, context.Sdk.Calendar, DueSoonWindow.WorkingDays(5));
            var engine = EarlyWarningEngine.Create(EarlyWarningRules.BuiltIn(
                DisciplineEffectPolicy.FromRules(context.Sdk.Rules, activity.From), OversightCatalogues.BuiltIn,
                overdueEscalationDays: 60, denunciationThreshold: 3, denunciationWindow: Period.FromMonths(12), highRiskLookBack: Period.FromYears(2), coverageTarget: null));
            var findings = engine.Evaluate(new EarlyWarningContext
            {
                Monitor = monitor,
                TermStart = TermStart,
                Organizations = activity.Organizations,
                HighRiskFields = activity.HighRiskFields,
                Cases = activity.Cases,
                FollowUp = activity.FollowUp,
                Denunciations = activity.Denunciations,
                Decisions = activity.Decisions,
                PersonnelActions = activity.PersonnelActions,
            });
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

            context.Out.WriteLine($"Cảnh báo sớm / early warnings, năm / year {activity.Year}: {findings.Count}");
            foreach (var group in findings.GroupBy(f => f.Code))
            {
                context.Out.WriteLine($"{group.Key}: {group.Count()}");
            }

            foreach (var f in findings)
            {
                context.Out.WriteLine(f.ToString());
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
