using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// The working days of party and state bodies over a range of years (<i>lịch ngày làm việc</i>): Monday to Friday,
/// less public holidays, compensatory and swapped days off, plus make-up Saturdays. Official schedules come from an
/// <see cref="IHolidayScheduleSource"/>; other years are computed from <see cref="StatutoryHolidayRules"/> and every
/// answer that depends on them is provisional.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe. Everything is computed once in <see cref="Create(WorkingCalendarOptions)"/>: a per-day kind, a per-day
/// cumulative count of working days and of provisional days, and the array of working days in order. Every query is
/// then O(1) and allocates nothing (except <see cref="Explain"/>, which builds its answer).</para>
/// <para>Counting conventions (see <c>docs/deadlines.md</c>):</para>
/// <list type="bullet">
/// <item><see cref="NextWorkingDay"/> / <see cref="PreviousWorkingDay"/>: strictly after / before the date.</item>
/// <item><c>AddWorkingDays(d, n)</c>: n &gt; 0, the n-th working day strictly after d; n &lt; 0, the |n|-th working day
/// strictly before d; n = 0, d itself, working or not. The result is strictly increasing in n.</item>
/// <item><c>CountWorkingDays(s, e)</c>: for e ≥ s the number of working days in (s, e]; for e &lt; s minus the number in
/// [e, s). Hence <c>AddWorkingDays(d, CountWorkingDays(d, e)) == e</c> for every working day e, and
/// <c>CountWorkingDays(d, AddWorkingDays(d, n)) == n</c>.</item>
/// <item><c>AddWorkingDays(AddWorkingDays(d, n), -n)</c> is d when d is a working day; otherwise, for n &gt; 0, the
/// working day before d, and for n &lt; 0, the working day after d.</item>
/// </list>
/// <example>
/// <code>
/// var calendar = WorkingCalendar.Default;
/// calendar.IsWorkingDay(new LocalDate(2026, 1, 10));            // true: make-up Saturday (Công văn 12729/VPCP-KGVX)
/// calendar.AddWorkingDays(new LocalDate(2026, 2, 13), 1);       // 2026-02-23: Tết Bính Ngọ skipped
/// </code>
/// </example>
/// </remarks>
public sealed class WorkingCalendar
{
    private static readonly Lazy<WorkingCalendar> DefaultCalendar = new(() => Create(new WorkingCalendarOptions()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly int firstYear;
    private readonly int[] monthStarts;
    private readonly byte[] kinds;
    private readonly int[] workingBefore;
    private readonly int[] provisionalBefore;
    private readonly LocalDate[] workingDays;
    private readonly FrozenDictionary<LocalDate, (LocalizedText Reason, RuleCitation Source, LocalDate? Replaces)> listed;
    private readonly HolidaySchedule[] schedules;
    private readonly RuleCitation weeklyRestSource;

    private WorkingCalendar(
        LocalDate firstDate,
        LocalDate lastDate,
        byte[] kinds,
        bool[] provisional,
        FrozenDictionary<LocalDate, (LocalizedText, RuleCitation, LocalDate?)> listed,
        HolidaySchedule[] schedules,
        RuleCitation weeklyRestSource,
        string sourceVersion)
    {
        FirstDate = firstDate;
        LastDate = lastDate;
        firstYear = firstDate.Year;

        // The day index of the 1st of every month: IndexOf is then two array reads, no date arithmetic.
        var years = lastDate.Year - firstYear + 1;
        monthStarts = new int[years * 12];
        for (var m = 0; m < monthStarts.Length; m++)
        {
            monthStarts[m] = Index(firstDate, new LocalDate(firstYear + (m / 12), (m % 12) + 1, 1));
        }
        this.kinds = kinds;
        this.listed = listed;
        this.schedules = schedules;
        this.weeklyRestSource = weeklyRestSource;
        SourceVersion = sourceVersion;

        workingBefore = new int[kinds.Length + 1];
        provisionalBefore = new int[kinds.Length + 1];
        var working = new List<LocalDate>(kinds.Length * 5 / 7);
        for (var i = 0; i < kinds.Length; i++)
        {
            var isWorking = IsWorkingKind(kinds[i]);
            workingBefore[i + 1] = workingBefore[i] + (isWorking ? 1 : 0);
            provisionalBefore[i + 1] = provisionalBefore[i] + (provisional[i] ? 1 : 0);
            if (isWorking)
            {
                working.Add(firstDate.PlusDays(i));
            }
        }

        workingDays = working.ToArray();
    }

    /// <summary>
    /// A calendar over 2000–2100 from the built-in official schedules (2023–2026) and statutory rules, with no optional
    /// holiday enabled; built once, on first use.
    /// </summary>
    public static WorkingCalendar Default => DefaultCalendar.Value;

    /// <summary>The first date covered (1 January of the first year).</summary>
    public LocalDate FirstDate { get; }

    /// <summary>The last date covered (31 December of the last year).</summary>
    public LocalDate LastDate { get; }

    /// <summary>The versions of the schedule source and statutory rules the calendar was built from.</summary>
    public string SourceVersion { get; }

    /// <summary>Builds a calendar.</summary>
    /// <param name="options">The year range, sources and enabled optional holidays.</param>
    /// <returns>An immutable calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or one of its sources is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The year range is empty, outside the lunar calendar's range, or starts before the statutory rules define Tết.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// An enabled optional holiday id is not a holiday of the rules, or names a Tết rule; or an official schedule leaves a
    /// statutory holiday of its year as a working day without <see cref="HolidaySchedule.ReplacesStatutoryRules"/> (the
    /// message names the year, the holiday, its date and its law).
    /// </exception>
    public static WorkingCalendar Create(WorkingCalendarOptions options)
        => Create(options, VietnameseLunarHolidayDates.Default);

    internal static WorkingCalendar Create(WorkingCalendarOptions options, ILunarHolidayDates lunar)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Schedules, nameof(options.Schedules));
        ArgumentNullException.ThrowIfNull(options.StatutoryRules, nameof(options.StatutoryRules));
        ArgumentNullException.ThrowIfNull(options.EnabledOptionalHolidays, nameof(options.EnabledOptionalHolidays));
        var rules = options.StatutoryRules;
        var minYear = Math.Max(Math.Max(lunar.MinYear, HolidaySchedule.MinYear), rules.FirstCoveredDate.Year + (rules.FirstCoveredDate.Month == 1 && rules.FirstCoveredDate.Day == 1 ? 0 : 1));
        var maxYear = Math.Min(lunar.MaxYear, HolidaySchedule.MaxYear) - 1;
        if (options.FirstYear < minYear || options.LastYear > maxYear || options.FirstYear > options.LastYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                $"{options.FirstYear}–{options.LastYear}",
                $"The year range {options.FirstYear}–{options.LastYear} must be non-empty and within {minYear}–{maxYear} (lunar calendar and statutory rules {rules.VersionId}).");
        }

