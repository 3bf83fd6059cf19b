using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KiemTra.Sdk.Calendar;
using NodaTime;
using NodaTime.Text;

namespace KiemTra.Cli.Commands;

/// <summary>
/// <c>kiemtra lunar</c>: the Vietnamese lunar calendar (<i>âm lịch</i>, UTC+7).
/// <list type="bullet">
/// <item><c>--from-year Y1 --to-year Y2</c>: Tết and Hùng Kings' day of each lunar year (default: the current
/// lunar year); with <c>--json</c> exactly <c>[{"year":1968,"tet":"1968-01-29","hungKings":"1968-04-07"},...]</c>.</item>
/// <item><c>--date yyyy-MM-dd</c>: a Gregorian date to lunar; with <c>--json</c>
/// <c>{"date":"2026-02-17","lunar":{"year":2026,"month":1,"day":1,"isLeapMonth":false}}</c>.</item>
/// <item><c>--lunar yyyy-MM-dd [--leap]</c>: a lunar date (year-month-day) to Gregorian, same JSON shape.</item>
/// </list>
/// The output formats are a contract: other tools read them.
/// </summary>
internal static class LunarCommand
{
    private static readonly VietnameseLunarCalendar Calendar = VietnameseLunarCalendar.Default;

    public static Command Create(CliContext context)
    {
        var fromYear = new Option<int?>("--from-year") { Description = "Năm âm lịch đầu / first lunar year" };
        var toYear = new Option<int?>("--to-year") { Description = "Năm âm lịch cuối / last lunar year" };
        var date = new Option<string?>("--date") { Description = "Đổi ngày dương lịch yyyy-MM-dd sang âm lịch / convert a Gregorian date to lunar" };
        var lunar = new Option<string?>("--lunar") { Description = "Đổi ngày âm lịch yyyy-MM-dd sang dương lịch / convert a lunar date (year-month-day) to Gregorian" };
        var leap = new Option<bool>("--leap") { Description = "Ngày --lunar thuộc tháng nhuận / the --lunar date is in the leap month" };
        var json = new Option<bool>("--json") { Description = "In JSON / print JSON" };

        var command = new Command("lunar", "Âm lịch Việt Nam (UTC+7): Tết, Giỗ Tổ Hùng Vương, đổi ngày / Vietnamese lunar calendar: Tết, Hùng Kings' day, conversions");
        command.Options.Add(fromYear);
        command.Options.Add(toYear);
        command.Options.Add(date);
        command.Options.Add(lunar);
        command.Options.Add(leap);
        command.Options.Add(json);

        command.SetAction(parsed =>
        {
            var asJson = parsed.GetValue(json);
            var dateText = parsed.GetValue(date);
            var lunarText = parsed.GetValue(lunar);
            var from = parsed.GetValue(fromYear);
            var to = parsed.GetValue(toYear);
            var isLeap = parsed.GetValue(leap);

            var modes = (dateText is null ? 0 : 1) + (lunarText is null ? 0 : 1) + (from is null && to is null ? 0 : 1);
            if (modes > 1)
            {
                throw new CliUsageException("chỉ dùng một trong --date, --lunar, --from-year/--to-year / use only one of --date, --lunar, --from-year/--to-year");
            }

            if (isLeap && lunarText is null)
            {
                throw new CliUsageException("--leap chỉ dùng với --lunar / --leap needs --lunar");
            }

            if (dateText is not null)
            {
                var gregorian = ParseGregorian(dateText);
                WriteConversion(context, gregorian, Calendar.FromLocalDate(gregorian), asJson, lunarFirst: false);
                return ExitCodes.Success;
            }

            if (lunarText is not null)
            {
                var lunarDate = ParseLunar(lunarText, isLeap);
                WriteConversion(context, Calendar.ToLocalDate(lunarDate), lunarDate, asJson, lunarFirst: true);
                return ExitCodes.Success;
            }

            var currentYear = Calendar.FromLocalDate(context.Clock.GetCurrentInstant().InZone(context.Zone).Date).Year;
            var first = CheckYear("--from-year", from ?? to ?? currentYear);
            var last = CheckYear("--to-year", to ?? from ?? currentYear);
            if (first > last)
            {
                throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--from-year {first} lớn hơn --to-year {last} / --from-year {first} is after --to-year {last}"));
            }

            if (asJson)
            {
                WriteYearsJson(context, first, last);
            }
            else
            {
                WriteYearsTable(context, first, last);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static int CheckYear(string option, int year)
    {
        if (year < Calendar.MinYear || year > Calendar.MaxYear)
        {
            throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"{option} {year}: năm ngoài phạm vi {Calendar.MinYear}–{Calendar.MaxYear} / year outside the supported range {Calendar.MinYear}–{Calendar.MaxYear}"));
        }

        return year;
    }

    private static LocalDate ParseGregorian(string text)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw new CliUsageException($"--date '{text}': không phải ngày yyyy-MM-dd / not a date yyyy-MM-dd");
        }

        var value = result.Value;
        if (value < Calendar.MinDate || value > Calendar.MaxDate)
        {
            throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--date {text}: ngoài phạm vi {Calendar.MinDate:uuuu-MM-dd}..{Calendar.MaxDate:uuuu-MM-dd} / outside the supported range"));
        }

        return value;
    }

