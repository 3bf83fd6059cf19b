using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Deadlines;

/// <summary>
/// Computes deadlines on a <see cref="WorkingCalendar"/> by the Civil Code 2015 counting rules
/// (<i>cách tính thời hạn</i>, Art. 147–148).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>"Kể từ" an event: counting starts the day after the event (Art. 147(1)).</item>
/// <item>Working days: the due date is the N-th working day after the event (<c>AddWorkingDays(event, N)</c>).
/// Event Fri 13/2/2026 + 30 working days skips Tết Bính Ngọ (14–22/2) and falls on 2026-04-03.</item>
/// <item>Calendar days: the last day is event + N; if it is not a working day the limit ends at the end of the next
/// working day (Art. 148(5)). Event 2026-04-24 + 3 days = Mon 27/4, a compensatory day off, so due Tue 28/4.</item>
/// <item>Months: the same day of the month N months later; if that month has no such day, its last day
/// (Art. 148(3)); then rolled forward like days. Event 2026-01-31 + 1 month = 2026-02-28 (Saturday) → due Mon 2026-03-02.</item>
/// <item>Years: the same day and month N years later (Art. 148(4)); 29 February gives 28 February; then rolled forward
/// like days. Event 2024-02-29 + 1 year = Fri 2025-02-28, a working day, so due that day.</item>
/// </list>
/// Thread-safe; allocates only the result.
/// </remarks>
public sealed class DeadlineCalculator
{
    private static readonly Lazy<DeadlineCalculator> DefaultCalculator = new(() => new DeadlineCalculator(WorkingCalendar.Default));

    private DeadlineCalculator(WorkingCalendar calendar) => Calendar = calendar;

    /// <summary>A calculator over <see cref="WorkingCalendar.Default"/>.</summary>
    public static DeadlineCalculator Default => DefaultCalculator.Value;

    /// <summary>The calendar used.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Creates a calculator over <paramref name="calendar"/>.</summary>
    /// <param name="calendar">The working calendar.</param>
    /// <returns>The calculator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static DeadlineCalculator Create(WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new DeadlineCalculator(calendar);
    }

    /// <summary>Computes the deadline of <paramref name="rule"/> for an event on <paramref name="eventDate"/>.</summary>
    /// <param name="rule">The time limit.</param>
    /// <param name="eventDate">The day of the anchor event (counting starts the next day).</param>
    /// <returns>The deadline with its trace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The event or the due date is outside the calendar's range.</exception>
    public Deadline Calculate(DeadlineRule rule, LocalDate eventDate)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var skipped = new List<DayExplanation>();
        LocalDate nominal;
        LocalDate due;
        if (rule.Unit == RuleDurationUnit.WorkingDays)
        {
            due = Calendar.AddWorkingDays(eventDate, rule.Count);
            nominal = due;
            for (var day = eventDate.PlusDays(1); day < due; day = day.PlusDays(1))
            {
                if (!Calendar.IsWorkingDay(day))
                {
                    skipped.Add(Calendar.Explain(day));
                }
            }
        }
        else
        {
            _ = Calendar.IsWorkingDay(eventDate); // validates the event date before any arithmetic
            nominal = rule.Unit switch
            {
                RuleDurationUnit.Months => eventDate.PlusMonths(rule.Count),
                RuleDurationUnit.Years => eventDate.PlusYears(rule.Count),
                _ => eventDate.PlusDays(rule.Count),
            };
            due = Calendar.IsWorkingDay(nominal) ? nominal : Calendar.NextWorkingDay(nominal);
            for (var day = nominal; day < due; day = day.PlusDays(1))
            {
                skipped.Add(Calendar.Explain(day));
            }
        }

        var provisional = Calendar.IsProvisional(eventDate.PlusDays(1), due);
        return new Deadline(eventDate, rule, nominal, due, provisional, skipped, Explain(rule, eventDate, nominal, due, skipped, provisional));
    }

    private static LocalizedText Explain(DeadlineRule rule, LocalDate eventDate, LocalDate nominal, LocalDate due, List<DayExplanation> skipped, bool provisional)
    {
        var unit = DeadlineRule.UnitText(rule.Unit, rule.Count);
        var vi = $"Thời hạn {rule.Count} {unit.Vietnamese} kể từ {rule.AnchorEvent.Vietnamese} ({KiemTra.Sdk.Formatting.TextFormat.Date(eventDate)}), theo {rule.Citation.Text.Vietnamese}; tính từ ngày {KiemTra.Sdk.Formatting.TextFormat.Date(eventDate.PlusDays(1))} ({Deadline.CountingRule}). ";
        var en = $"{rule.Count} {unit.English} from {rule.AnchorEvent.English} ({KiemTra.Sdk.Formatting.TextFormat.IsoDate(eventDate)}) under {rule.Citation.Text.English}; counting starts on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(eventDate.PlusDays(1))} ({Deadline.CountingRule}). ";
        if (rule.Unit == RuleDurationUnit.WorkingDays)
        {
            vi += $"Không tính {skipped.Count} ngày nghỉ{SkippedList(skipped, vietnamese: true)}; hạn cuối là hết ngày {KiemTra.Sdk.Formatting.TextFormat.Date(due)}.";
            en += $"{skipped.Count} non-working days skipped{SkippedList(skipped, vietnamese: false)}; due by the end of {KiemTra.Sdk.Formatting.TextFormat.IsoDate(due)}.";
        }
        else if (nominal == due)
        {
            vi += $"Ngày cuối cùng của thời hạn là {KiemTra.Sdk.Formatting.TextFormat.Date(due)}, là ngày làm việc; hạn cuối là hết ngày {KiemTra.Sdk.Formatting.TextFormat.Date(due)}.";
            en += $"The last day of the limit is {KiemTra.Sdk.Formatting.TextFormat.IsoDate(due)}, a working day; due by the end of that day.";
        }
        else
        {
            var reason = skipped[0].Reason;
            vi += $"Ngày cuối cùng của thời hạn là {KiemTra.Sdk.Formatting.TextFormat.Date(nominal)}, không phải ngày làm việc ({reason.Vietnamese}); thời hạn kết thúc vào cuối ngày làm việc tiếp theo, {KiemTra.Sdk.Formatting.TextFormat.Date(due)} (Điều 148 khoản 5).";
            en += $"The last day of the limit, {KiemTra.Sdk.Formatting.TextFormat.IsoDate(nominal)}, is not a working day ({reason.English}); the limit ends at the end of the next working day, {KiemTra.Sdk.Formatting.TextFormat.IsoDate(due)} (Art. 148(5)).";
        }

        if (provisional)
        {
            vi += " Kết quả tạm tính: có ngày thuộc năm chưa có lịch nghỉ chính thức.";
            en += " Provisional: some days fall in a year without an official holiday schedule.";
        }

        return LocalizedText.Of(vi, en);
    }

    private static string SkippedList(List<DayExplanation> skipped, bool vietnamese)
    {
        var special = skipped.Where(s => s.Kind != DayKind.WeeklyRestDay).ToList();
        if (special.Count == 0)
        {
            return vietnamese ? " (thứ Bảy, Chủ nhật)" : " (Saturdays and Sundays)";
        }

        var listed = string.Join("; ", special.Select(s => vietnamese ? $"{KiemTra.Sdk.Formatting.TextFormat.DayMonth(s.Date)}: {s.Reason.Vietnamese}" : $"{s.Date.Month:00}-{s.Date.Day:00}: {s.Reason.English}"));
        return vietnamese ? $", gồm thứ Bảy, Chủ nhật và: {listed}" : $", Saturdays and Sundays and: {listed}";
    }
}
