using System.CommandLine;
using System.Globalization;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Formatting;
using KiemTra.Sdk.Reporting;

namespace KiemTra.Cli.Commands;

/// <summary>
/// <c>kiemtra calendar --year 2026 [--json]</c>: the days off and make-up Saturdays of a year for party and state bodies.
/// </summary>
/// <remarks>
/// Lists every day of the year's schedule (R-W3): holidays, compensatory and swapped days off, and the Saturdays and
/// Sundays that are part of a break (an ordinary weekend is not listed) — exactly the official "off" lists, which may
/// begin in the last days of the previous year (2022-12-31 for 2023) — then every make-up working Saturday. With
/// <c>--json</c>, one compact line, exactly:
/// <c>{"year":2026,"provisional":false,"nonWorkingDays":[{"date":"2026-01-01","reason":"...","source":"..."}],"makeUpWorkdays":["2026-01-10"]}</c>
/// where <c>reason</c> is "Vietnamese (English)" and <c>source</c> the cited instrument. The format is a contract.
/// </remarks>
internal static class CalendarCommand
{
    public static Command Create(CliContext context)
    {
        var year = new Option<int?>("--year") { Description = "Năm dương lịch (mặc định: năm hiện tại) / calendar year (default: this year)" };
        var json = new Option<bool>("--json") { Description = "In JSON / print JSON" };
        var command = new Command("calendar", "Ngày nghỉ lễ, nghỉ bù, ngày làm bù trong năm / the year's days off and make-up Saturdays");
        command.Options.Add(year);
        command.Options.Add(json);
        command.SetAction(parsed =>
        {
            var calendar = context.Sdk.Calendar;
            var wanted = parsed.GetValue(year) ?? context.Clock.GetCurrentInstant().InZone(context.Zone).Year;
            if (wanted < calendar.FirstDate.Year || wanted > calendar.LastDate.Year)
            {
                throw new CliUsageException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"--year {wanted}: ngoài phạm vi {calendar.FirstDate.Year}–{calendar.LastDate.Year} / outside the supported range {calendar.FirstDate.Year}–{calendar.LastDate.Year}"));
            }

            var schedule = calendar.GetSchedule(wanted);
            if (parsed.GetValue(json))
            {
                CliJson.WriteLine(context, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("year", schedule.Year);
                    writer.WriteBoolean("provisional", schedule.IsProvisional);
                    writer.WriteStartArray("nonWorkingDays");
                    foreach (var day in schedule.DaysOff)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("date", CliJson.Iso(day.Date));
                        writer.WriteString("reason", day.Reason.ToString());
                        writer.WriteString("source", day.Source.ToString());
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteStartArray("makeUpWorkdays");
                    foreach (var day in schedule.MakeUpWorkdays)
                    {
                        writer.WriteStringValue(CliJson.Iso(day.Date));
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            context.Out.WriteLine(schedule.IsProvisional
                ? $"Năm {wanted}: tạm tính theo luật (chưa có lịch chính thức) / provisional, computed from the statutory rules — {schedule.Source}"
                : $"Năm {wanted}: lịch nghỉ chính thức / official schedule — {schedule.Source}");
            context.Out.WriteLine("Ngày nghỉ / days off:");
            foreach (var day in schedule.DaysOff)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {TextFormat.Date(day.Date)} {TextFormat.DayOfWeek(day.Date.DayOfWeek),-8}  {ReportTexts.Of(day.Kind).Vietnamese,-14}  {day.Reason}  [{day.Source}]"));
            }

            context.Out.WriteLine("Ngày làm bù (thứ Bảy) / make-up working Saturdays:");
            if (schedule.MakeUpWorkdays.Count == 0)
            {
                context.Out.WriteLine("  (không có / none)");
            }

            foreach (var day in schedule.MakeUpWorkdays)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {TextFormat.Date(day.Date)} {TextFormat.DayOfWeek(day.Date.DayOfWeek),-8}  {day.Reason}  [{day.Source}]"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
