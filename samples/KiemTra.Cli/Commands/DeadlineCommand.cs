using System.CommandLine;
using System.Globalization;
using KiemTra.Sdk;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;
using NodaTime;
using NodaTime.Text;

namespace KiemTra.Cli.Commands;

/// <summary>
/// <c>kiemtra deadline --event 2026-02-13 (--working-days 30 | --days 5 | --months 1) [--json]</c>: the due date of a time
/// limit counted from an event (Civil Code 2015 Art. 147–148), with the explanation.
/// </summary>
/// <remarks>
/// With <c>--json</c>, one compact line, exactly:
/// <c>{"event":"2026-02-13","unit":"working","count":30,"due":"2026-04-03","provisional":false,"skipped":[{"date":"2026-02-14","reason":"..."}]}</c>;
/// <c>unit</c> is <c>working</c>, <c>calendar</c> or <c>months</c>; <c>skipped</c> lists every non-working day passed
/// over (working days) or the roll-forward days (calendar days, months); <c>reason</c> is "Vietnamese (English)".
/// </remarks>
internal static class DeadlineCommand
{
    public static Command Create(CliContext context)
    {
        var eventOption = new Option<string>("--event") { Description = "Ngày xảy ra sự kiện yyyy-MM-dd / the event's date", Required = true };
        var workingDays = new Option<int?>("--working-days") { Description = "Thời hạn tính bằng ngày làm việc / limit in working days" };
        var days = new Option<int?>("--days") { Description = "Thời hạn tính bằng ngày / limit in calendar days" };
        var months = new Option<int?>("--months") { Description = "Thời hạn tính bằng tháng / limit in months" };
        var json = new Option<bool>("--json") { Description = "In JSON / print JSON" };
        var command = new Command("deadline", "Tính hạn cuối của một thời hạn / compute a deadline (Bộ luật Dân sự 2015, Điều 147–148)");
        command.Options.Add(eventOption);
        command.Options.Add(workingDays);
        command.Options.Add(days);
        command.Options.Add(months);
        command.Options.Add(json);
        command.SetAction(parsed =>
        {
            var eventText = parsed.GetValue(eventOption)!;
            var given = new[] { ("--working-days", parsed.GetValue(workingDays), RuleDurationUnit.WorkingDays), ("--days", parsed.GetValue(days), RuleDurationUnit.CalendarDays), ("--months", parsed.GetValue(months), RuleDurationUnit.Months) }
                .Where(g => g.Item2 is not null)
                .ToList();
            if (given.Count != 1)
            {
                throw new CliUsageException("cần đúng một trong --working-days, --days, --months / give exactly one of --working-days, --days, --months");
            }

            var (option, count, unit) = given[0];
            var eventDate = DeadlineCli.ParseDate("--event", eventText);
            var deadline = DeadlineCli.Calculate(context.Sdk.Deadlines, unit, count!.Value, eventDate, $"{option} {count}", $"--event {eventText}");
            if (parsed.GetValue(json))
            {
                CliJson.WriteLine(context, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("event", CliJson.Iso(deadline.EventDate));
                    writer.WriteString("unit", DeadlineCli.UnitName(unit));
                    writer.WriteNumber("count", deadline.Rule.Count);
                    writer.WriteString("due", CliJson.Iso(deadline.Due));
                    writer.WriteBoolean("provisional", deadline.IsProvisional);
                    writer.WriteStartArray("skipped");
                    foreach (var day in deadline.Skipped)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("date", CliJson.Iso(day.Date));
                        writer.WriteString("reason", day.Reason.ToString());
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Hạn cuối / due: {CliDates.WithWeekdays(deadline.Due)}{(deadline.IsProvisional ? " (tạm tính / provisional)" : string.Empty)}"));
            context.Out.WriteLine(deadline.Explanation.Vietnamese);
            context.Out.WriteLine(deadline.Explanation.English);
            foreach (var day in deadline.Skipped)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  - {CliDates.WithWeekdays(day.Date)}  {day.Reason}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

/// <summary>What the <c>deadline</c> and <c>deadlines</c> commands share.</summary>
internal static class DeadlineCli
{
    private static readonly RuleCitation CommandLine = RuleCitation.Of(RecordId<RuleSet>.From("CLI"), LocalizedText.Of("thời hạn nhập tại dòng lệnh", "the limit given on the command line"), null, verified: true);

    private static readonly LocalizedText Anchor = LocalizedText.Of("ngày xảy ra sự kiện", "the event");

    public static string UnitName(RuleDurationUnit unit) => unit switch
    {
        RuleDurationUnit.WorkingDays => "working",
        RuleDurationUnit.Months => "months",
        _ => "calendar",
    };

    public static LocalDate ParseDate(string where, string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw new CliUsageException($"{where} '{text}': không phải ngày yyyy-MM-dd / not a date yyyy-MM-dd");
        }

        return result.Value;
    }

    /// <summary>Computes a deadline, turning the SDK's range errors into one usage message naming <paramref name="where"/>.</summary>
    public static Deadline Calculate(DeadlineCalculator calculator, RuleDurationUnit unit, int count, LocalDate eventDate, string countWhere, string eventWhere)
    {
        if (count is < 1 or > DeadlineRule.MaxCount)
        {
            throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"{countWhere}: thời hạn phải từ 1 đến {DeadlineRule.MaxCount} / the limit must be 1 to {DeadlineRule.MaxCount}"));
        }

        var rule = DeadlineRule.Create($"cli-{UnitName(unit)}-{count}", unit, count, Anchor, CommandLine);
        try
        {
            return calculator.Calculate(rule, eventDate);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new CliUsageException(string.Create(
                CultureInfo.InvariantCulture,
                $"{eventWhere}: ngày hoặc hạn cuối ngoài phạm vi lịch {calculator.Calendar.FirstDate:uuuu-MM-dd}..{calculator.Calendar.LastDate:uuuu-MM-dd} / the date or the due date is outside the calendar's range"), ex);
        }
    }
}