    private static LunarDate ParseLunar(string text, bool isLeap)
    {
        var parts = text.Split('-');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            throw new CliUsageException($"--lunar '{text}': không phải ngày âm lịch năm-tháng-ngày / not a lunar date year-month-day");
        }

        try
        {
            return LunarDate.Create(year, month, day, isLeap);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            // The SDK's message names the field and value; keep only its text, not the parameter suffix.
            var message = ex.Message.Split(" (Parameter", 2)[0];
            throw new CliUsageException($"--lunar {text}{(isLeap ? " --leap" : string.Empty)}: {message}", ex);
        }
    }

    private static void WriteConversion(CliContext context, LocalDate gregorian, LunarDate lunarDate, bool asJson, bool lunarFirst)
    {
        if (!asJson)
        {
            var iso = gregorian.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            context.Out.WriteLine(lunarFirst
                ? $"{lunarDate} âm lịch (lunar) = {iso}"
                : $"{iso} = {lunarDate} âm lịch (lunar)");
            return;
        }

        WriteJson(context, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("date", gregorian.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteStartObject("lunar");
            writer.WriteNumber("year", lunarDate.Year);
            writer.WriteNumber("month", lunarDate.Month);
            writer.WriteNumber("day", lunarDate.Day);
            writer.WriteBoolean("isLeapMonth", lunarDate.IsLeapMonth);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    private static void WriteYearsJson(CliContext context, int first, int last)
        => WriteJson(context, writer =>
        {
            writer.WriteStartArray();
            for (var year = first; year <= last; year++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("year", year);
                writer.WriteString("tet", Calendar.NewYear(year).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteString("hungKings", Calendar.HungKingsDay(year).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });

    private static void WriteYearsTable(CliContext context, int first, int last)
    {
        context.Out.WriteLine("Năm/Year  Tết Nguyên đán/Lunar New Year  Giỗ Tổ Hùng Vương/Hùng Kings' Day  Tháng nhuận/Leap month");
        for (var year = first; year <= last; year++)
        {
            var leapMonth = Calendar.GetLeapMonth(year);
            context.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{year,-8}  {CliDates.WithWeekdays(Calendar.NewYear(year)),-28}  {CliDates.WithWeekdays(Calendar.HungKingsDay(year)),-33}  {(leapMonth is int m ? m.ToString(CultureInfo.InvariantCulture) : "-")}"));
        }
    }

    private static void WriteJson(CliContext context, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        context.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
