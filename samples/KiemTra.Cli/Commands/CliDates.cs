using KiemTra.Sdk.Formatting;
using NodaTime;
using NodaTime.Text;

namespace KiemTra.Cli.Commands;

/// <summary>How the CLI writes a date on a bilingual line: the ISO date, then the weekday in each language side by side.</summary>
internal static class CliDates
{
    private static readonly LocalDatePattern EnglishWeekday = LocalDatePattern.CreateWithInvariantCulture("ddd");

    /// <summary>The weekday in Vietnamese and in English, e.g. "thứ Sáu / Fri".</summary>
    public static string Weekdays(LocalDate date) => $"{TextFormat.DayOfWeek(date.DayOfWeek)} / {EnglishWeekday.Format(date)}";

    /// <summary>The ISO date with its weekday in both languages, e.g. "2026-04-03 (thứ Sáu / Fri)".</summary>
    public static string WithWeekdays(LocalDate date) => $"{TextFormat.IsoDate(date)} ({Weekdays(date)})";
}
