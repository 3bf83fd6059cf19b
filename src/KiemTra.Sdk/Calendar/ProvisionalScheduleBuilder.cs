using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// Computes the schedule of a year that has no official one from the statutory rules (always provisional).
/// </summary>
/// <remarks>
/// <para><b>Tết</b> (N statutory days: lunar New Year's Eve and mùng 1 … mùng N−1). Each Tết day on a weekend
/// gives a compensatory weekday, so the break always holds exactly N weekdays off. They are taken as a run of N
/// consecutive weekdays starting on the first weekday on or after the day before New Year's Eve, moved later if
/// needed until every weekday Tết day is inside it. This reproduces every official Tết break of 2021–2026
/// (e.g. 2023: Fri 20/1–Thu 26/1; 2025: Mon 27/1–Fri 31/1; 2026: Mon 16/2–Fri 20/2).</para>
/// <para><b>National Day</b> (since 2021, 2/9 plus one adjacent day): if only one of 1/9 and 3/9 is a weekday it
/// is taken; if both are, the one next to a weekend (Monday 1/9 or Friday 3/9), else 1/9. This reproduces
/// 2021–2026 (3/9 in 2021 and 2024, 1/9 in 2022, 2023, 2025, 2026).</para>
/// <para><b>Other holidays</b> on a Saturday or Sunday give a compensatory day off on the next weekday that is not
/// already off (Art. 111(3)), in date order. Swaps cannot be predicted and are never invented.</para>
/// <para><b>Breaks</b>: the Saturday and Sunday right before, inside or after a run of days off are listed as part
/// of the break, as the official schedules do.</para>
/// </remarks>
internal static class ProvisionalScheduleBuilder
{
    public static HolidaySchedule Build(int year, StatutoryHolidayRules rules, ILunarHolidayDates lunar, IReadOnlyCollection<string> enabledOptional)
    {
        var days = new SortedDictionary<LocalDate, (DayKind Kind, LocalizedText Reason, RuleCitation Source)>();
        var compensable = new List<(LocalDate Date, LocalizedText Name)>();
        RuleCitation? tetSource = null;

        foreach (var rule in rules.Holidays)
        {
            if (rule.IsOptional && !enabledOptional.Contains(rule.Id))
            {
                continue;
            }

            switch (rule.Kind)
            {
                case StatutoryHolidayRuleKind.Fixed:
                {
                    if (rule.Day > CalendarSystem.Iso.GetDaysInMonth(year, rule.Month))
                    {
                        continue;
                    }

                    var date = new LocalDate(year, rule.Month, rule.Day);
                    if (!rule.AppliesOn(date))
                    {
                        continue;
                    }

                    AddHoliday(days, compensable, date, rule.Name, rule.Source);
                    if (rule.AdjacentDay)
                    {
                        var adjacent = ChooseAdjacentDay(date);
                        AddHoliday(days, compensable, adjacent, LocalizedText.Of($"{rule.Name.Vietnamese} (ngày liền kề)", $"{rule.Name.English} (adjacent day)"), rule.Source);
                    }

                    break;
                }

                case StatutoryHolidayRuleKind.Lunar:
                {
                    var date = lunar.ToLocalDate(year, rule.Month, rule.Day);
                    if (rule.AppliesOn(date))
                    {
                        AddHoliday(days, compensable, date, rule.Name, rule.Source);
                    }

                    break;
                }

                case StatutoryHolidayRuleKind.LunarNewYear:
                {
                    var newYear = lunar.NewYear(year);
                    if (rule.AppliesOn(newYear))
                    {
                        AddTet(days, newYear, rule);
                        tetSource = rule.Source;
                    }

                    break;
                }
            }
        }

        foreach (var (date, name) in compensable.OrderBy(c => c.Date))
        {
            var compensation = rules.CompensationOn(date);
            if (compensation is null)
            {
                continue;
            }

            var day = date.PlusDays(1);
            while (HolidayScheduleRules.IsWeekend(day) || days.ContainsKey(day))
            {
                day = day.PlusDays(1);
            }

            days[day] = (DayKind.CompensatoryDayOff, LocalizedText.Of(
                $"Nghỉ bù cho {name.Vietnamese} ({KiemTra.Sdk.Formatting.TextFormat.DayMonth(date)}) trùng ngày nghỉ hằng tuần",
                $"Compensatory day off for {name.English} ({KiemTra.Sdk.Formatting.TextFormat.IsoDate(date)}) falling on a weekly rest day"), compensation);
        }

        AddBreakWeekends(days, rules.WeeklyRestSource);

        var source = tetSource ?? throw new InvalidOperationException($"The statutory rules {rules.VersionId} define no Tết for {year}.");
        return HolidaySchedule.Create(
            year,
            isProvisional: true,
            source,
            days.Select(d => DayExplanation.Create(d.Key, d.Value.Kind, d.Value.Reason, d.Value.Source, isProvisional: true)),
            []);
    }

