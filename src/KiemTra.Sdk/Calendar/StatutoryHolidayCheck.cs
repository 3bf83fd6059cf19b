using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// Checks that an official schedule keeps every statutory holiday of its year as a day off, so that a host schedule
/// cannot silently turn 1/1, Tết, Hùng Kings' day, 30/4, 1/5, 2/9 (and its adjacent day) or 24/11 into working days.
/// </summary>
/// <remarks>
/// What must be listed (any kind of day off) for each statutory rule in force on the holiday's date:
/// a fixed-date holiday on its date; National Day's adjacent day as 1/9 or 3/9 (the choice is the Government's);
/// Hùng Kings' day on lunar 10/3; Tết on lunar 1/1 to 3/1 (the days around them are the Prime Minister's yearly
/// choice and are not checked). Compensatory days are not checked: a schedule may place them as announced.
/// A schedule that deliberately departs from the statutory rules says so with
/// <see cref="HolidaySchedule.ReplacesStatutoryRules"/>.
/// </remarks>
internal static class StatutoryHolidayCheck
{
    /// <summary>The first statutory holiday of <paramref name="year"/> that <paramref name="daysOff"/> leaves out, or null.</summary>
    public static MissingHoliday? FindMissing(int year, IReadOnlyCollection<LocalDate> daysOff, StatutoryHolidayRules rules, ILunarHolidayDates lunar)
    {
        var off = daysOff as IReadOnlySet<LocalDate> ?? daysOff.ToHashSet();
        foreach (var rule in rules.Holidays.Where(r => !r.IsOptional))
        {
            switch (rule.Kind)
            {
                case StatutoryHolidayRuleKind.Fixed:
                    if (rule.Day > CalendarSystem.Iso.GetDaysInMonth(year, rule.Month))
                    {
                        break;
                    }

                    var date = new LocalDate(year, rule.Month, rule.Day);
                    if (!rule.AppliesOn(date))
                    {
                        break;
                    }

                    if (!off.Contains(date))
                    {
                        return new MissingHoliday(rule, date, IsAdjacentDay: false);
                    }

                    if (rule.AdjacentDay && !off.Contains(date.PlusDays(-1)) && !off.Contains(date.PlusDays(1)))
                    {
                        return new MissingHoliday(rule, date, IsAdjacentDay: true);
                    }

                    break;

                case StatutoryHolidayRuleKind.Lunar when year >= lunar.MinYear && year <= lunar.MaxYear:
                    var lunarDate = lunar.ToLocalDate(year, rule.Month, rule.Day);
                    if (rule.AppliesOn(lunarDate) && !off.Contains(lunarDate))
                    {
                        return new MissingHoliday(rule, lunarDate, IsAdjacentDay: false);
                    }

                    break;

                case StatutoryHolidayRuleKind.LunarNewYear when year >= lunar.MinYear && year <= lunar.MaxYear:
                    var newYear = lunar.NewYear(year);
                    if (!rule.AppliesOn(newYear))
                    {
                        break;
                    }

                    for (var day = 0; day < 3; day++)
                    {
                        if (!off.Contains(newYear.PlusDays(day)))
                        {
                            return new MissingHoliday(rule, newYear.PlusDays(day), IsAdjacentDay: false);
                        }
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>A statutory holiday a schedule leaves out.</summary>
    /// <param name="Rule">The statutory rule.</param>
    /// <param name="Date">The holiday's date that year (for an adjacent day: the holiday itself).</param>
    /// <param name="IsAdjacentDay">True when the holiday is listed but neither adjacent day is.</param>
    internal sealed record MissingHoliday(StatutoryHolidayRule Rule, LocalDate Date, bool IsAdjacentDay)
    {
        /// <summary>The problem, naming the holiday, the date, the year and the opt-out.</summary>
        public LocalizedText Describe(int year)
        {
            var what = IsAdjacentDay
                ? LocalizedText.Of(
                    $"ngày liền kề {Rule.Name.Vietnamese} ({Date.PlusDays(-1):uuuu-MM-dd} hoặc {Date.PlusDays(1):uuuu-MM-dd})",
                    $"the day adjacent to {Rule.Name.English} ({Date.PlusDays(-1):uuuu-MM-dd} or {Date.PlusDays(1):uuuu-MM-dd})")
                : LocalizedText.Of($"{Rule.Name.Vietnamese} ({Date:uuuu-MM-dd})", $"{Rule.Name.English} ({Date:uuuu-MM-dd})");
            return LocalizedText.Of(
                $"lịch nghỉ năm {year} thiếu ngày nghỉ lễ theo luật: {what.Vietnamese}, căn cứ {Rule.Source.Instrument}; hãy thêm ngày này vào daysOff, hoặc ghi \"replacesStatutoryRules\": true nếu lịch này cố ý thay thế quy định",
                $"the {year} schedule leaves out a statutory holiday: {what.English}, under {Rule.Source.Instrument}; add it to daysOff, or set \"replacesStatutoryRules\": true if the schedule deliberately replaces the statutory rules");
        }
    }
}