        var optionalIds = rules.OptionalHolidayIds.ToHashSet(StringComparer.Ordinal);
        var statutoryIds = rules.Holidays.Where(h => !h.IsOptional).Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in options.EnabledOptionalHolidays)
        {
            // A holiday that has become statutory (24/11 since 2026) is already applied: naming it is redundant, not wrong.
            if (!optionalIds.Contains(id) && !statutoryIds.Contains(id))
            {
                throw new ArgumentException(
                    $"'{id}' is not an optional holiday of {rules.VersionId} (optional holidays: {string.Join(", ", optionalIds)}).",
                    nameof(options));
            }
        }

        foreach (var rule in rules.Holidays.Where(r => r.IsOptional && r.Kind == StatutoryHolidayRuleKind.LunarNewYear && options.EnabledOptionalHolidays.Contains(r.Id)))
        {
            throw new ArgumentException($"Optional holiday '{rule.Id}' is a Tết rule; only fixed and lunar-date holidays can be optional.", nameof(options));
        }

        var firstDate = new LocalDate(options.FirstYear, 1, 1);
        var lastDate = new LocalDate(options.LastYear, 12, 31);
        var length = Period.Between(firstDate, lastDate, PeriodUnits.Days).Days + 1;
        var kinds = new byte[length];
        var provisional = new bool[length];
        var listed = new Dictionary<LocalDate, (LocalizedText, RuleCitation, LocalDate?)>();
        var schedules = new HolidaySchedule[options.LastYear - options.FirstYear + 1];

        for (var i = 0; i < length; i++)
        {
            var date = firstDate.PlusDays(i);
            kinds[i] = (byte)(HolidayScheduleRules.IsWeekend(date) ? DayKind.WeeklyRestDay : DayKind.WorkingDay);
        }

        var enabled = options.EnabledOptionalHolidays.Where(optionalIds.Contains).ToHashSet(StringComparer.Ordinal);
        for (var year = options.FirstYear; year <= options.LastYear + 1; year++)
        {
            HolidaySchedule schedule;
            if (options.Schedules.TryGetSchedule(year, out var official))
            {
                if (!official.IsProvisional && !official.ReplacesStatutoryRules
                    && StatutoryHolidayCheck.FindMissing(year, official.DaysOff.Select(d => d.Date).ToHashSet(), rules, lunar) is { } missing)
                {
                    throw new ArgumentException(
                        $"Holiday schedule {year} from {options.Schedules.VersionId}: {missing.Describe(year).English}.",
                        nameof(options));
                }

                schedule = enabled.Count == 0 ? official : WithOptionalHolidays(official, rules, enabled, lunar);
            }
            else if (year <= options.LastYear)
            {
                schedule = ProvisionalScheduleBuilder.Build(year, rules, lunar, enabled);
            }
            else
            {
                continue;
            }

            if (year <= options.LastYear)
            {
                schedules[year - options.FirstYear] = schedule;
                var nextYearOfficial = options.Schedules.TryGetSchedule(year + 1, out _);
                for (var date = new LocalDate(year, 1, 1); date.Year == year; date = date.PlusDays(1))
                {
                    provisional[Index(firstDate, date)] = schedule.IsProvisional
                        || (!nextYearOfficial && date >= HolidayScheduleRules.FirstDate(year + 1));
                }
            }

            foreach (var day in schedule.DaysOff)
            {
                if (day.Date >= firstDate && day.Date <= lastDate)
                {
                    var i = Index(firstDate, day.Date);
                    kinds[i] = (byte)day.Kind;
                    provisional[i] = LeadInOrOwn(provisional[i], day.Date, year, schedule) || !day.Source.Verified;
                    listed[day.Date] = (day.Reason, day.Source, day.Replaces);
                }
            }

            foreach (var day in schedule.MakeUpWorkdays)
            {
                if (day.Date >= firstDate && day.Date <= lastDate)
                {
                    var i = Index(firstDate, day.Date);
                    kinds[i] = (byte)DayKind.MakeUpWorkday;
                    provisional[i] = LeadInOrOwn(provisional[i], day.Date, year, schedule) || !day.Source.Verified;
                    listed[day.Date] = (day.Reason, day.Source, day.Replaces);
                }
            }
        }

        return new WorkingCalendar(
            firstDate,
            lastDate,
            kinds,
            provisional,
            listed.ToFrozenDictionary(),
            schedules,
            rules.WeeklyRestSource,
            $"{options.Schedules.VersionId}; {rules.VersionId}");
    }

    /// <summary>Whether <paramref name="date"/> is a working day (an ordinary weekday not off, or a make-up Saturday).</summary>
    /// <param name="date">An ISO date between <see cref="FirstDate"/> and <see cref="LastDate"/>.</param>
    /// <returns><c>true</c> for a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the calendar's range.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool IsWorkingDay(LocalDate date) => IsWorkingKind(kinds[IndexOf(date, nameof(date))]);

    /// <summary>The first working day strictly after <paramref name="date"/> (same as <c>AddWorkingDays(date, 1)</c>).</summary>
    /// <param name="date">An ISO date in range.</param>
    /// <returns>The next working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date, or the result, is outside the calendar's range.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>The last working day strictly before <paramref name="date"/> (same as <c>AddWorkingDays(date, -1)</c>).</summary>
    /// <param name="date">An ISO date in range.</param>
    /// <returns>The previous working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date, or the result, is outside the calendar's range.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>Moves by a number of working days (see the class remarks for the exact semantics).</summary>
    /// <param name="date">The starting date (an ISO date in range; need not be a working day).</param>
    /// <param name="days">
    /// Positive: the <paramref name="days"/>-th working day strictly after <paramref name="date"/>; negative: the
    /// |<paramref name="days"/>|-th working day strictly before it; zero: <paramref name="date"/> itself.
    /// </param>
    /// <returns>A working day (or <paramref name="date"/> when <paramref name="days"/> is 0).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date, or the result, is outside the calendar's range.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int days)
    {
        var i = IndexOf(date, nameof(date));
        if (days == 0)
        {
            return date;
        }

        long target = days > 0 ? (long)workingBefore[i + 1] + days - 1 : (long)workingBefore[i] + days;
        if ((ulong)target >= (ulong)workingDays.Length)
        {
            throw ResultOutOfRange(date, days);
        }

        return workingDays[target];
    }

    /// <summary>
    /// The number of working days in (<paramref name="start"/>, <paramref name="end"/>] when end ≥ start; when end &lt;
    /// start, minus the number of working days in [<paramref name="end"/>, <paramref name="start"/>).
    /// </summary>
    /// <param name="start">An ISO date in range.</param>
    /// <param name="end">An ISO date in range.</param>
    /// <returns>The signed count; <c>AddWorkingDays(start, result) == end</c> whenever end is a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the calendar's range.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public int CountWorkingDays(LocalDate start, LocalDate end)
    {
        var i = IndexOf(start, nameof(start));
        var j = IndexOf(end, nameof(end));
        return j >= i ? workingBefore[j + 1] - workingBefore[i + 1] : workingBefore[j] - workingBefore[i];
    }

    /// <summary>Whether the answer for <paramref name="date"/> is provisional (see <see cref="DayExplanation.IsProvisional"/>).</summary>
    /// <param name="date">An ISO date in range.</param>
    /// <returns><c>true</c> when provisional.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the calendar's range.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public bool IsProvisional(LocalDate date)
    {
        var i = IndexOf(date, nameof(date));
        return provisionalBefore[i + 1] != provisionalBefore[i];
    }

    /// <summary>Whether any day from <paramref name="start"/> to <paramref name="end"/> (inclusive, either order) is provisional.</summary>
    /// <param name="start">An ISO date in range.</param>
    /// <param name="end">An ISO date in range.</param>
    /// <returns><c>true</c> when an answer spanning these days depends on a provisional day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the calendar's range.</exception>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public bool IsProvisional(LocalDate start, LocalDate end)
    {
        var i = IndexOf(start, nameof(start));
        var j = IndexOf(end, nameof(end));
        if (j < i)
        {
            (i, j) = (j, i);
        }

        return provisionalBefore[j + 1] != provisionalBefore[i];
    }

    /// <summary>Explains a day: working or not, why, from which notice or law, and whether provisionally.</summary>
    /// <param name="date">An ISO date in range.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the calendar's range.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public DayExplanation Explain(LocalDate date)
    {
        var i = IndexOf(date, nameof(date));
        var kind = (DayKind)kinds[i];
        var provisional = provisionalBefore[i + 1] != provisionalBefore[i];
        if (listed.TryGetValue(date, out var entry))
        {
            return new DayExplanation(date, kind, entry.Reason, entry.Source, provisional, entry.Replaces);
        }

        var reason = kind == DayKind.WeeklyRestDay
            ? LocalizedText.Of("Ngày nghỉ hằng tuần (thứ Bảy, Chủ nhật)", "Weekly rest day (Saturday, Sunday)")
            : LocalizedText.Of("Ngày làm việc", "Working day");
        return new DayExplanation(date, kind, reason, weeklyRestSource, provisional);
    }

    /// <summary>The schedule used for <paramref name="year"/>: the official one, or the one computed from the statutory rules (provisional).</summary>
    /// <param name="year">A year within the calendar's range.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the calendar's range.</exception>
    public HolidaySchedule GetSchedule(int year)
    {
        if (year < FirstDate.Year || year > LastDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Year {year} is outside the calendar's range {FirstDate.Year}–{LastDate.Year}.");
        }

        return schedules[year - FirstDate.Year];
    }

    /// <summary>
    /// A lead-in date (listed by the next year's schedule) is exactly as provisional as that schedule; a date of the
    /// schedule's own year keeps the flag already computed for it.
    /// </summary>
    private static bool LeadInOrOwn(bool current, LocalDate date, int year, HolidaySchedule schedule)
        => date.Year < year ? schedule.IsProvisional : current;

    private static bool IsWorkingKind(byte kind) => kind is (byte)DayKind.WorkingDay or (byte)DayKind.MakeUpWorkday;

    private static int Index(LocalDate first, LocalDate date) => date.ToDateOnly().DayNumber - first.ToDateOnly().DayNumber;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndexOf(LocalDate date, string parameter)
    {
        var month = ((date.Year - firstYear) * 12) + date.Month - 1;
        if ((uint)month >= (uint)monthStarts.Length || date.Calendar != CalendarSystem.Iso)
        {
            ThrowBadDate(date, parameter);
        }

        return monthStarts[month] + date.Day - 1;
    }

    // Kept out of IndexOf so that the hot path stays small enough to inline.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowBadDate(LocalDate date, string parameter)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"Date {date} is not in the ISO calendar; convert it with WithCalendar(CalendarSystem.Iso).", parameter);
        }

        throw new ArgumentOutOfRangeException(parameter, date, $"Date {date:uuuu-MM-dd} is outside the working calendar's range {FirstDate:uuuu-MM-dd} – {LastDate:uuuu-MM-dd}.");
    }

    private ArgumentOutOfRangeException ResultOutOfRange(LocalDate date, int days)
        => new(nameof(days), days, $"Moving {days} working days from {date:uuuu-MM-dd} leaves the working calendar's range {FirstDate:uuuu-MM-dd} – {LastDate:uuuu-MM-dd}.");

    private static HolidaySchedule WithOptionalHolidays(HolidaySchedule official, StatutoryHolidayRules rules, IReadOnlySet<string> enabled, ILunarHolidayDates lunar)
    {
        var days = official.DaysOff.ToDictionary(d => d.Date);
        var makeUps = official.MakeUpWorkdays.Select(m => m.Date).ToHashSet();
        foreach (var rule in rules.Holidays.Where(r => r.IsOptional && enabled.Contains(r.Id)))
        {
            if (rule.Kind == StatutoryHolidayRuleKind.Fixed && rule.Day > CalendarSystem.Iso.GetDaysInMonth(official.Year, rule.Month))
            {
                continue; // e.g. a 29 February rule in a common year: the holiday does not occur.
            }

            var date = rule.Kind == StatutoryHolidayRuleKind.Fixed
                ? new LocalDate(official.Year, rule.Month, rule.Day)
                : lunar.ToLocalDate(official.Year, rule.Month, rule.Day);

            // An official day off or make-up day already decides the date; the optional day adds nothing to it.
            if (!rule.AppliesOn(date) || days.ContainsKey(date) || makeUps.Contains(date))
            {
                continue;
            }

            days[date] = DayExplanation.Create(date, DayKind.PublicHoliday, rule.Name, rule.Source, official.IsProvisional);
            if (HolidayScheduleRules.IsWeekend(date) && rules.CompensationOn(date) is { } compensation)
            {
                var day = date.PlusDays(1);
                while (HolidayScheduleRules.IsWeekend(day) || days.ContainsKey(day))
                {
                    day = day.PlusDays(1);
                }

                days[day] = DayExplanation.Create(day, DayKind.CompensatoryDayOff, LocalizedText.Of(
                    $"Nghỉ bù cho {rule.Name.Vietnamese} trùng ngày nghỉ hằng tuần",
                    $"Compensatory day off for {rule.Name.English} falling on a weekly rest day"), rule.Source, official.IsProvisional);
            }
        }

        return HolidaySchedule.Create(official.Year, official.IsProvisional, official.Source, days.Values, official.MakeUpWorkdays, official.ReplacesStatutoryRules);
    }
}