    /// <summary>National Day's adjacent day: see the class remarks.</summary>
    internal static LocalDate ChooseAdjacentDay(LocalDate holiday)
    {
        var before = holiday.PlusDays(-1);
        var after = holiday.PlusDays(1);
        var beforeIsWeekday = !HolidayScheduleRules.IsWeekend(before);
        var afterIsWeekday = !HolidayScheduleRules.IsWeekend(after);
        if (beforeIsWeekday != afterIsWeekday)
        {
            return beforeIsWeekday ? before : after;
        }

        if (after.DayOfWeek == IsoDayOfWeek.Friday && before.DayOfWeek != IsoDayOfWeek.Monday)
        {
            return after;
        }

        return before;
    }

    /// <summary>The N weekdays off of a Tết break: see the class remarks.</summary>
    internal static IReadOnlyList<LocalDate> TetWeekdays(LocalDate newYear, int tetDays)
    {
        var eve = newYear.PlusDays(-1);
        var tetWeekdays = Enumerable.Range(0, tetDays).Select(eve.PlusDays).Where(d => !HolidayScheduleRules.IsWeekend(d)).ToList();
        var start = eve.PlusDays(-1);
        while (true)
        {
            while (HolidayScheduleRules.IsWeekend(start))
            {
                start = start.PlusDays(1);
            }

            var run = new List<LocalDate>(tetDays);
            for (var day = start; run.Count < tetDays; day = day.PlusDays(1))
            {
                if (!HolidayScheduleRules.IsWeekend(day))
                {
                    run.Add(day);
                }
            }

            if (tetWeekdays.All(run.Contains))
            {
                return run;
            }

            start = start.PlusDays(1);
        }
    }

    /// <summary>The sexagenary (can chi) name of a lunar year, e.g. 2027 → "Đinh Mùi" (1984 was Giáp Tý).</summary>
    internal static string LunarYearName(int lunarYear)
    {
        string[] stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
        string[] branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];
        return $"{stems[((lunarYear - 1984) % 10 + 10) % 10]} {branches[((lunarYear - 1984) % 12 + 12) % 12]}";
    }

    private static void AddTet(SortedDictionary<LocalDate, (DayKind, LocalizedText, RuleCitation)> days, LocalDate newYear, StatutoryHolidayRule rule)
    {
        var yearName = LunarYearName(newYear.Year);
        var name = LocalizedText.Of($"{rule.Name.Vietnamese} {yearName}", $"{rule.Name.English}, {yearName}");
        var eve = newYear.PlusDays(-1);
        var last = eve.PlusDays(rule.Days - 1);
        var run = TetWeekdays(newYear, rule.Days);
        for (var day = run[0]; day <= run[^1] || day <= last; day = day.PlusDays(1))
        {
            var isTetDay = day >= eve && day <= last;
            var label = day == eve
                ? LocalizedText.Of($"{name.Vietnamese} (ngày cuối năm âm lịch)", $"{name.English}, lunar New Year's Eve")
                : LocalizedText.Of($"{name.Vietnamese} (mùng {Period.Between(eve, day, PeriodUnits.Days).Days})", $"{name.English}, day {Period.Between(eve, day, PeriodUnits.Days).Days}");
            if (isTetDay)
            {
                days[day] = (DayKind.PublicHoliday, label, rule.Source);
            }
            else if (run.Contains(day))
            {
                days[day] = (DayKind.CompensatoryDayOff, LocalizedText.Of(
                    $"Nghỉ bù trong kỳ nghỉ {name.Vietnamese} cho ngày Tết trùng ngày nghỉ hằng tuần",
                    $"Compensatory day off within the {name.English} break for a Tết day falling on a weekly rest day"), rule.Source);
            }
        }
    }

    private static void AddHoliday(SortedDictionary<LocalDate, (DayKind, LocalizedText, RuleCitation)> days, List<(LocalDate, LocalizedText)> compensable, LocalDate date, LocalizedText name, RuleCitation source)
    {
        if (days.ContainsKey(date))
        {
            return;
        }

        days[date] = (DayKind.PublicHoliday, name, source);
        if (HolidayScheduleRules.IsWeekend(date))
        {
            compensable.Add((date, name));
        }
    }

    private static void AddBreakWeekends(SortedDictionary<LocalDate, (DayKind Kind, LocalizedText Reason, RuleCitation Source)> days, RuleCitation weeklyRest)
    {
        var weekdaysOff = days.Where(d => !HolidayScheduleRules.IsWeekend(d.Key)).ToList();
        foreach (var (date, value) in weekdaysOff)
        {
            foreach (var step in new[] { -1, 1 })
            {
                var day = date.PlusDays(step);
                while (HolidayScheduleRules.IsWeekend(day))
                {
                    if (!days.ContainsKey(day))
                    {
                        days[day] = (DayKind.WeeklyRestDay, LocalizedText.Of(
                            $"Ngày nghỉ hằng tuần trong kỳ nghỉ ({value.Reason.Vietnamese})",
                            $"Weekly rest day within the break ({value.Reason.English})"), weeklyRest);
                    }

                    day = day.PlusDays(step);
                }
            }
        }
    }
}
